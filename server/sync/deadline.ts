/** What `within` gives when the time ran out first. */
export const TIMED_OUT: unique symbol = Symbol('timed out');

/**
 * `promise`'s value, or `TIMED_OUT` if it has not settled by `until` (a
 * `performance.now()` time; `Infinity`: no bound, no timer). The timer is
 * cleared as soon as either side wins, so a settled wait leaves nothing behind.
 */
export async function within<T>(promise: Promise<T>, until: number): Promise<T | typeof TIMED_OUT> {
  if (until === Infinity) return promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, until - performance.now()));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What a read of the board as stored still waited for when its time ran out. */
export type StoreStall = 'load-stalled' | 'writes-stalled';
