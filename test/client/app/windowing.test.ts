import { describe, expect, it } from 'vitest';
import {
  NO_ROWS,
  rowOffsets,
  rowsIn,
  snapRange,
  windowRange,
  windowSegments,
} from '../../../client/app/windowing.ts';

/** `count` rows of `height` px each. */
const uniform = (count: number, height = 40) => rowOffsets(new Array<number>(count).fill(height));

describe('plan windowing arithmetic', () => {
  it('sums row heights into offsets, the total last', () => {
    expect(rowOffsets([10, 20, 5])).toEqual([0, 10, 30, 35]);
    expect(rowOffsets([])).toEqual([0]);
  });

  it('finds the rows overlapping a band, partly covered ones included', () => {
    const offsets = uniform(10); // rows at 0, 40, …, 360; 400 in all
    expect(rowsIn(offsets, 0, 40)).toEqual({ from: 0, to: 1 });
    expect(rowsIn(offsets, 39, 41)).toEqual({ from: 0, to: 2 });
    expect(rowsIn(offsets, 40, 80)).toEqual({ from: 1, to: 2 });
    expect(rowsIn(offsets, -500, 10_000)).toEqual({ from: 0, to: 10 });
    expect(rowsIn(offsets, 400, 900)).toEqual(NO_ROWS);
    expect(rowsIn(offsets, -900, 0)).toEqual(NO_ROWS);
    expect(rowsIn(rowOffsets([]), 0, 100)).toEqual(NO_ROWS);
    // Rows of different heights.
    expect(rowsIn(rowOffsets([100, 10, 10, 100]), 105, 125)).toEqual({ from: 1, to: 4 });
  });

  it('widens a range to whole chunks, within the row count', () => {
    expect(snapRange({ from: 23, to: 41 }, 20, 100)).toEqual({ from: 20, to: 60 });
    expect(snapRange({ from: 85, to: 93 }, 20, 93)).toEqual({ from: 80, to: 93 });
    expect(snapRange(NO_ROWS, 20, 100)).toEqual(NO_ROWS);
  });

  it('renders the rows within a margin of the view, in chunks', () => {
    const offsets = uniform(1_000);
    const options = { margin: 800, step: 20 };
    // View 0–800 px: rows up to 1,600 px = 40 rows.
    expect(windowRange(offsets, 0, 800, null, options)).toEqual({ from: 0, to: 40 });
    // View 20,000–20,800: rows 480–540 (19,200–21,600 px), snapped to 480–540.
    expect(windowRange(offsets, 20_000, 20_800, null, options)).toEqual({ from: 480, to: 540 });
    // A body far below the view renders nothing.
    expect(windowRange(offsets, -10_000, -9_200, null, options)).toEqual(NO_ROWS);
  });

  it('keeps the current range while it covers the view and is not far too wide', () => {
    const offsets = uniform(1_000);
    const options = { margin: 800, step: 20 };
    const current = windowRange(offsets, 20_000, 20_800, null, options);
    // A small scroll: the same object back, so nothing re-renders.
    expect(windowRange(offsets, 20_100, 20_900, current, options)).toBe(current);
    expect(windowRange(offsets, 19_900, 20_700, current, options)).toBe(current);
    // Scrolled by most of a screen: half a margin below the view is no longer covered.
    const moved = windowRange(offsets, 20_600, 21_400, current, options);
    expect(moved).not.toBe(current);
    expect(moved.from).toBeLessThanOrEqual(Math.floor(20_600 / 40) - 20);
    expect(moved.to).toBeGreaterThanOrEqual(Math.ceil(21_400 / 40) + 20);
    // A range reaching far beyond three margins (say every row) is narrowed.
    expect(windowRange(offsets, 0, 800, { from: 0, to: 1_000 }, options)).toEqual({
      from: 0,
      to: 40,
    });
    // A range past the end of a shrunken body is recomputed.
    expect(windowRange(uniform(30), 0, 800, { from: 0, to: 40 }, options)).toEqual({
      from: 0,
      to: 30,
    });
  });

  it('lays out rows and spacers, with the focused row kept outside the range', () => {
    const range = { from: 20, to: 40 };
    expect(windowSegments(100, range)).toEqual([
      { kind: 'gap', from: 0, to: 20 },
      { kind: 'rows', from: 20, to: 40 },
      { kind: 'gap', from: 40, to: 100 },
    ]);
    expect(windowSegments(100, range, 5)).toEqual([
      { kind: 'gap', from: 0, to: 5 },
      { kind: 'rows', from: 5, to: 6 },
      { kind: 'gap', from: 6, to: 20 },
      { kind: 'rows', from: 20, to: 40 },
      { kind: 'gap', from: 40, to: 100 },
    ]);
    expect(windowSegments(100, range, 70)).toEqual([
      { kind: 'gap', from: 0, to: 20 },
      { kind: 'rows', from: 20, to: 40 },
      { kind: 'gap', from: 40, to: 70 },
      { kind: 'rows', from: 70, to: 71 },
      { kind: 'gap', from: 71, to: 100 },
    ]);
    // Next to the range, or inside it: one run.
    expect(windowSegments(100, range, 40)).toEqual([
      { kind: 'gap', from: 0, to: 20 },
      { kind: 'rows', from: 20, to: 41 },
      { kind: 'gap', from: 41, to: 100 },
    ]);
    expect(windowSegments(100, range, 19)[1]).toEqual({ kind: 'rows', from: 19, to: 40 });
    expect(windowSegments(100, range, 30)).toEqual(windowSegments(100, range));
    // Nothing in range: just the focused row; no rows: nothing at all.
    expect(windowSegments(10, NO_ROWS, 3)).toEqual([
      { kind: 'gap', from: 0, to: 3 },
      { kind: 'rows', from: 3, to: 4 },
      { kind: 'gap', from: 4, to: 10 },
    ]);
    expect(windowSegments(10, NO_ROWS)).toEqual([{ kind: 'gap', from: 0, to: 10 }]);
    expect(windowSegments(0, range, 0)).toEqual([]);
    // Every row (the range reaches past the end).
    expect(windowSegments(3, { from: 0, to: Number.MAX_SAFE_INTEGER })).toEqual([
      { kind: 'rows', from: 0, to: 3 },
    ]);
  });

  it('keeps several pinned rows, merged with the range or one another where they touch', () => {
    expect(windowSegments(100, { from: 40, to: 60 }, [90, 3, 60, 4, -1, 100])).toEqual([
      { kind: 'gap', from: 0, to: 3 },
      { kind: 'rows', from: 3, to: 5 },
      { kind: 'gap', from: 5, to: 40 },
      { kind: 'rows', from: 40, to: 61 },
      { kind: 'gap', from: 61, to: 90 },
      { kind: 'rows', from: 90, to: 91 },
      { kind: 'gap', from: 91, to: 100 },
    ]);
  });
});
