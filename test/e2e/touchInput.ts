import type { CDPSession } from 'playwright-core';
import { sleep, type Point } from './harness.ts';

type Touch = 'touchStart' | 'touchMove' | 'touchEnd';

/** Real touch input through the DevTools protocol (the page gets touch and pointer events). */
export async function touch(
  cdp: CDPSession,
  type: Touch,
  points: readonly Point[],
  timestamp?: number,
): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
    ...(timestamp === undefined ? {} : { timestamp }),
  });
}

/** Fingers from `from` to `to` (same count), in `steps` moves. */
export async function gesture(
  cdp: CDPSession,
  from: readonly Point[],
  to: readonly Point[],
  steps = 12,
): Promise<void> {
  await touch(cdp, 'touchStart', from);
  for (let i = 1; i <= steps; i++) {
    const at = from.map((p, k) => ({
      x: p.x + ((to[k]?.x ?? p.x) - p.x) * (i / steps),
      y: p.y + ((to[k]?.y ?? p.y) - p.y) * (i / steps),
    }));
    await touch(cdp, 'touchMove', at);
    await sleep(16);
  }
  await touch(cdp, 'touchEnd', []);
}

/** One finger's taps; a double tap's two are 90 ms apart by their own times, however long a busy machine takes to deliver them. */
export function fingerTaps(cdp: CDPSession) {
  const tap = async (at: Point, seconds?: number) => {
    await touch(cdp, 'touchStart', [at], seconds);
    await touch(cdp, 'touchEnd', [], seconds === undefined ? undefined : seconds + 0.03);
  };
  const doubleTap = async (at: Point) => {
    const now = Date.now() / 1000;
    await tap(at, now);
    await tap(at, now + 0.09);
  };
  return { tap, doubleTap };
}
