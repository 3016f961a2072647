import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { docSchemaVersion, isDocNewerThanCode } from '../../shared/doc.ts';
import { createBoardReader, type BoardReader, readBoard } from '../../shared/doc-read.ts';
import { BoardEdit, noteIndex } from '../../shared/ops/index.ts';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import type { Board } from '../../shared/schema.ts';
import { keepWritesIntoDeletedRecords } from '../../shared/restored-records.ts';
import { createBoardActions, type BoardActions } from './actions.ts';
import { AwarenessPresence } from './awarenessPresence.ts';
import { boardServerUrl, earlySockets } from './earlySocket.ts';
import { commitOfflineWritesAtOnce } from './offlineStore.ts';
import { whenIdle } from './offlineShell.ts';
import { MeetingDeletionFeed, type MeetingDeletedNotice } from './meetingDeletions.ts';
import { watchOverlaps } from './overlapWatch.ts';
import { createUndoHistory } from './undoHistory.ts';
import { rehearseDrop } from './rehearseDrop.ts';
import { publishUndoState, type UndoStateSource } from './undoState.ts';
import { watchServerStore } from './serverStore.ts';
import { applySyncAnswersAsReceived } from './syncAnswers.ts';
import type { PresenceUser } from './presence.ts';

const EMPTY_BOARD: Board = readBoard(new Y.Doc());

export type ConnectionState = 'connecting' | 'connected' | 'offline';

/** Why the server closed for good (a 44xx close code); the page explains it. */
export type ClosedReason = 'not-found' | 'forbidden' | 'too-large' | 'rejected';

export interface SessionStatus {
  /** The board's content is here: synced with the server, or from this device's offline copy. */
  readonly loaded: boolean;
  readonly connection: ConnectionState;
  /** Edits made while not connected, not yet handed to the server. */
  readonly unsent: boolean;
  /** The server says it is not storing the board right now (its store hangs or fails). */
  readonly serverUnsaved: boolean;
  readonly closed: ClosedReason | null;
  /** The document was written by a newer version of the app: read-only, reload. */
  readonly newerDocument: boolean;
}

export interface SessionOptions {
  /** Edit id or view id. */
  readonly id: string;
  readonly readOnly: boolean;
  readonly user: PresenceUser;
  /** `ws://host` or `wss://host`; default: this page's origin. */
  readonly serverUrl?: string;
}

function closedReasonOf(code: number): ClosedReason {
  if (code === CLOSE_CODES.unknownBoard) return 'not-found';
  if (code === CLOSE_CODES.forbiddenOrigin) return 'forbidden';
  if (code === CLOSE_CODES.documentTooLarge) return 'too-large';
  return 'rejected';
}

/**
 * Whether edits made offline are still waiting, remembered across a reload
 * (the edits themselves are in IndexedDB; the flag only words the status).
 */
const unsentKey = (id: string) => `netvaerkstavle.unsent.${id}`;

function readUnsent(id: string): boolean {
  try {
    return localStorage.getItem(unsentKey(id)) === '1';
  } catch {
    return false;
  }
}

function writeUnsent(id: string, unsent: boolean): void {
  try {
    if (unsent) localStorage.setItem(unsentKey(id), '1');
    else localStorage.removeItem(unsentKey(id));
  } catch {
    // Storage blocked: the flag lasts for this page only.
  }
}

/**
 * One open board: the Y.Doc, its websocket provider, the offline copy in
 * IndexedDB, an immutable snapshot for React, undo of the local user's own
 * edits, and presence. Everything it opens, `destroy()` closes.
 */
export class BoardSession {
  readonly doc = new Y.Doc();
  readonly presence: AwarenessPresence;
  /** Null in a read-only session: nothing on the page can write. */
  readonly actions: BoardActions | null;
  private readonly provider: WebsocketProvider;
  private readonly offline: IndexeddbPersistence;
  private readonly undo: Y.UndoManager;
  private readonly undoPublished: ReturnType<typeof publishUndoState>;
  /** Stops the overlap watch (null on a read-only board: nothing to repair). */
  private readonly stopOverlapWatch: (() => void) | null;
  /**
   * Made once the content is here: its deep observer would otherwise build an
   * event for each of thousands of records in the initial sync (~0.1 s at
   * 3,000 notes) only to invalidate a cache that is still empty.
   */
  private reader: BoardReader | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly boardListeners = new Set<(urgent: boolean) => void>();
  private readonly deletions: MeetingDeletionFeed;
  private board: Board;
  private boardStale = false;
  /** The board changed since the last notification; urgently if this user did it. */
  private boardChange: 'none' | 'remote' | 'urgent' = 'none';
  private status: SessionStatus = {
    loaded: false,
    connection: 'connecting',
    unsent: false,
    serverUnsaved: false,
    closed: null,
    newerDocument: false,
  };
  private notifyQueued = false;

