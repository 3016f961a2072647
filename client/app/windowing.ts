/**
 * Row windowing for long lists (the plan's tables, the participant pool), as
 * pure functions (the React side is useRowWindow.tsx). A list renders only a
 * contiguous range of its rows — those near the visible part of its scroll
 * container — and one spacer of the right height for each run of rows left
 * out, so the scroll height and the scrollbar stay those of the full list.
 */

/** Rows `from` (inclusive) to `to` (exclusive); `from === to` is no rows. */
export interface RowRange {
  readonly from: number;
  readonly to: number;
}

/** What a windowed body renders, top to bottom: runs of real rows and spacers for the rest. */
export type WindowSegment =
  | { readonly kind: 'rows'; readonly from: number; readonly to: number }
  | { readonly kind: 'gap'; readonly from: number; readonly to: number };

export interface WindowOptions {
  /**
   * How far beyond the visible band rows are rendered, in px (about a screen,
   * so a scroll or a Tab to the next field finds its rows already there).
   */
  readonly margin: number;
  /** Rows are added and dropped in chunks of this many, so small scrolls change nothing. */
  readonly step: number;
}

export const NO_ROWS: RowRange = { from: 0, to: 0 };

/** Offsets of the rows' tops, plus the total height last: `offsets[i]` = sum of heights before row i. */
export function rowOffsets(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1);
  let sum = 0;
  offsets[0] = 0;
  for (let i = 0; i < heights.length; i++) {
    sum += heights[i] ?? 0;
    offsets[i + 1] = sum;
  }
  return offsets;
}

/** The first index whose offset is greater than `y` (binary search; offsets ascend). */
function firstAbove(offsets: readonly number[], y: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((offsets[mid] ?? 0) > y) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The rows that overlap the band [top, bottom) of the body (body coordinates, px). */
export function rowsIn(offsets: readonly number[], top: number, bottom: number): RowRange {
  const count = offsets.length - 1;
  const total = offsets[count] ?? 0;
  if (count <= 0 || bottom <= 0 || top >= total || bottom <= top) return NO_ROWS;
  // Row i overlaps when offsets[i] < bottom and offsets[i + 1] > top.
  const from = Math.max(0, firstAbove(offsets, top) - 1);
  const to = Math.min(count, firstAbove(offsets, bottom - 1e-6));
  return to > from ? { from, to } : NO_ROWS;
}

/** `range` widened outwards to whole chunks of `step` rows, within `count`. */
export function snapRange(range: RowRange, step: number, count: number): RowRange {
  if (range.to <= range.from) return NO_ROWS;
  const size = Math.max(1, Math.floor(step));
  return {
    from: Math.floor(range.from / size) * size,
    to: Math.min(count, Math.ceil(range.to / size) * size),
  };
}

const contains = (outer: RowRange, inner: RowRange) =>
  inner.to <= inner.from || (outer.from <= inner.from && inner.to <= outer.to);

export const sameRange = (a: RowRange, b: RowRange) =>
  (a.to <= a.from && b.to <= b.from) || (a.from === b.from && a.to === b.to);

/**
 * The rows to render when the band [viewTop, viewBottom) of the body is
 * visible: those within `margin` of it, in whole chunks. With hysteresis:
 * `current` is kept while it still covers the band plus half a margin and
 * reaches no further than three margins, so scrolling a little, or a remote
 * change that shifts the rows by one, re-renders nothing.
 */
export function windowRange(
  offsets: readonly number[],
  viewTop: number,
  viewBottom: number,
  current: RowRange | null,
  options: WindowOptions,
): RowRange {
  const count = offsets.length - 1;
  const { margin, step } = options;
  if (current !== null && current.to <= count) {
    const needed = rowsIn(offsets, viewTop - margin / 2, viewBottom + margin / 2);
    const allowed = snapRange(
      rowsIn(offsets, viewTop - 3 * margin, viewBottom + 3 * margin),
      step,
      count,
    );
    if (contains(current, needed) && contains(allowed, current)) return current;
  }
  return snapRange(rowsIn(offsets, viewTop - margin, viewBottom + margin), step, count);
}

/**
 * The body's segments for `count` rows when `range` is rendered, plus the
 * rows at the `pinned` indices (-1 or none: no such row) — the row holding
 * the keyboard focus, a row open in an editor: they stay mounted wherever the
 * user scrolls, so a half-typed field is never thrown away.
 */
export function windowSegments(
  count: number,
  range: RowRange,
  pinned: number | readonly number[] = -1,
): WindowSegment[] {
  const runs: RowRange[] = [];
  const from = Math.max(0, Math.min(range.from, count));
  const to = Math.max(from, Math.min(range.to, count));
  if (to > from) runs.push({ from, to });
  for (const index of typeof pinned === 'number' ? [pinned] : pinned) {
    if (Number.isInteger(index) && index >= 0 && index < count) {
      runs.push({ from: index, to: index + 1 });
    }
  }
  runs.sort((a, b) => a.from - b.from);
  // Overlapping or touching runs are one run.
  const merged: RowRange[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last !== undefined && run.from <= last.to) {
      merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, run.to) };
    } else {
      merged.push(run);
    }
  }
  const segments: WindowSegment[] = [];
  let at = 0;
  for (const run of merged) {
    if (run.from > at) segments.push({ kind: 'gap', from: at, to: run.from });
    segments.push({ kind: 'rows', from: run.from, to: run.to });
    at = run.to;
  }
  if (count > at) segments.push({ kind: 'gap', from: at, to: count });
  return segments;
}
