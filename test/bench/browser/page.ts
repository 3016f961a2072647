import type { BrowserContext, Page } from 'playwright-core';
import type { HookWindow, Rect } from '../../e2e/harness.ts';
import { percentile } from '../report.ts';

/**
 * In-page instruments for the browser benchmark. The scripts are plain
 * JavaScript strings (no bundler helpers can leak into the page) installed
 * before the app's own code runs.
 */

/**
 * A requestAnimationFrame loop from document start: while `on`, every frame
 * callback's performance.now() is recorded. Until the board settles it also
 * logs [time, renderedNotes] once the test hook is ready, for the
 * navigation → painted measurement (performance.now() counts from navigation
 * start). Pointer-down and pointer-up times are recorded for the frame figures.
 */
export const INSTRUMENT_SCRIPT = `
(() => {
  const s = {
    on: false, times: [], load: [], loadDone: false, downs: [], ups: [], longTasks: [], planAt: null,
  };
  window.__bench = s;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  addEventListener('pointerdown', () => s.downs.push(performance.now()), true);
  addEventListener('pointerup', () => s.ups.push(performance.now()), true);
  const loop = () => {
    const now = performance.now();
    if (s.on) s.times.push(now);
    if (!s.loadDone) {
      const hook = window.__netvaerkstavle;
      if (hook && hook.ready) {
        s.load.push([now, hook.renderedNotes()]);
        if (s.planAt === null && document.querySelector('[data-testid^="plan-row-"]')) s.planAt = now;
        if (s.load.length > 600) s.loadDone = true;
      }
    }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})();
`;

interface BenchState {
  on: boolean;
  times: number[];
  load: [number, number][];
  loadDone: boolean;
  downs: number[];
  ups: number[];
  /** [startTime, duration] of every task over 50 ms. */
  longTasks: [number, number][];
  /** The first frame showing a row of the plan table (null: none yet). */
  planAt: number | null;
}
type BenchWindow = HookWindow & { __bench: BenchState };

export async function instrument(context: BrowserContext): Promise<void> {
  await context.addInitScript(INSTRUMENT_SCRIPT);
}

/** Frame figures of one gesture. */
export interface FrameStats {
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly over50: number;
  /**
   * Frames that missed a vsync: intervals over 25 ms (1.5 frames at 60 Hz).
   * A callback runs a few ms early or late within its frame, so an on-time
   * frame can measure 20 ms; a missed vsync measures ~33 ms.
   */
  readonly late: number;
  /**
   * p95 of the intervals counted in whole vsyncs (each rounded to the nearest
   * multiple of 16.7 ms, at least one): 16.7 when at least 95 % of frames
   * came on the next vsync. The raw p95 above also carries the callbacks'
   * jitter, which even an idle page shows (see floor.ts).
   */
  readonly p95Vsync: number;
  /** The frame interval that contains the (first) pointer-down, if any. */
  readonly downFrame?: number;
  /**
   * The longest frame within 300 ms after the (last) pointer-up, if any; for
   * a wheel zoom, after its last step (the post-its drawn in full again).
   */
  readonly dropFrame?: number;
}

export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const s = (window as unknown as BenchWindow).__bench;
    s.times = [performance.now()];
    s.downs = [];
    s.ups = [];
    s.on = true;
  });
}

/** The page clock, to mark a gesture's last event. */
export async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * Stops sampling after `tailMs` more and returns the figures; intervals after
 * `gestureEnd` (default: now) only count for the drop frame, which with no
 * pointer-up is the longest frame after `gestureEnd` itself.
 */
export async function stopFrames(page: Page, tailMs = 0, gestureEnd?: number): Promise<FrameStats> {
  const { times, downs, ups, end } = await page.evaluate(async (tail) => {
    const s = (window as unknown as BenchWindow).__bench;
    const end = performance.now();
    await new Promise((resolve) => setTimeout(resolve, tail));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    s.on = false;
    return { times: s.times, downs: s.downs, ups: s.ups, end };
  }, tailMs);
  const last = gestureEnd ?? end;
  return frameStats(times, downs, ups.length > 0 ? ups : tailMs > 0 ? [last] : [], last);
}

/** One frame at 60 Hz. */
export const VSYNC_MS = 1000 / 60;

/** An interval rounded to whole vsyncs (at least one), in ms. */
export function inVsyncs(interval: number): number {
  return Math.max(1, Math.round(interval / VSYNC_MS)) * VSYNC_MS;
}

/**
 * Intervals between frames up to `end` (the gesture's last event); the frame
 * containing the first pointer-down and the longest frame within 300 ms after
 * the last pointer-up are reported besides.
 */
export function frameStats(
  times: readonly number[],
  downs: readonly number[],
  ups: readonly number[],
  end: number,
): FrameStats {
  const intervals: number[] = [];
  let downFrame: number | undefined;
  let dropFrame: number | undefined;
  const down = downs[0];
  const up = ups[ups.length - 1];
  for (let i = 1; i < times.length; i++) {
    const a = times[i - 1] ?? 0;
    const b = times[i] ?? 0;
    const interval = b - a;
    if (a <= end) intervals.push(interval);
    if (down !== undefined && downFrame === undefined && b >= down) downFrame = interval;
    if (up !== undefined && b >= up && a <= up + 300)
      dropFrame = Math.max(dropFrame ?? 0, interval);
  }
  return {
    frames: intervals.length,
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    max: intervals.length ? Math.max(...intervals) : 0,
    over50: intervals.filter((t) => t > 50).length,
    late: intervals.filter((t) => t > 1.5 * VSYNC_MS).length,
    p95Vsync: percentile(intervals.map(inVsyncs), 95),
    ...(downFrame === undefined ? {} : { downFrame }),
    ...(dropFrame === undefined ? {} : { dropFrame }),
  };
}

