import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { assertNever } from '../../shared/result.ts';
import { keepWritesIntoDeletedRecords } from '../../shared/restored-records.ts';
import type { Config } from '../config.ts';
import { errorFields, type Logger } from '../log.ts';
import type { BoardIds, BoardStore } from '../store/types.ts';
import { Connection } from './connection.ts';
import { TIMED_OUT, within, type StoreStall } from './deadline.ts';
import { migrateDoc } from './doc-migrations.ts';
import { applyIncomingUpdate, type IncomingUpdateDeps } from './incoming-update.ts';
import {
  encodeStoreStatus,
  encodeSyncStep1,
  encodeUpdateMessage,
  isEmptyUpdate,
  parseClientMessage,
} from './messages.ts';
import { RoomPresence } from './room-presence.ts';
import { RoomStore, type LoadedBoard } from './room-store.ts';
import { SyncAnswers, isEmptyStateVector } from './sync-answers.ts';

export type RoomConfig = Pick<
  Config,
  | 'maxDocBytes'
  | 'maxAwarenessBytes'
  | 'awarenessIntervalMs'
  | 'presenceProbeMs'
  | 'compactAfterUpdates'
  | 'compactAfterBytes'
  | 'storeRetryMs'
  | 'storeWaitMs'
>;

export interface RoomContext {
  readonly store: BoardStore;
  readonly config: RoomConfig;
  readonly log: Logger;
  /** The last connection has left. */
  readonly onEmpty: (room: Room) => void;
}

const LOAD_ORIGIN = 'load';
/** The state vector of an empty document: what a first-time visitor's sync step 1 carries. */
const EMPTY_STATE_VECTOR = new Uint8Array([0]);
/** How long the whole-board sync answer is kept for further joiners (see `SyncAnswers`). */
const FULL_STEP2_TTL_MS = 1_000;