  private readonly id: string;

  constructor(options: SessionOptions) {
    const { doc } = this;
    // What another user wrote into a record this user deleted: this user's undo restores it.
    keepWritesIntoDeletedRecords(doc);
    this.id = options.id;
    this.status = {
      ...this.status,
      unsent: readUnsent(options.id),
      connection: navigator.onLine ? 'connecting' : 'offline',
    };
    this.board = EMPTY_BOARD;
    this.offline = new IndexeddbPersistence(`netvaerkstavle:${options.id}`, doc);
    commitOfflineWritesAtOnce(this.offline, doc);
    // The first socket may be one the entry code opened while this code loaded.
    this.provider = new WebsocketProvider(options.serverUrl ?? boardServerUrl(), options.id, doc, {
      WebSocketPolyfill: earlySockets().webSocketClass(),
    });
    this.presence = new AwarenessPresence(this.provider.awareness, options.user);
    // Only this user's named operations: remote updates come with the provider
    // or IndexedDB as origin, so undo never reverts someone else's work.
    this.undo = createUndoHistory(doc, options.user.sessionId);
    this.undoPublished = publishUndoState(this.undo);
    const actions = options.readOnly
      ? null
      : createBoardActions(
          doc,
          options.user.sessionId,
          { manager: this.undo, changed: this.undoPublished.changed },
          // Not this user's own: a drop attaches while it still announces its drag.
          (id) => this.presence.isHeld(id, true),
        );
    this.actions = actions;
    this.stopOverlapWatch =
      actions &&
      watchOverlaps(
        doc,
        this.undo,
        () => this.getBoard().notes,
        actions,
        (id) => this.editable && !this.presence.isHeld(id),
        (listener) => this.presence.onHoldsChange(listener),
      );

    // Someone else's delete of a meeting is told (the deleter sees the confirm, and has undo).
    this.deletions = new MeetingDeletionFeed(doc, {
      isOwn: (origin) => origin instanceof BoardEdit || origin === this.undo || !this.status.loaded,
      // What this user last saw: the snapshot as read, not the document now.
      shown: () => this.board,
      nameOf: (clientId) =>
        this.presence
          .getRemote()
          .find((p) => p.clientId === clientId)
          ?.user.name.trim() || null,
    });
    doc.on('update', this.onUpdate);
    applySyncAnswersAsReceived(this.provider, [
      this.onUpdate,
      this.offline._storeUpdate,
      this.provider._updateHandler,
    ]);
    this.offline.on('synced', () => this.onContentArrived());
    this.provider.on('sync', (synced: boolean) => {
      if (synced) this.setStatus({ unsent: false });
      this.onContentArrived();
    });
    this.provider.on('status', ({ status }: { status: string }) => {
      // While the browser knows it is offline, retries are not "reconnecting".
      const connection: ConnectionState =
        status === 'connected'
          ? 'connected'
          : status === 'connecting' && navigator.onLine
            ? 'connecting'
            : 'offline';
      this.setStatus({ connection });
    });
    watchServerStore(this.provider, (serverUnsaved) => this.setStatus({ serverUnsaved }));
    this.provider.on('closed', (event: { code: number }) => {
      this.setStatus({ closed: closedReasonOf(event.code), connection: 'offline' });
    });
    // A socket can outlive the network for a while (until the provider's 30 s
    // watchdog); when the browser knows it is offline, say so at once.
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('online', this.onOnline);
  }

  private readonly onOffline = (): void => {
    this.provider.disconnect();
    this.setStatus({ connection: 'offline' });
  };

  private readonly onOnline = (): void => {
    if (this.status.closed === null) this.provider.connect();
  };

  /** React's useSyncExternalStore: a cached snapshot, rebuilt lazily after changes. */
  readonly getBoard = (): Board => {
    if (this.boardStale) {
      this.boardStale = false;
      this.reader ??= createBoardReader(this.doc);
      this.board = this.reader.read();
    }
    return this.board;
  };

