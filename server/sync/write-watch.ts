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
  /** Runs out when writes have been unsettled for `storeWaitMs`. */
  private timer: ReturnType<typeof setTimeout> | null = null;
  private hung = false;

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
    this.timer = setTimeout(() => {
      this.timer = null;
      this.hung = true;
      this.log.warn('store-write-slow', { board: this.board, ms: this.storeWaitMs });
      this.onChange();
    }, this.storeWaitMs);
    this.timer.unref();
  }

  settled(): void {
    if (--this.writing > 0) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.hung) {
      const ms = Math.round(performance.now() - this.writingSince);
      this.log.info('store-write-settled', { board: this.board, ms });
    }
    this.hung = false;
    this.onChange();
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
