import type * as Y from 'yjs';
import type { Logger } from './log.ts';
import type { ResolvedId } from './store/types.ts';
import type { StoreStall } from './sync/deadline.ts';
import type { Room } from './sync/room.ts';
import type { RoomRegistry } from './sync/rooms.ts';

/** What a REST read renders: the answer's body, and the board title for its file name. */
export interface Rendered {
  readonly body: Buffer;
  readonly title: string;
}

/**
 * Why a read has no answer: every slot is taken (503, retry), the board could
 * not be loaded, or the store did not answer in time (see `render`).
 */
export type ReadRefusal = 'busy' | 'unavailable' | 'store-slow';

interface CachedRender {
  readonly version: number;
  /** Pending while it renders: readers at the same version meanwhile wait for this one. */
  readonly rendered: Promise<Rendered>;
}

/**
 * REST reads of a board: the board file, its exports and its meta (issue 3,
 * limits). Loading a board that is not in memory and rendering one cost CPU
 * on the event loop, so at most `maxAtOnce` of them run at a time and the
 * rest are refused (503 with Retry-After), and a board's last rendering of
 * each kind is kept with its room, keyed by the document's version: a client
 * downloading an unchanged board again and again costs nothing but the bytes,
 * and readers that come while it is being made wait for that one (no slot).
 * A board opened for a read stays in memory for the idle grace, like a warmed
 * one; the cache goes with its room.
 */
export class BoardReads {
  private running = 0;
  private readonly cache = new WeakMap<Room, Map<string, CachedRender>>();

  constructor(
    private readonly rooms: RoomRegistry,
    private readonly maxAtOnce: number,
    /** How long a read waits for the store (the board's load, its pending appends). */
    private readonly storeWaitMs: number,
    private readonly log: Logger,
  ) {}

  /**
   * `kind`'s rendering of the board: `read` takes what it needs from the
   * document (synchronously, as stored), `render` makes the answer of it.
   *
   * A store that never answers (a hung disk, a stuck engine) must not hang
   * the request, nor hold its slot for good: after `storeWaitMs` the read is
   * refused with 'store-slow'. It is not answered from memory, as it is while
   * the store fails: a failed append is behind the clients too (they get its
   * update at once, the retry stores it), but an append still under way
   * holds back its broadcast, so what the document holds then is newer than
   * anything stored or sent, and a reader given it could lose it to a kill -9.
   */
  async render<T>(
    ids: ResolvedId,
    kind: string,
    read: (doc: Y.Doc) => T,
    render: (data: T) => Rendered | Promise<Rendered>,
  ): Promise<Rendered | ReadRefusal> {
    const started = performance.now();
    const until = started + this.storeWaitMs;
    const open = this.rooms.has(ids.id) ? this.rooms.room(ids) : null;
    if (open !== null) {
      const hit = await open.readStored((_doc, version) => this.cached(open, kind, version), until);
      if (isStall(hit)) return this.stalled(ids, kind, hit, started);
      if (hit !== null && hit !== undefined) return hit;
    }
    return this.inSlot(async (): Promise<Rendered | ReadRefusal> => {
      const room = this.rooms.room(ids);
      // Taken in the turn the document is read: a reader that came meanwhile shares it.
      const rendering = await room?.readStored(
        (doc, version) =>
          this.cached(room, kind, version) ??
          this.start(room, kind, version, () => render(read(doc))),
        until,
      );
      if (isStall(rendering)) return this.stalled(ids, kind, rendering, started);
      if (room === null || rendering === null || rendering === undefined) return 'unavailable';
      return rendering;
    });
  }

  /**
   * Loads a board whose page was asked for (see `RoomRegistry.warm`), with no
   * slot: its websocket, half a second later, would load it anyway (no slot
   * limits those), so a warm-up adds no load, only starts it sooner. Taking
   * a slot made exports `busy` while pages were opened, and skipped the
   * warm-up of every page opened while two exports rendered. A board loads
   * once however many pages ask (the room is made at once, single-flight).
   */
  warm(ids: ResolvedId): Promise<void> {
    return this.rooms.warm(ids);
  }

  private stalled(ids: ResolvedId, kind: string, stall: StoreStall, started: number): 'store-slow' {
    this.log.warn('read-store-slow', {
      board: ids.id,
      kind,
      waitingFor: stall === 'load-stalled' ? 'load' : 'writes',
      ms: Math.round(performance.now() - started),
    });
    return 'store-slow';
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

  private cached(room: Room, kind: string, version: number): Promise<Rendered> | undefined {
    const entry = this.cache.get(room)?.get(kind);
    return entry?.version === version ? entry.rendered : undefined;
  }

  /**
   * Renders `kind` of the board at `version` and keeps the rendering with the
   * room; `make` reads the document at once, so the rendering is of that
   * version whatever comes while it renders. A failed one is not kept.
   */
  private start(
    room: Room,
    kind: string,
    version: number,
    make: () => Rendered | Promise<Rendered>,
  ): Promise<Rendered> {
    const started = performance.now();
    let kinds = this.cache.get(room);
    if (kinds === undefined) {
      kinds = new Map();
      this.cache.set(room, kinds);
    }
    const entries = kinds;
    let rendered: Promise<Rendered>;
    try {
      const made = make();
      rendered = Promise.resolve(made);
    } catch (error) {
      rendered = Promise.reject(error);
    }
    const entry: CachedRender = { version, rendered };
    entries.set(kind, entry);
    rendered.then(
      (done) => {
        const ms = Math.round(performance.now() - started);
        this.log.debug('board-rendered', { board: room.ids.id, kind, ms, bytes: done.body.length });
      },
      () => {
        if (entries.get(kind) === entry) entries.delete(kind);
      },
    );
    return rendered;
  }
}

function isStall(value: unknown): value is StoreStall {
  return value === 'load-stalled' || value === 'writes-stalled';
}
