import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { keepWritesIntoDeletedRecords } from '../../shared/restored-records.ts';
import { commitOfflineWritesAtOnce } from './offlineStore.ts';

/** An early copy that no session claims within this time is closed. */
const UNCLAIMED_MS = 60_000;

/** A board's document with its offline copy (y-indexeddb) attached. */
export interface OfflineCopy {
  /** Edit id or view id. */
  readonly id: string;
  readonly doc: Y.Doc;
  readonly offline: IndexeddbPersistence;
}

function openOfflineCopy(id: string): OfflineCopy {
  const doc = new Y.Doc();
  // Before any content: what another user wrote into a record this user deleted is kept.
  keepWritesIntoDeletedRecords(doc);
  const offline = new IndexeddbPersistence(`netvaerkstavle:${id}`, doc);
  commitOfflineWritesAtOnce(offline, doc);
  return { id, doc, offline };
}

function close(copy: OfflineCopy): void {
  void copy.offline.destroy();
  copy.doc.destroy();
}

let early: { readonly copy: OfflineCopy; readonly timer: ReturnType<typeof setTimeout> } | null =
  null;
/** A session has asked for its copy: one opened early after that would be of no use. */
let claimed = false;

/**
 * Opens the board's offline copy as soon as the board page's code is in,
 * before the render that makes the session (called from App.tsx).
 *
 * y-indexeddb stores the whole document once its database has opened. The
 * session is made after the board page's first render, and the server's
 * board (waiting on the early socket) is applied as it is made, so in a
 * fresh browser the database's first read came after the board was in the
 * document, and that first write encoded the whole board again (38–91 ms of
 * the page's main thread at 3,000 notes, sometimes between the board's first
 * frames). Opened here, with its database made while the code loaded
 * (openEarly.ts), it is usually open before: its first write is of an empty
 * document, and the board is stored as the server's answer came
 * (syncAnswers.ts). If it is not open yet, y-indexeddb stores the whole
 * document then, as before (test/e2e/offline-copy-late-open.test.ts).
 */
export function openOfflineCopyEarly(id: string): void {
  if (claimed) return;
  dropEarly();
  const copy = openOfflineCopy(id);
  early = { copy, timer: setTimeout(dropEarly, UNCLAIMED_MS) };
}

function dropEarly(): void {
  if (early === null) return;
  clearTimeout(early.timer);
  close(early.copy);
  early = null;
}

/**
 * The board's offline copy: the one opened early for this board if there is
 * one (it may already hold what IndexedDB had), else a new one.
 */
export function claimOfflineCopy(id: string): OfflineCopy {
  claimed = true;
  const opened = early;
  if (opened === null || opened.copy.id !== id) {
    dropEarly();
    return openOfflineCopy(id);
  }
  clearTimeout(opened.timer);
  early = null;
  return opened.copy;
}
