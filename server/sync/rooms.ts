import { CLOSE_CODES } from '../../shared/protocol.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { BoardStore, ResolvedId } from '../store/types.ts';
import type { Connection } from './connection.ts';
import { TIMED_OUT, within } from './deadline.ts';
import { Room, type RoomConfig } from './room.ts';

export type RegistryConfig = RoomConfig &
  Pick<Config, 'roomIdleMs' | 'maxConnectionsPerBoard' | 'storeWaitMs'>;

/** How long shutdown waits for clients to answer the close handshake. */
const CLOSE_WAIT_MS = 1_000;

/**
 * The boards in memory: one room per board, created on the first connection
 * (its load single-flight: later connections join the same pending room),
 * unloaded after the idle grace period once everything is stored.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly idleTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private closing = false;

  constructor(
    private readonly store: BoardStore,
    private readonly config: RegistryConfig,
    private readonly log: Logger,
  ) {}

  get roomCount(): number {
    return this.rooms.size;
  }

  /**
   * 'degraded' while some board's clients are told its edits are not saved
   * (`Room.unsaved`): its latest state is only in memory, or its writes have
   * hung for `storeWaitMs` (its edits wait, unsent, and its reads get 503).
   * The rooms' own word, so /healthz and the clients never disagree; a room
   * with unsaved edits is not unloaded, so none is missed.
   */
  get storeStatus(): 'ok' | 'degraded' {
    for (const room of this.rooms.values()) if (room.unsaved) return 'degraded';
    return 'ok';
  }

  join(ids: ResolvedId, conn: Connection): void {
    if (this.closing) {
      conn.close(CLOSE_CODES.goingAway, 'server shutting down');
      return;
    }
    const room = this.rooms.get(ids.id) ?? this.open(ids);
    if (room.connectionCount >= this.config.maxConnectionsPerBoard) {
      this.log.warn('board-full', { board: ids.id, limit: this.config.maxConnectionsPerBoard });
      conn.close(CLOSE_CODES.tryAgainLater, 'board is full');
      if (room.connectionCount === 0) this.scheduleUnload(room);
      return;
    }
    this.cancelUnload(ids.id);
    room.add(conn);
  }

  /**
   * Starts loading a board whose page was just asked for, so its websocket
   * (half a second later, once the page's code runs) finds it ready instead
   * of waiting for the load. Nobody joins: it leaves after the idle grace.
   */
  warm(ids: ResolvedId): Promise<void> {
    if (this.rooms.has(ids.id)) return Promise.resolve();
    const room = this.room(ids);
    if (room === null) return Promise.resolve();
    return room.ready.then((loaded) => {
      if (loaded) room.prepareFirstJoin();
    });
  }

  /** Whether the board is in memory (loaded or loading). */
  has(boardId: string): boolean {
    return this.rooms.has(boardId);
  }

  /**
   * The board's room, opened if it is not in memory (for a REST read or a
   * page's warm-up): it then leaves after the idle grace unless someone
   * joins, and repeated reads meanwhile cost no load. Null while shutting down.
   */
  room(ids: ResolvedId): Room | null {
    const open = this.rooms.get(ids.id);
    if (open !== undefined) return open;
    if (this.closing) return null;
    const room = this.open(ids);
    this.scheduleUnload(room);
    return room;
  }

  /** Shutdown: close every socket with going-away, store every board, free the rooms. */
  async closeAll(): Promise<void> {
    this.closing = true;
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const rooms = [...this.rooms.values()];
    for (const room of rooms) room.closeConnections(CLOSE_CODES.goingAway, 'server shutting down');
    // A store that does not answer must not keep the process from exiting.
    // What it still holds back was never broadcast (a room sends an update
    // only once stored), so no client has it to lose.
    const until = performance.now() + this.config.storeWaitMs;
    await Promise.all(
      rooms.map(async (room) => {
        const stored = await within(room.flush(), until);
        if (stored !== true) {
          const reason = stored === TIMED_OUT ? 'store not answering' : 'store failing';
          this.log.error('shutdown-unsaved-board', { board: room.ids.id, reason });
        }
        room.destroy();
      }),
    );
    this.rooms.clear();
  }

  private open(ids: ResolvedId): Room {
    const room = new Room(
      { id: ids.id, viewId: ids.viewId },
      {
        store: this.store,
        config: this.config,
        log: this.log,
        onEmpty: (empty) => this.scheduleUnload(empty),
      },
    );
    this.rooms.set(ids.id, room);
    void room.ready.then((loaded) => {
      // A failed load leaves nothing behind, so the next connection tries again.
      if (!loaded && this.rooms.get(ids.id) === room) {
        this.rooms.delete(ids.id);
        this.cancelUnload(ids.id);
        room.closeConnections(CLOSE_CODES.loadFailed, 'board could not be loaded');
        room.destroy();
      }
    });
    return room;
  }

  private scheduleUnload(room: Room): void {
    if (this.closing) return;
    const id = room.ids.id;
    this.cancelUnload(id);
    const timer = setTimeout(() => {
      this.idleTimers.delete(id);
      void this.unload(room);
    }, this.config.roomIdleMs);
    this.idleTimers.set(id, timer);
  }

  private cancelUnload(id: string): void {
    const timer = this.idleTimers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.idleTimers.delete(id);
  }

  private async unload(room: Room): Promise<void> {
    // A board still loading goes once loaded: a REST read or a page's warm-up
    // that opened it waits for that load (a failed one `open` cleans up).
    if (!(await room.ready) || this.closing) return;
    if (this.rooms.get(room.ids.id) !== room || room.connectionCount > 0) return;
    const stored = await room.flush();
    // Someone joined while we were storing, or shutdown took over.
    if (this.closing || this.rooms.get(room.ids.id) !== room || room.connectionCount > 0) return;
    if (!stored) {
      this.log.warn('unload-postponed', { board: room.ids.id, reason: 'store failing' });
      this.scheduleUnload(room);
      return;
    }
    this.rooms.delete(room.ids.id);
    this.cancelUnload(room.ids.id);
    room.destroy();
    this.log.debug('board-unloaded', { board: room.ids.id });
  }
}

/** Waits until every socket has closed, terminating stragglers after a short grace. */
export async function waitForSockets(conns: Iterable<Connection>): Promise<void> {
  const pending = [...conns].filter((conn) => conn.socket.readyState !== conn.socket.CLOSED);
  await Promise.all(
    pending.map(
      (conn) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            conn.socket.terminate();
            resolve();
          }, CLOSE_WAIT_MS);
          conn.socket.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
        }),
    ),
  );
}