  readonly getStatus = (): SessionStatus => this.status;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Board changes, flagged urgent when they are this user's own (or the first
   * content): those must show in the very next frame, someone else's may be
   * rendered as a React transition, in slices between frames.
   */
  readonly subscribeBoard = (listener: (urgent: boolean) => void): (() => void) => {
    this.boardListeners.add(listener);
    return () => this.boardListeners.delete(listener);
  };

  /** Meetings someone else deleted, as this user last saw them (meetingDeletions.ts). */
  readonly subscribeMeetingDeleted = (listener: (notice: MeetingDeletedNotice) => void) =>
    this.deletions.subscribe(listener);

  /** Whether edits are possible right now (not a view link, not a newer document). */
  get editable(): boolean {
    return this.actions !== null && !this.status.newerDocument && this.status.closed === null;
  }

  /** What the toolbar's undo buttons show, apart from `status` (undoState.ts). */
  get undoState(): UndoStateSource {
    return this.undoPublished;
  }

  /** Whether there was a step to take back. */
  undoLast(): boolean {
    return this.editable && this.undo.undo() !== null;
  }

  /** Whether there was a step to bring back. */
  redoLast(): boolean {
    return this.editable && this.undo.redo() !== null;
  }

  /** Ends the selection of an undo step, e.g. after an editor closes. */
  stopCapturing(): void {
    this.undo.stopCapturing();
  }

  destroy(): void {
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('online', this.onOnline);
    this.doc.off('update', this.onUpdate);
    this.deletions.dispose();
    this.presence.dispose();
    this.stopOverlapWatch?.();
    this.undoPublished.stop();
    this.undo.destroy();
    this.provider.destroy();
    void this.offline.destroy();
    this.reader?.dispose();
    this.doc.destroy();
    this.listeners.clear();
    this.boardListeners.clear();
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown): void => {
    this.boardStale = true;
    const own = origin instanceof BoardEdit || origin === this.undo || !this.status.loaded;
    if (own) this.boardChange = 'urgent';
    else if (this.boardChange === 'none') this.boardChange = 'remote';
    if (origin instanceof BoardEdit && this.status.connection !== 'connected') {
      this.setStatus({ unsent: true });
    }
    if (isDocNewerThanCode(this.doc) && !this.status.newerDocument) {
      this.setStatus({ newerDocument: true });
    }
    this.queueNotify();
  };

  private onContentArrived(): void {
    // A board the server seeded has a schema version; an empty local copy does not.
    const hasContent = this.provider.synced || docSchemaVersion(this.doc) > 0;
    if (hasContent && !this.status.loaded) {
      // The first content shows at once, not as a transition (its update may
      // be handed over after this event: syncAnswers.ts).
      this.boardStale = true;
      this.boardChange = 'urgent';
      this.setStatus({ loaded: true });
      // So the first drop runs compiled code (rehearseDrop.ts).
      if (this.actions) {
        whenIdle(rehearseDrop);
        // The drop's index of lanes and orders (note-index.ts), built once while the page is
        // idle, not by the first drop; kept up to date from then on.
        whenIdle(() => noteIndex(this.doc));
      }
    }
  }

  private setStatus(patch: Partial<SessionStatus>): void {
    let changed = false;
    for (const key of Object.keys(patch) as (keyof SessionStatus)[]) {
      if (patch[key] !== this.status[key]) changed = true;
    }
    if (!changed) return;
    if (patch.unsent !== undefined && patch.unsent !== this.status.unsent) {
      writeUnsent(this.id, patch.unsent);
    }
    const next = { ...this.status, ...patch };
    // What the server said of storing holds for its connection only; a new one is told again.
    this.status = next.connection === 'connected' ? next : { ...next, serverUnsaved: false };
    this.queueNotify();
  }

  /** One notification per burst of updates (a sync brings many at once). */
  private queueNotify(): void {
    if (this.notifyQueued) return;
    this.notifyQueued = true;
    queueMicrotask(() => {
      this.notifyQueued = false;
      const change = this.boardChange;
      this.boardChange = 'none';
      if (change !== 'none') {
        for (const listener of this.boardListeners) listener(change === 'urgent');
      }
      for (const listener of this.listeners) listener();
    });
  }
}
