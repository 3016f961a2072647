import * as Y from 'yjs';
import { errorFields, type Logger } from '../log.ts';
import type { Config } from '../config.ts';
import type { BoardStore } from '../store/types.ts';
import { TIMED_OUT, within } from './deadline.ts';
import { WriteWatch } from './write-watch.ts';

export type RoomStoreConfig = Pick<
  Config,
  'maxDocBytes' | 'compactAfterUpdates' | 'compactAfterBytes' | 'storeRetryMs' | 'storeWaitMs'
>;

/**
 * Structs and deletions that Yjs keeps aside until the updates they depend on
 * arrive (`doc.store.pendingStructs`, `pendingDs`) raise no 'update' event, so
 * they are neither stored nor counted as they come, yet every whole-state
 * encoding (a joiner's sync step 2, a compaction) carries them, and Yjs
 * re-merges all of them with each further update that cannot apply either
 * (measured: 5.8 ms per tiny update at 2 MiB waiting, 16 ms at 4 MiB). They
 * count toward `maxDocBytes` and have this smaller limit of their own; clients
 * that sync through this server leave next to nothing waiting, and only briefly.
 */
const MAX_PENDING_BYTES = 2 * 1024 * 1024;

export interface RoomStoreDeps {
  readonly store: BoardStore;
  readonly config: RoomStoreConfig;
  readonly log: Logger;
  /**
   * The room's queue. Retries run through it so a whole-state write never
   * overlaps an append, a compaction or a broadcast of the same room.
   */
  readonly enqueue: (task: () => void | Promise<void>) => Promise<void>;
  /** `unsaved` changed (see `RoomStore.unsaved`). */
  readonly onUnsavedChange: (unsaved: boolean) => void;
}

/** A stored board as one update. */
export interface LoadedBoard {
  readonly update: Uint8Array;
  /**
   * True when it is the stored snapshot alone: the whole document encoded as
   * it was compacted, so it can be sent to a joiner as it is. A snapshot with
   * updates after it is merged, and that keeps content the document has since
   * garbage-collected.
   */
  readonly onlySnapshot: boolean;
}

/**
 * A room's side of the store: the append log, its compaction, the size
 * estimate that bounds the document, and the retry while writes fail (whether
 * they hang is `WriteWatch`'s). The room decides the order (store, then
 * broadcast, then compact); this class only knows how to write and what is
 * outstanding. Its methods are called from
 * inside the room's queue, except `load` (before anything is queued) and
 * `persist`, which starts an append at once so appends of one event-loop turn
 * share a commit. An append that lands after a compaction is harmless: the
 * snapshot already holds it, and applying a Yjs update twice changes nothing.
 */
export class RoomStore {
  private logCount = 0;
  private logBytes = 0;
  /** Upper estimate of the document's encoded size; recomputed when it nears the limit. */
  private docBytes = 0;
  private dirty = false;
  private closed = false;
  /**
   * Updates that came while a whole-state write was in flight: not in the
   * state it writes, and an engine that is not synchronous may clear them
   * with the log it replaces. Appended again once the write is done.
   */
  private arrivedDuringWrite: Uint8Array[] | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Appends started and not yet settled (committed, or failed and left to the retry). */
  private appending = 0;
  private readonly appendsSettled: Array<() => void> = [];
  /**
   * Appends and whole-state writes (compactions, retries), which run in the
   * room's queue and so hold back its broadcasts as an append does.
   */
  private readonly writes: WriteWatch;
  /** `unsaved` as last reported. */
  private reportedUnsaved = false;
  /**
   * This room's log length before compacting: ¾ to all of the configured one,
   * so rooms that started together (a workshop's groups) do not all compact
   * in the same moment; the setting stays an upper bound.
   */
  private readonly compactAfterUpdates: number;

  constructor(
    private readonly doc: Y.Doc,
    private readonly board: string,
    private readonly deps: RoomStoreDeps,
  ) {
    const jitter = 0.75 + Math.random() * 0.25;
    this.compactAfterUpdates = Math.max(1, Math.round(deps.config.compactAfterUpdates * jitter));
    this.writes = new WriteWatch(board, deps.config.storeWaitMs, deps.log, () =>
      this.reportUnsaved(),
    );
  }

  /** True while the latest state is only in memory (a write failed; a retry is scheduled). */
  get isDirty(): boolean {
    return this.dirty;
  }

  /**
   * True while edits reach the room but not the store: its writes fail (the
   * retry holds them in memory) or have hung for `storeWaitMs` (the room's
   * broadcasts wait with them). Clients are told (`encodeStoreStatus`).
   */
  get unsaved(): boolean {
    return this.dirty || this.writes.stalled;
  }

  /** Bytes the document holds as far as the size limit is concerned (for logs). */
  get estimatedBytes(): number {
    return this.docBytes;
  }

  /**
   * The stored board as one update, the counters set from it. Rejects if the
   * board is missing or unreadable; the caller applies it, so a room closed
   * meanwhile never touches its document.
   */
  async load(): Promise<LoadedBoard> {
    const stored = await this.deps.store.load(this.board);
    if (stored === null) throw new Error('board is not in the store');
    const onlySnapshot = stored.updates.length === 0;
    const update = onlySnapshot
      ? stored.snapshot
      : Y.mergeUpdates([stored.snapshot, ...stored.updates]);
    this.logCount = stored.updates.length;
    this.logBytes = stored.updates.reduce((sum, one) => sum + one.length, 0);
    this.docBytes = stored.snapshot.length + this.logBytes;
    return { update, onlySnapshot };
  }

