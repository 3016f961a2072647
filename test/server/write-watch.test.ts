import { afterEach, describe, expect, it, vi } from 'vitest';
import { WriteWatch } from '../../server/sync/write-watch.ts';
import { capturedLog } from './helpers.ts';

const WAIT_MS = 60;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Time passes (fake timers: a loaded machine does not make it longer). */
const pass = (ms: number) => vi.advanceTimersByTime(ms);

function watch() {
  const { logger, count } = capturedLog();
  const changes: boolean[] = [];
  const writes: WriteWatch = new WriteWatch('b1', WAIT_MS, logger, () =>
    changes.push(writes.stalled),
  );
  return { writes, changes, count };
}

describe("a room's watch on hung writes", () => {
  it('makes one timer however many writes start and settle (a move each, thousands a second)', () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const { writes } = watch();
    for (let i = 0; i < 1000; i++) {
      writes.started();
      writes.settled();
    }
    expect(timers).toHaveBeenCalledTimes(1);
    writes.dispose();
  });

  it('counts STORE_WAIT_MS from the start of the writes unsettled now, also after its timer ran out unused', () => {
    vi.useFakeTimers();
    const { writes, changes, count } = watch();
    writes.started();
    writes.settled();
    pass(WAIT_MS * 2); // the timer runs out with nothing unsettled
    expect(writes.stalled).toBe(false);

    writes.started();
    pass(WAIT_MS / 2);
    expect(writes.stalled).toBe(false);
    writes.started(); // a second write does not move the start
    pass(WAIT_MS);
    expect(writes.stalled).toBe(true);
    expect(count('store-write-slow', { board: 'b1', ms: WAIT_MS })).toBe(1);
    writes.settled();
    expect(writes.stalled).toBe(true);
    writes.settled();
    expect(writes.stalled).toBe(false);
    expect(count('store-write-settled', { board: 'b1' })).toBe(1);
    expect(changes.filter((_, i) => changes[i - 1] !== changes[i])).toEqual([false, true, false]);

    // Writes that settle and start again keep no hang going: each start counts anew.
    for (let i = 0; i < 4; i++) {
      writes.started();
      pass(WAIT_MS / 2);
      writes.settled();
    }
    expect(writes.stalled).toBe(false);
    expect(count('store-write-slow')).toBe(1);
    writes.dispose();
  });
});
