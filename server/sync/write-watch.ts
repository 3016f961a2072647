import type { Logger } from '../log.ts';

/**
 * Whether a room's writes have hung: unsettled, without a break, for
 * `storeWaitMs` (a store that hangs rather than fails). The room's broadcasts
 * wait with its writes, so its clients are told (RoomStore `unsaved`).
 * Writes are appends and whole-state writes (compactions, retries) alike.
 */
export class WriteWatch {
  /** Writes started and not yet settled. */
  private writing = 0;
  /** When `writing` last rose from 0 (`performance.now()`). */
  private writingSince = 0;
  /**
   * Runs out `storeWaitMs` after writes last started; made once and re-armed
   * (`refresh`) rather than made and cleared for each write: a room moved
   * thousands of times a second starts and settles a write for each move.
   */
  private timer: ReturnType<typeof setTimeout> | null = null;
  private hung = false;
  private closed = false;

  /** `onChange`: `stalled` changed. */
  constructor(
    private readonly board: string,
    private readonly storeWaitMs: number,
    private readonly log: Logger,
    private readonly onChange: () => void,
  ) {}

  /** True once writes have been unsettled for `storeWaitMs`, until they all settle. */
  get stalled(): boolean {
    return this.hung;
  }

  started(): void {
    if (this.writing++ > 0) return;
    this.writingSince = performance.now();
    if (this.timer !== null) {
      this.timer.refresh(); // also one that ran out already
      return;
    }
    this.timer = setTimeout(() => this.ranOut(), this.storeWaitMs);
    this.timer.unref();
  }

  private ranOut(): void {
    // Writes that all settled since it was armed: it ran out unused.
    if (this.writing === 0 || this.closed) return;
    this.hung = true;
    this.log.warn('store-write-slow', { board: this.board, ms: this.storeWaitMs });
    this.onChange();
  }

  settled(): void {
    if (--this.writing > 0) return;
    // The timer is left to run out: it finds nothing unsettled then.
    if (this.hung) {
      const ms = Math.round(performance.now() - this.writingSince);
      this.log.info('store-write-settled', { board: this.board, ms });
    }
    this.hung = false;
    this.onChange();
  }

  dispose(): void {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
  }
}