  /**
   * Whether an update of this size keeps the document within `maxDocBytes`.
   * The estimate only grows (deleted content still counts), so before refusing
   * it is replaced by the document's real size.
   */
  admits(updateBytes: number): boolean {
    const { maxDocBytes } = this.deps.config;
    if (this.docBytes + updateBytes <= maxDocBytes) return true;
    this.docBytes = this.appliedBytes(Y.encodeStateAsUpdate(this.doc).length);
    return this.docBytes + updateBytes <= maxDocBytes;
  }

  /** Whether what waits for missing updates fits both its own limit and the document's. */
  pendingFits(): boolean {
    const pending = pendingBytes(this.doc);
    if (pending === 0) return true;
    return pending <= MAX_PENDING_BYTES && this.admits(pending);
  }

  /** Forgets what waits for missing updates (after refusing the update that brought too much). */
  dropPending(): void {
    this.doc.store.pendingStructs = null;
    this.doc.store.pendingDs = null;
  }

  /** An update was applied to the document (counted before it is stored). */
  grew(updateBytes: number): void {
    this.docBytes += updateBytes;
  }

  /** Appends one update to the log; on failure the room turns dirty and retries. */
  async persist(update: Uint8Array): Promise<void> {
    this.arrivedDuringWrite?.push(update);
    if (this.dirty) return; // the retry stores the whole state (or the update, if it came during it)
    this.appending++;
    this.writes.started();
    try {
      await this.deps.store.append(this.board, update);
      this.logCount++;
      this.logBytes += update.length;
    } catch (error) {
      this.markDirty(error);
    } finally {
      if (--this.appending === 0) for (const settled of this.appendsSettled.splice(0)) settled();
      this.writes.settled();
    }
  }

  private reportUnsaved(): void {
    if (this.closed || this.unsaved === this.reportedUnsaved) return;
    this.reportedUnsaved = this.unsaved;
    this.deps.onUnsavedChange(this.reportedUnsaved);
  }

  /**
   * Runs `read` once every update applied so far has settled its append, in
   * the same turn, so nothing newer slips in: what it sees is stored (or,
   * while the store fails, no more than the clients have been sent). An
   * append still unsettled at `until` (see `within`) gives `TIMED_OUT` and
   * `read` never runs.
   */
  async afterAppends<T>(read: () => T, until = Infinity): Promise<T | typeof TIMED_OUT> {
    while (this.appending > 0) {
      let settled = (): void => {};
      const wait = new Promise<void>((resolve) => {
        settled = resolve;
        this.appendsSettled.push(resolve);
      });
      if ((await within(wait, until)) === TIMED_OUT) {
        // Reads retried against a store that hangs must not pile up here.
        const at = this.appendsSettled.indexOf(settled);
        if (at >= 0) this.appendsSettled.splice(at, 1);
        return TIMED_OUT;
      }
    }
    return read();
  }

  needsCompaction(): boolean {
    const { compactAfterBytes } = this.deps.config;
    return this.logCount >= this.compactAfterUpdates || this.logBytes >= compactAfterBytes;
  }

  /** The log merged into one snapshot: the document's own encoding of its state. */
  async compact(): Promise<void> {
    this.writes.started();
    try {
      await this.replaceWithWholeState();
    } catch (error) {
      // Dirty before the write counts as settled: a hung compaction that then fails
      // must not tell the clients "stored" for a moment in between.
      this.markDirty(error);
    } finally {
      this.writes.settled();
    }
  }

  /** Stores whatever is outstanding; `isDirty` tells afterwards whether the store still fails. */
  async flush(): Promise<void> {
    if (this.dirty) await this.retryWrite();
    else if (this.logCount > 0) await this.compact();
  }

  /** Stops retrying; the room is gone. */
  dispose(): void {
    this.closed = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.writes.dispose();
  }

  private async writeWholeState(): Promise<void> {
    this.writes.started();
    try {
      await this.replaceWithWholeState();
    } finally {
      this.writes.settled();
    }
  }

  private async replaceWithWholeState(): Promise<void> {
    const state = Y.encodeStateAsUpdate(this.doc);
    const arrived: Uint8Array[] = [];
    this.arrivedDuringWrite = arrived;
    try {
      await this.deps.store.compact(this.board, state);
    } finally {
      this.arrivedDuringWrite = null;
    }
    this.logCount = 0;
    this.logBytes = 0;
    this.docBytes = this.appliedBytes(state.length);
    // Applying an update twice changes nothing, so appending one the engine kept is harmless.
    for (const update of arrived) {
      await this.deps.store.append(this.board, update);
      this.logCount++;
      this.logBytes += update.length;
      this.docBytes += update.length; // not in the state measured above
    }
  }

  /** A whole-state size without what waits for missing updates (counted apart, see `pendingFits`). */
  private appliedBytes(wholeStateBytes: number): number {
    return Math.max(0, wholeStateBytes - pendingBytes(this.doc));
  }

  private markDirty(error: unknown): void {
    if (!this.dirty) {
      this.dirty = true;
      this.deps.log.error('store-write-failed', { board: this.board, ...errorFields(error) });
      this.reportUnsaved();
    }
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== null || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.deps.enqueue(() => this.retryWrite());
    }, this.deps.config.storeRetryMs);
  }

  /** The whole state replaces snapshot and log: appends missed while failing are in it. */
  private async retryWrite(): Promise<void> {
    if (!this.dirty || this.closed) return;
    try {
      await this.writeWholeState();
      this.dirty = false;
      this.deps.log.info('store-write-recovered', { board: this.board });
      this.reportUnsaved();
    } catch (error) {
      this.deps.log.debug('store-retry-failed', { board: this.board, ...errorFields(error) });
      this.scheduleRetry();
    }
  }
}

function pendingBytes(doc: Y.Doc): number {
  const { pendingStructs, pendingDs } = doc.store;
  return (pendingStructs?.update.length ?? 0) + (pendingDs?.length ?? 0);
}
