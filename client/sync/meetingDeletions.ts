import type * as Y from 'yjs';
import { ROOTS, type RecordMap } from '../../shared/doc.ts';
import { notePlaceItem } from '../../shared/note-items.ts';
import type { Board, MeetingKind } from '../../shared/schema.ts';

/**
 * A meeting someone else deleted, as this user last saw it: what the board
 * says of it (a live workshop's QA walk: its post-its vanished into the
 * parking area, often off a tablet's screen, and nothing said why).
 */
export interface MeetingDeletedNotice {
  readonly meetingId: string;
  readonly kind: MeetingKind;
  readonly subtheme: string;
  /**
   * Its date, which with its sub-theme names it: not its number, which the next meetings take
   * over once it is gone (the bubble said „Netværksmøde 2“ for the meeting numbered 3 when 2 went).
   */
  readonly date: string | null;
  /**
   * Where it stood, for a meeting with neither sub-theme nor date: its number as a network
   * meeting („Netværksmøde (var nr. 3)“), else its lane's place from the left, from 1. Two such
   * meetings deleted read the same otherwise.
   */
  readonly number: number | null;
  readonly lane: number;
  /** How many post-its it held: they are parked now. */
  readonly notes: number;
  /** The deleter's name as they gave it, when it is known for sure; else null ("someone else"). */
  readonly by: string | null;
}

export interface MeetingDeletionWatch {
  /** This user's own writes (their operations, their undo and redo), and the first load. */
  readonly isOwn: (origin: unknown) => boolean;
  /** The board as this user last saw it (the session's last snapshot, not re-read). */
  readonly shown: () => Board;
  /** The name a remote document client id's presence gives, or null. */
  readonly nameOf: (clientId: number) => string | null;
  readonly onDeleted: (notice: MeetingDeletedNotice) => void;
}

/**
 * Watches for meetings that a remote transaction deleted. Returns its disposer.
 * Observes the meetings map only (not deeply): no cost for the note moves and
 * text edits that make up most updates.
 */
export function watchRemoteMeetingDeletions(doc: Y.Doc, watch: MeetingDeletionWatch): () => void {
  // Read only: every write goes through shared/ops.
  const meetings = doc.getMap<RecordMap>(ROOTS.meetings);
  const onChange = (event: Y.YMapEvent<RecordMap>, tr: Y.Transaction): void => {
    if (watch.isOwn(tr.origin)) return;
    for (const id of event.keysChanged) {
      if (meetings.has(id)) continue;
      const notice = noticeOf(doc, tr, watch, id);
      if (notice) watch.onDeleted(notice);
    }
  };
  meetings.observe(onChange);
  return () => meetings.unobserve(onChange);
}

function noticeOf(
  doc: Y.Doc,
  tr: Y.Transaction,
  watch: MeetingDeletionWatch,
  id: string,
): MeetingDeletedNotice | null {
  const board = watch.shown();
  // Not on this user's screen (made and deleted before it was shown): nothing to explain.
  const index = board.meetings.findIndex((m) => m.id === id);
  const meeting = board.meetings[index];
  if (!meeting) return null;
  const before = board.meetings.slice(0, index + 1);
  const noteIds = board.notes.filter((n) => n.lane === id).map((n) => n.id);
  const deleter = deleterOf(doc, tr, noteIds);
  return {
    meetingId: id,
    kind: meeting.kind,
    subtheme: meeting.subtheme.trim(),
    date: meeting.date,
    number: meeting.kind === 'network' ? before.filter((m) => m.kind === 'network').length : null,
    lane: index + 1,
    notes: noteIds.length,
    by: deleter === null ? null : watch.nameOf(deleter),
  };
}

/**
 * Who deleted it, when Yjs says so: the deletion itself carries no author, but
 * the parking of its post-its in the same transaction writes new items, each
 * stamped with the writer's document client id, which is also the key of their
 * presence (awareness) state. Only when every parked post-it's place was written
 * in this transaction by one client; an empty meeting leaves it unknown.
 */
function deleterOf(doc: Y.Doc, tr: Y.Transaction, noteIds: readonly string[]): number | null {
  let client: number | null = null;
  for (const noteId of noteIds) {
    const item = notePlaceItem(doc, noteId);
    if (!item) return null;
    const writer = item.id.client;
    if (item.id.clock < (tr.beforeState.get(writer) ?? 0)) return null;
    if (client !== null && client !== writer) return null;
    client = writer;
  }
  return client;
}

/** The session's feed of remote meeting deletions: one watch, any number of listeners. */
export class MeetingDeletionFeed {
  private readonly listeners = new Set<(notice: MeetingDeletedNotice) => void>();
  private readonly stop: () => void;

  constructor(doc: Y.Doc, watch: Omit<MeetingDeletionWatch, 'onDeleted'>) {
    this.stop = watchRemoteMeetingDeletions(doc, {
      ...watch,
      onDeleted: (notice) => {
        for (const listener of this.listeners) listener(notice);
      },
    });
  }

  readonly subscribe = (listener: (notice: MeetingDeletedNotice) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispose(): void {
    this.stop();
    this.listeners.clear();
  }
}
