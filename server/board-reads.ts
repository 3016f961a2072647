import type * as Y from 'yjs';
import type { Logger } from './log.ts';
import type { ResolvedId } from './store/types.ts';
import type { Room } from './sync/room.ts';
import type { RoomRegistry } from './sync/rooms.ts';

/** What a REST read renders: the answer's body, and the board title for its file name. */
export interface Rendered {
  readonly body: Buffer;
  readonly title: string;
}

/** Why a read has no answer: every slot is taken (503, retry), or the board could not be loaded. */
export type ReadRefusal = 'busy' | 'unavailable';

interface CachedRender {
  readonly version: number;
  readonly rendered: Rendered;
}

/**
 * REST reads of a board: the board file, its exports and its meta (issue 3,
 * limits). Loading a board that is not in memory and rendering one cost CPU
 * on the event loop, so at most `maxAtOnce` of them run at a time and the
 * rest are refused (503 with Retry-After), and a board's last rendering of
 * each kind is kept with its room, keyed by the document's version: a client
 * downloading an unchanged board again and again costs nothing but the bytes.
 * A board opened for a read stays in memory for the idle grace, like a warmed
 * one; the cache goes with its room.
 */
export class BoardReads {
  private running = 0;
  private readonly cache = new WeakMap<Room, Map<string, CachedRender>>();

  constructor(
    private readonly rooms: RoomRegistry,
    private readonly maxAtOnce: number,
    private readonly log: Logger,
  ) {}

  /**
   * `kind`'s rendering of the board: `read` takes what it needs from the
   * document (synchronously, as stored), `render` makes the answer of it.
   */
  async render<T>(
    ids: ResolvedId,
    kind: string,
    read: (doc: Y.Doc) => T,
    render: (data: T) => Rendered | Promise<Rendered>,
  ): Promise<Rendered | ReadRefusal> {
    const open = this.rooms.has(ids.id) ? this.rooms.room(ids) : null;
    if (open !== null) {
      const hit = await open.readStored((_doc, version) => this.cached(open, kind, version));
      if (hit !== null && hit !== undefined) return hit;
    }
    return this.inSlot(async (): Promise<Rendered | ReadRefusal> => {
      const started = performance.now();
      const room = this.rooms.room(ids);
      const taken = await room?.readStored((doc, version) => ({ version, data: read(doc) }));
      if (room === null || taken === null || taken === undefined) return 'unavailable';
      const rendered = await render(taken.data);
      this.keep(room, kind, taken.version, rendered);
      const ms = Math.round(performance.now() - started);
      this.log.debug('board-rendered', { board: ids.id, kind, ms, bytes: rendered.body.length });
      return rendered;
    });
  }

  /**
   * Loads a board whose page was asked for (see `RoomRegistry.warm`) if a
   * slot is free; when none is, its websocket loads it.
   */
  async warm(ids: ResolvedId): Promise<void> {
    if (this.rooms.has(ids.id)) return;
    await this.inSlot(() => this.rooms.warm(ids));
  }

  private async inSlot<T>(task: () => Promise<T>): Promise<T | 'busy'> {
    if (this.running >= this.maxAtOnce) return 'busy';
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
    }
  }

  private cached(room: Room, kind: string, version: number): Rendered | undefined {
    const entry = this.cache.get(room)?.get(kind);
    return entry?.version === version ? entry.rendered : undefined;
  }

  private keep(room: Room, kind: string, version: number, rendered: Rendered): void {
    let kinds = this.cache.get(room);
    if (kinds === undefined) {
      kinds = new Map();
      this.cache.set(room, kinds);
    }
    kinds.set(kind, { version, rendered });
  }
}