/**
 * One board in memory (issue 3): loaded once, completely, and migrated before
 * any sync message goes out; every update is appended to the store before it
 * is broadcast; presence relayed with limits. Writes, their broadcasts and the
 * answers to sync step 1 run through one queue, so nothing leaves the room
 * before what it contains is stored. The queue and that order live here; how
 * to write is `RoomStore`'s, presence `RoomPresence`'s, the shared sync
 * answer `SyncAnswers`', checking and applying a client's update
 * `applyIncomingUpdate`'s.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness: Awareness;
  /** Resolves true once loaded and migrated, false if the load failed. */
  readonly ready: Promise<boolean>;
  private state: 'loading' | 'ready' | 'failed' | 'closed' = 'loading';
  private readonly conns = new Set<Connection>();
  private readonly presence: RoomPresence;
  private queue: Promise<void> = Promise.resolve();
  private readonly persistence: RoomStore;
  private readonly syncAnswers = new SyncAnswers(this.doc, FULL_STEP2_TTL_MS);
  private readonly updateDeps: IncomingUpdateDeps;
  /** Updates applied since the load: what a rendering of the board is keyed by. */
  private version = 0;

  constructor(
    readonly ids: BoardIds,
    private readonly ctx: RoomContext,
  ) {
    // An edit crossing a delete is stored and passed on with its value, for the deleter's undo.
    keepWritesIntoDeletedRecords(this.doc, { isLoad: (origin) => origin === LOAD_ORIGIN });
    this.persistence = new RoomStore(this.doc, ids.id, {
      store: ctx.store,
      config: ctx.config,
      log: ctx.log,
      enqueue: (task) => this.enqueue(task),
      // Not through the queue: while writes hang, it waits for them.
      onUnsavedChange: (unsaved) => this.broadcast(encodeStoreStatus(unsaved), null),
    });
    this.presence = new RoomPresence(this.doc, {
      board: ids.id,
      config: ctx.config,
      log: ctx.log,
      broadcast: (message, except) => this.broadcast(message, except),
      reject: (conn, reason) => this.reject(conn, CLOSE_CODES.badMessage, reason),
    });
    this.awareness = this.presence.awareness;
    this.updateDeps = {
      doc: this.doc,
      persistence: this.persistence,
      syncAnswers: this.syncAnswers,
      log: ctx.log,
      board: ids.id,
    };
    this.ready = this.load();
  }

  get connectionCount(): number {
    return this.conns.size;
  }

  /** Whether its clients are told that their edits are not saved (`RoomStore.unsaved`). */
  get unsaved(): boolean {
    return this.persistence.unsaved;
  }

  /** Joins a socket; it is sent the board once loaded, its earlier frames replayed in order. */
  add(conn: Connection): void {
    this.conns.add(conn);
    conn.onClose(() => this.remove(conn));
    void this.ready.then((loaded) => {
      if (conn.closed) return;
      if (!loaded) {
        conn.close(CLOSE_CODES.loadFailed, 'board could not be loaded');
        return;
      }
      if (this.conns.has(conn)) this.admit(conn);
    });
  }

  /**
   * Encodes the whole-board answer for a joiner on its way (its page was just
   * asked for), so that joiner's sync step 2 leaves at once.
   */
  prepareFirstJoin(): void {
    if (this.state === 'ready') this.syncAnswers.for(EMPTY_STATE_VECTOR);
  }

  /**
   * Reads the document as stored (a kill -9 cannot take it back); null if not
   * loaded; what it still waited for at `until` if the store did not answer.
   */
  async readStored<T>(
    read: (doc: Y.Doc, version: number) => T,
    until = Infinity,
  ): Promise<T | null | StoreStall> {
    const loaded = await within(this.ready, until);
    if (loaded === TIMED_OUT) return 'load-stalled';
    if (!loaded) return null;
    const result = await this.persistence.afterAppends(
      () => (this.state === 'ready' ? read(this.doc, this.version) : null),
      until,
    );
    return result === TIMED_OUT ? 'writes-stalled' : result;
  }

  /** Waits for pending writes and stores the whole state if needed; false if the store still fails. */
  async flush(): Promise<boolean> {
    if (this.state !== 'ready') return true;
    await this.enqueue(() => this.persistence.flush());
    return !this.persistence.isDirty;
  }

  closeConnections(code: number, reason: string): void {
    for (const conn of this.conns) conn.close(code, reason);
  }

  /** Frees everything the room holds: timers, listeners, presence, the document. */
  destroy(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.persistence.dispose();
    this.syncAnswers.drop();
    this.presence.dispose();
    this.doc.off('update', this.onDocUpdate);
    this.doc.destroy();
    this.conns.clear();
  }

  private async load(): Promise<boolean> {
    const started = performance.now();
    const board = this.ids.id;
    let stored: LoadedBoard;
    let sendStoredBytes = false;
    try {
      stored = await this.persistence.load();
      if (this.state === 'closed') return false;
      Y.applyUpdate(this.doc, stored.update, LOAD_ORIGIN);
      // The stored bytes are the document exactly unless they hold updates
      // still waiting for others (dropped below when too many): joiners
      // would get those back and send them again on every reconnect.
      const { pendingStructs, pendingDs } = this.doc.store;
      sendStoredBytes = stored.onlySnapshot && pendingStructs === null && pendingDs === null;
      if (!this.persistence.pendingFits()) {
        // Stored before the limit on waiting updates existed: the first sender must not pay for it.
        this.ctx.log.warn('board-pending-dropped', { board });
        this.persistence.dropPending();
      }
    } catch (error) {
      // Never persisted over: no update listener exists yet, and the room is discarded.
      this.state = 'failed';
      this.ctx.log.error('board-load-failed', { board, ...errorFields(error) });
      return false;
    }
    const migration = migrateDoc(this.doc);
    switch (migration.kind) {
      case 'current':
        if (sendStoredBytes) this.syncAnswers.useSnapshot(stored.update);
        break;
      case 'migrated':
        // Stored as a whole snapshot before the first sync answer (it goes through the queue).
        void this.enqueue(() => this.persistence.compact());
        this.ctx.log.info('board-migrated', { board, from: migration.from, to: migration.to });
        break;
      case 'newer':
        this.ctx.log.warn('board-newer-than-server', { board, version: migration.version });
        break;
      case 'unseeded':
        this.ctx.log.warn('board-unseeded', { board });
        break;
      case 'failed':
        this.state = 'failed';
        this.ctx.log.error('board-migration-failed', { board, ...migration });
        return false;
      default:
        assertNever(migration);
    }
    if (this.state !== 'loading') return false;
    this.doc.on('update', this.onDocUpdate);
    this.state = 'ready';
    if (this.persistence.needsCompaction()) void this.enqueue(() => this.persistence.compact());
    this.ctx.log.debug('board-loaded', {
      board,
      ms: Math.round(performance.now() - started),
      bytes: this.persistence.estimatedBytes,
    });
    return true;
  }

  private admit(conn: Connection): void {
    conn.admitted = true;
    conn.send(encodeSyncStep1(this.doc));
    const present = this.presence.currentMessage();
    if (present !== null) conn.send(present);
    // Its sync answers wait in the queue while writes hang: it learns why at once.
    if (this.persistence.unsaved) conn.send(encodeStoreStatus(true));
    if (conn.wantsWholeBoard) void this.enqueue(() => conn.send(this.syncAnswers.forEmpty()));
    conn.start((data) => this.receive(conn, data));
  }

  private remove(conn: Connection): void {
    if (!this.conns.delete(conn)) return;
    this.presence.leave(conn);
    if (conn.droppedViewUpdates > 0) {
      this.ctx.log.info('view-updates-dropped', {
        board: this.ids.id,
        conn: conn.id,
        count: conn.droppedViewUpdates,
      });
    }
    if (this.conns.size === 0) this.ctx.onEmpty(this);
  }

  private receive(conn: Connection, data: Uint8Array): void {
    if (this.state !== 'ready') return;
    const parsed = parseClientMessage(data);
    if (!parsed.ok) {
      this.reject(conn, CLOSE_CODES.badMessage, parsed.error);
      return;
    }
    const message = parsed.value;
    switch (message.type) {
      case 'sync-step-1':
        if (conn.wantsWholeBoard) {
          // It was sent on connecting; an empty document's step 1 would bring it again.
          conn.wantsWholeBoard = false;
          if (isEmptyStateVector(message.stateVector)) return;
        }
        void this.enqueue(() => conn.send(this.syncAnswers.for(message.stateVector)));
        return;
      case 'update':
        this.receiveUpdate(conn, message.update);
        return;
      case 'awareness':
        this.presence.receive(conn, message.update, message.entries);
        return;
      case 'query-awareness':
        this.presence.query(conn);
        return;
      case 'auth':
        return; // only servers send auth messages; ignore
      default:
        assertNever(message);
    }
  }

  private receiveUpdate(conn: Connection, update: Uint8Array): void {
    if (isEmptyUpdate(update)) return;
    if (conn.readOnly) {
      // Issue 3: a view connection's updates are dropped — not applied, stored or broadcast.
      if (conn.droppedViewUpdates++ === 0) {
        this.ctx.log.warn('view-update-dropped', { board: this.ids.id, conn: conn.id });
      }
      return;
    }
    const refusal = applyIncomingUpdate(this.updateDeps, update, conn);
    if (refusal !== null) this.reject(conn, refusal.code, refusal.reason);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.version++;
    this.syncAnswers.drop();
    this.persistence.grew(update.length);
    const from = origin instanceof Connection ? origin : null;
    // The append starts now, so every update of this event-loop turn shares
    // one commit (the store gathers them); the queue still broadcasts each one
    // only after its own append has committed, in order (issue 3). While the
    // store fails, the retry's whole-state write carries it instead.
    const stored = this.persistence.persist(update);
    void this.enqueue(async () => {
      await stored;
      this.broadcast(encodeUpdateMessage(update), from);
      // After the broadcast: merging the log delays no one's update.
      if (!this.persistence.isDirty && this.persistence.needsCompaction()) {
        await this.persistence.compact();
      }
    });
  };

  private broadcast(message: Uint8Array, except: Connection | null): void {
    for (const conn of this.conns) {
      if (conn.admitted && conn !== except) conn.send(message);
    }
  }

  private reject(conn: Connection, code: number, reason: string): void {
    const size =
      code === CLOSE_CODES.documentTooLarge
        ? { bytes: this.persistence.estimatedBytes, limit: this.ctx.config.maxDocBytes }
        : {};
    this.ctx.log.warn('bad-message', { board: this.ids.id, conn: conn.id, code, reason, ...size });
    conn.close(code, code === CLOSE_CODES.documentTooLarge ? 'document too large' : 'bad message');
  }

  private enqueue(task: () => void | Promise<void>): Promise<void> {
    const next = this.queue.then(task).catch((error: unknown) => {
      this.ctx.log.error('room-task-failed', { board: this.ids.id, ...errorFields(error) });
    });
    this.queue = next;
    return next;
  }
}
