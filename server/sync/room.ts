import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { assertNever } from '../../shared/result.ts';
import type { Config } from '../config.ts';
import { errorFields, type Logger } from '../log.ts';
import type { BoardIds, BoardStore } from '../store/types.ts';
import { AwarenessRelay } from './awareness-relay.ts';
import { Connection } from './connection.ts';
import { migrateDoc } from './doc-migrations.ts';
import {
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeAwarenessEntries,
  encodeUpdateMessage,
  isEmptyUpdate,
  parseClientMessage,
  type AwarenessEntry,
} from './messages.ts';

export type RoomConfig = Pick<
  Config,
  | 'maxDocBytes'
  | 'maxAwarenessBytes'
  | 'awarenessIntervalMs'
  | 'compactAfterUpdates'
  | 'compactAfterBytes'
  | 'storeRetryMs'
>;

export interface RoomContext {
  readonly store: BoardStore;
  readonly config: RoomConfig;
  readonly log: Logger;
  /** Boards whose latest state is only in memory because a store write failed. */
  readonly failingBoards: Set<string>;
  /** The last connection has left. */
  readonly onEmpty: (room: Room) => void;
}

const LOAD_ORIGIN = 'load';
/** How long the whole-board sync answer is kept for further joiners (see `step2For`). */
const FULL_STEP2_TTL_MS = 1_000;

