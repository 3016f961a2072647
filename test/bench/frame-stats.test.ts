import { describe, expect, it } from 'vitest';
import { VSYNC_MS, frameStats, inVsyncs } from './browser/page.ts';

/** Frame times from intervals, starting at 0. */
const times = (intervals: number[]) =>
  intervals.reduce<number[]>((acc, d) => [...acc, (acc.at(-1) ?? 0) + d], [0]);

describe('frame figures of the browser benchmark', () => {
  it('counts an interval in whole vsyncs, at least one', () => {
    expect(inVsyncs(3)).toBeCloseTo(VSYNC_MS);
    expect(inVsyncs(20.5)).toBeCloseTo(VSYNC_MS);
    expect(inVsyncs(26)).toBeCloseTo(2 * VSYNC_MS);
    expect(inVsyncs(33.9)).toBeCloseTo(2 * VSYNC_MS);
    expect(inVsyncs(51)).toBeCloseTo(3 * VSYNC_MS);
  });

  it('reads callback jitter as on-time frames but a missed vsync as late', () => {
    // 100 frames with ±3 ms of jitter, none late: raw p95 over 16.7, one vsync.
    const jitter = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? 19.7 : 13.7));
    const onTime = frameStats(times(jitter), [], [], Infinity);
    expect(onTime.p95).toBeGreaterThan(16.7);
    expect(onTime.p95Vsync).toBeCloseTo(VSYNC_MS);
    expect(onTime.late).toBe(0);

    // 6 of 100 frames missed a vsync: over 5 %, so the p95 is two vsyncs.
    const missed = Array.from({ length: 100 }, (_, i) => (i % 17 === 0 ? 33.4 : 16.7));
    const late = frameStats(times(missed), [], [], Infinity);
    expect(late.late).toBe(6);
    expect(late.p95Vsync).toBeCloseTo(2 * VSYNC_MS);
    expect(late.over50).toBe(0);
  });

  it('keeps a long frame as long as it was', () => {
    const stats = frameStats(times([16.7, 16.7, 70, 16.7]), [], [], Infinity);
    expect(stats.over50).toBe(1);
    expect(stats.max).toBeCloseTo(70);
    expect(stats.late).toBe(1);
  });
});