/** The board canvas on screen (Konva's content element). */
export async function canvasRect(page: Page): Promise<Rect> {
  return page.evaluate(() => {
    const el =
      document.querySelector('[data-testid="board-canvas"]') ??
      document.querySelector('.konvajs-content');
    const r = el?.getBoundingClientRect();
    return r
      ? { x: r.x, y: r.y, width: r.width, height: r.height }
      : { x: 0, y: 0, width: innerWidth, height: innerHeight };
  });
}

/** Notes whose screen rectangle lies entirely inside `area`, with their rectangles. */
export async function visibleNotes(
  page: Page,
  area: Rect,
): Promise<{ id: string; rect: Rect; lane: string | null }[]> {
  return page.evaluate((c) => {
    const hook = (window as HookWindow).__netvaerkstavle;
    if (!hook) return [];
    const out: { id: string; rect: Rect; lane: string | null }[] = [];
    for (const id of hook.noteIds()) {
      const r = hook.noteRect(id);
      if (!r || r.width <= 0) continue;
      if (r.x < c.x || r.y < c.y || r.x + r.width > c.x + c.width) continue;
      if (r.y + r.height > c.y + c.height) continue;
      out.push({ id, rect: r, lane: hook.notePosition(id)?.lane ?? null });
    }
    return out;
  }, area);
}

/**
 * Waits until the canvas has laid out every note of the board (a note rect
 * for each): the hook turns ready with the board before the canvas's render
 * of it, and counting the notes in view earlier would count none.
 */
export async function waitForLaidOut(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const hook = (window as HookWindow).__netvaerkstavle;
      return hook?.noteIds().every((id) => hook.noteRect(id) !== null) ?? false;
    },
    undefined,
    { timeout: 30_000, polling: 250 },
  );
}

/** How many notes intersect `area` (what must be painted for the view to be complete). */
export async function intersectingNotes(page: Page, area: Rect): Promise<number> {
  return page.evaluate((c) => {
    const hook = (window as HookWindow).__netvaerkstavle;
    if (!hook) return 0;
    let n = 0;
    for (const id of hook.noteIds()) {
      const r = hook.noteRect(id);
      if (!r) continue;
      if (r.x + r.width <= c.x || r.x >= c.x + c.width) continue;
      if (r.y + r.height <= c.y || r.y >= c.y + c.height) continue;
      n++;
    }
    return n;
  }, area);
}

/**
 * Navigation → every note in view painted: the first frame at which the hook
 * is ready and renders at least the `expected` notes, plus that frame's paint
 * (the next frame callback); null if the log never got there. Also the
 * first frame at which the hook reported ready.
 */
export async function interactiveMs(
  page: Page,
  expected: number,
): Promise<{ readyMs: number | null; interactiveMs: number | null }> {
  await page.waitForFunction(
    () => (window as unknown as BenchWindow).__bench.load.length > 30,
    undefined,
    { timeout: 30_000, polling: 100 },
  );
  const log = await page.evaluate(() => (window as unknown as BenchWindow).__bench.load);
  const readyMs = log[0]?.[0] ?? null;
  const index = log.findIndex(([, rendered]) => rendered >= expected);
  if (index < 0) return { readyMs, interactiveMs: null };
  return { readyMs, interactiveMs: (log[index + 1] ?? log[index])?.[0] ?? null };
}

/**
 * When the page has settled after load: the end of the last long task, once
 * none has run for `quietForMs` and — if the plan view is open — its table
 * has rows (a time-to-interactive in the Lighthouse sense; the lazily loaded
 * plan renders after the canvas and shows up here, not in the painted time).
 */
export async function settledMs(
  page: Page,
  fromMs: number,
  quietForMs = 2_000,
  timeoutMs = 30_000,
): Promise<{ quietMs: number; planMs: number | null; longTasks: [number, number][] }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { tasks, now, planAt, planOpen } = await page.evaluate(() => {
      const s = (window as unknown as BenchWindow).__bench;
      const toggle = document.querySelector('[data-testid="toggle-plan"]');
      return {
        tasks: s.longTasks,
        now: performance.now(),
        planAt: s.planAt,
        planOpen: toggle?.getAttribute('aria-pressed') === 'true',
      };
    });
    const ends = tasks.map(([start, duration]) => start + duration);
    const lastEnd = Math.max(fromMs, planAt ?? 0, ...ends);
    const planDone = !planOpen || planAt !== null;
    if ((now - lastEnd >= quietForMs && planDone) || Date.now() > deadline) {
      const rounded = tasks.map(([a, b]): [number, number] => [Math.round(a), Math.round(b)]);
      return { quietMs: lastEnd, planMs: planAt, longTasks: rounded };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** JS heap in use after a forced garbage collection, in bytes (CDP). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export async function renderedNotes(page: Page): Promise<number> {
  return page.evaluate(() => (window as HookWindow).__netvaerkstavle?.renderedNotes() ?? 0);
}

/** Waits `n` animation frames in the page. */
export async function frames(page: Page, n = 2): Promise<void> {
  await page.evaluate(async (count) => {
    for (let i = 0; i < count; i++) await new Promise((r) => requestAnimationFrame(r));
  }, n);
}