/**
 * One board in memory (issue 3): loaded once, completely, and migrated before
 * any sync message goes out; every update is appended to the store before it
 * is broadcast; presence relayed with limits. Writes, their broadcasts and the
 * answers to sync step 1 run through one queue, so nothing leaves the room
 * before what it contains is stored.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Resolves true once loaded and migrated, false if the load failed. */
  readonly ready: Promise<boolean>;
  private state: 'loading' | 'ready' | 'failed' | 'closed' = 'loading';
  private readonly conns = new Set<Connection>();
  /** Awareness client id → the socket that owns it. */
  private readonly owners = new Map<number, Connection>();
  private readonly relay: AwarenessRelay;
  private queue: Promise<void> = Promise.resolve();
  private logCount = 0;
  private logBytes = 0;
  private docBytes = 0;
  private dirty = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private fullStep2: Uint8Array | null = null;
  private fullStep2Timer: ReturnType<typeof setTimeout> | null = null;
  /**
   * This room's log length before compacting: ¾ to all of the configured one,
   * so rooms that started together (a workshop's groups) do not all compact
   * in the same moment; the setting stays an upper bound.
   */
  private readonly compactAfterUpdates: number;

  constructor(
    readonly ids: BoardIds,
    private readonly ctx: RoomContext,
  ) {
    const jitter = 0.75 + Math.random() * 0.25;
    this.compactAfterUpdates = Math.max(1, Math.round(ctx.config.compactAfterUpdates * jitter));
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.relay = new AwarenessRelay(this.awareness, ctx.config.awarenessIntervalMs, (msg, id) =>
      this.broadcast(msg, this.owners.get(id) ?? null),
    );
    this.awareness.on('update', this.onAwarenessUpdate);
    this.ready = this.load();
  }

  get connectionCount(): number {
    return this.conns.size;
  }

  get isDirty(): boolean {
    return this.dirty;
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

  /** Waits for pending writes and stores the whole state if needed; false if the store still fails. */
  async flush(): Promise<boolean> {
    if (this.state !== 'ready') return true;
    await this.enqueue(async () => {
      if (this.dirty) await this.retryWrite();
      else if (this.logCount > 0) await this.compact();
    });
    return !this.dirty;
  }

  closeConnections(code: number, reason: string): void {
    for (const conn of this.conns) conn.close(code, reason);
  }

  /** Frees everything the room holds: timers, listeners, presence, the document. */
  destroy(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.dropFullStep2();
    this.relay.dispose();
    this.awareness.off('update', this.onAwarenessUpdate);
    this.doc.off('update', this.onDocUpdate);
    this.awareness.destroy();
    this.doc.destroy();
    this.owners.clear();
    this.conns.clear();
  }

  private async load(): Promise<boolean> {
    const started = performance.now();
    const board = this.ids.id;
    try {
      const stored = await this.ctx.store.load(board);
      if (stored === null) throw new Error('board is not in the store');
      if (this.state === 'closed') return false;
      Y.applyUpdate(this.doc, Y.mergeUpdates([stored.snapshot, ...stored.updates]), LOAD_ORIGIN);
      this.logCount = stored.updates.length;
      this.logBytes = stored.updates.reduce((sum, update) => sum + update.length, 0);
      this.docBytes = stored.snapshot.length + this.logBytes;
    } catch (error) {
      // Never persisted over: no update listener exists yet, and the room is discarded.
      this.state = 'failed';
      this.ctx.log.error('board-load-failed', { board, ...errorFields(error) });
      return false;
    }
    const migration = migrateDoc(this.doc);
    switch (migration.kind) {
      case 'current':
        break;
      case 'migrated':
        // Stored as a whole snapshot before the first sync answer (it goes through the queue).
        void this.enqueue(() => this.compact());
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
    if (this.needsCompaction()) void this.enqueue(() => this.compact());
    this.ctx.log.debug('board-loaded', {
      board,
      ms: Math.round(performance.now() - started),
      bytes: this.docBytes,
    });
    return true;
  }

  private admit(conn: Connection): void {
    conn.admitted = true;
    conn.send(encodeSyncStep1(this.doc));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) conn.send(encodeAwarenessMessage(this.awareness, present));
    conn.start((data) => this.receive(conn, data));
  }

  private remove(conn: Connection): void {
    if (!this.conns.delete(conn)) return;
    const clientId = conn.awarenessId;
    if (clientId !== null && this.owners.get(clientId) === conn) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [clientId], conn);
      this.owners.delete(clientId);
    }
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
        void this.enqueue(() => conn.send(this.step2For(message.stateVector)));
        return;
      case 'update':
        this.receiveUpdate(conn, message.update);
        return;
      case 'awareness':
        this.receiveAwareness(conn, message.update, message.entries);
        return;
      case 'query-awareness': {
        const present = [...this.awareness.getStates().keys()];
        if (present.length > 0) conn.send(encodeAwarenessMessage(this.awareness, present));
        return;
      }
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
    if (this.docBytes + update.length > this.ctx.config.maxDocBytes) {
      this.docBytes = Y.encodeStateAsUpdate(this.doc).length; // the estimate only grows
      if (this.docBytes + update.length > this.ctx.config.maxDocBytes) {
        this.reject(conn, CLOSE_CODES.documentTooLarge, 'document too large');
        return;
      }
    }
    try {
      Y.applyUpdate(this.doc, update, conn);
    } catch (error) {
      this.reject(
        conn,
        CLOSE_CODES.badMessage,
        `update does not apply: ${errorFields(error).error}`,
      );
    }
  }

  private receiveAwareness(
    conn: Connection,
    update: Uint8Array,
    entries: readonly AwarenessEntry[],
  ): void {
    // y-websocket clients echo the entries of other clients back (their awareness
    // re-broadcasts every change): such entries are ignored, never applied.
    const own: AwarenessEntry[] = [];
    for (const entry of entries) {
      const owner = this.owners.get(entry.clientId);
      if (owner !== undefined && owner !== conn) continue;
      if (conn.awarenessId !== null && conn.awarenessId !== entry.clientId) continue;
      if (Buffer.byteLength(entry.stateJson) > this.ctx.config.maxAwarenessBytes) {
        this.ctx.log.warn('awareness-too-large', { board: this.ids.id, conn: conn.id });
        continue;
      }
      if (conn.awarenessId === null) {
        conn.awarenessId = entry.clientId;
        this.owners.set(entry.clientId, conn);
      }
      own.push(entry);
    }
    if (own.length === 0) return;
    try {
      const accepted = own.length === entries.length ? update : encodeAwarenessEntries(own);
      awarenessProtocol.applyAwarenessUpdate(this.awareness, accepted, conn);
    } catch (error) {
      this.reject(conn, CLOSE_CODES.badMessage, `awareness: ${errorFields(error).error}`);
    }
  }

  private readonly onAwarenessUpdate = (changes: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    for (const id of [...changes.added, ...changes.updated, ...changes.removed]) {
      this.relay.changed(id);
    }
  };

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.dropFullStep2();
    this.docBytes += update.length;
    const from = origin instanceof Connection ? origin : null;
    void this.enqueue(async () => {
      await this.persist(update);
      this.broadcast(encodeUpdateMessage(update), from);
      // After the broadcast: merging the log delays no one's update.
      if (!this.dirty && this.needsCompaction()) await this.compact();
    });
  };

  /**
   * A client with an empty document gets the whole board. Joiners arrive
   * together (a workshop opening the link), so that answer is encoded once and
   * shared until the document changes (200 joiners of a 2,000-note board: one
   * encoding, not 200 back to back on the event loop), and only kept briefly,
   * so an idle board does not hold a second copy of itself.
   */
  private step2For(stateVector: Uint8Array): Uint8Array {
    const empty = stateVector.length === 1 && stateVector[0] === 0;
    if (!empty) return encodeSyncStep2(this.doc, stateVector);
    if (this.fullStep2 === null) {
      this.fullStep2 = encodeSyncStep2(this.doc, stateVector);
      this.fullStep2Timer = setTimeout(() => this.dropFullStep2(), FULL_STEP2_TTL_MS);
      this.fullStep2Timer.unref();
    }
    return this.fullStep2;
  }

  private dropFullStep2(): void {
    if (this.fullStep2Timer !== null) clearTimeout(this.fullStep2Timer);
    this.fullStep2Timer = null;
    this.fullStep2 = null;
  }

  private broadcast(message: Uint8Array, except: Connection | null): void {
    for (const conn of this.conns) {
      if (conn.admitted && conn !== except) conn.send(message);
    }
  }

  private reject(conn: Connection, code: number, reason: string): void {
    this.ctx.log.warn('bad-message', { board: this.ids.id, conn: conn.id, code, reason });
    conn.close(code, code === CLOSE_CODES.documentTooLarge ? 'document too large' : 'bad message');
  }

  private enqueue(task: () => void | Promise<void>): Promise<void> {
    const next = this.queue.then(task).catch((error: unknown) => {
      this.ctx.log.error('room-task-failed', { board: this.ids.id, ...errorFields(error) });
    });
    this.queue = next;
    return next;
  }

  private async persist(update: Uint8Array): Promise<void> {
    if (this.dirty) return; // the retry stores the whole state, this update included
    try {
      await this.ctx.store.append(this.ids.id, update);
      this.logCount++;
      this.logBytes += update.length;
    } catch (error) {
      this.markDirty(error);
    }
  }

  private needsCompaction(): boolean {
    const { compactAfterBytes } = this.ctx.config;
    return this.logCount >= this.compactAfterUpdates || this.logBytes >= compactAfterBytes;
  }

  /** The log merged into one snapshot: the document's own encoding of its state. */
  private async compact(): Promise<void> {
    try {
      const state = Y.encodeStateAsUpdate(this.doc);
      await this.ctx.store.compact(this.ids.id, state);
      this.logCount = 0;
      this.logBytes = 0;
      this.docBytes = state.length;
    } catch (error) {
      this.markDirty(error);
    }
  }

  private markDirty(error: unknown): void {
    if (!this.dirty) {
      this.dirty = true;
      this.ctx.failingBoards.add(this.ids.id);
      this.ctx.log.error('store-write-failed', { board: this.ids.id, ...errorFields(error) });
    }
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== null || this.state === 'closed') return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.enqueue(() => this.retryWrite());
    }, this.ctx.config.storeRetryMs);
  }

  private async retryWrite(): Promise<void> {
    if (!this.dirty || this.state === 'closed') return;
    try {
      const state = Y.encodeStateAsUpdate(this.doc);
      await this.ctx.store.compact(this.ids.id, state);
      this.dirty = false;
      this.logCount = 0;
      this.logBytes = 0;
      this.docBytes = state.length;
      this.ctx.failingBoards.delete(this.ids.id);
      this.ctx.log.info('store-write-recovered', { board: this.ids.id });
    } catch (error) {
      this.ctx.log.debug('store-retry-failed', { board: this.ids.id, ...errorFields(error) });
      this.scheduleRetry();
    }
  }
}
