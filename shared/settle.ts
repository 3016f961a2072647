import {
  CELL_H,
  CELL_W,
  LANE_PADDING,
  NOTE_WIDTH,
  freeIndex,
  noteRect,
  type FreeIndex,
  type Point,
  type Rect,
} from './layout.ts';

/**
 * Where dropped notes settle (issue 4: "Notes never pile up unreadably:
 * dropped notes settle into a free place in the lane"). Coordinates are
 * column-relative: a lane's content box, or the parking area, starts at 0, 0.
 * Pure and deterministic, so every client settles a drop the same way.
 */

export interface SettleOptions {
  readonly originX?: number;
  readonly originY?: number;
  readonly columns?: number;
}

/**
 * A free place for a note near `preferred` inside a column of `columns` note
 * widths starting at `originX`: the preferred spot when it keeps the
 * clearance (layout.ts `freePlaces`) from every obstacle, otherwise the
 * nearest free grid cell (reading order breaks ties).
 */
export function settle(
  preferred: Point,
  obstacles: readonly Rect[],
  options: SettleOptions = {},
): Point {
  // One note is never wider than the column, so settleBlock always places it.
  return settleBlock([preferred], obstacles, options)?.[0] ?? preferred;
}

/**
 * `settle` for notes that keep their shape: a form with the participants
 * stacked under it, a moved selection. The block moves by one offset to the
 * nearest place where every member is free; the members' places come back in
 * the given order. Null when the block is wider than the column.
 */
export function settleBlock(
  members: readonly Point[],
  obstacles: readonly Rect[],
  options: SettleOptions = {},
): Point[] | null {
  return settleBlockIn(members, freeIndex(obstacles, options.originY ?? LANE_PADDING), options);
}

/** `settleBlock` against an index of the obstacles that the caller keeps and grows. */
function settleBlockIn(
  members: readonly Point[],
  free: FreeIndex,
  options: SettleOptions,
): Point[] | null {
  if (members.length === 0) return [];
  const originX = options.originX ?? LANE_PADDING;
  const originY = options.originY ?? LANE_PADDING;
  const columns = Math.max(1, options.columns ?? 2);
  const left = Math.min(...members.map((m) => m.x));
  const top = Math.min(...members.map((m) => m.y));
  const width = Math.max(...members.map((m) => m.x)) + NOTE_WIDTH - left;
  const maxX = originX + (columns - 1) * CELL_W + NOTE_WIDTH - width;
  if (maxX < originX) return null;
  const offsets = members.map((m) => ({ x: m.x - left, y: m.y - top }));
  const fits = (anchor: Point) =>
    offsets.every((o) => free.fits({ x: anchor.x + o.x, y: anchor.y + o.y }));
  const anchor = nearestAnchor({ x: left, y: top }, free.endRow, fits, { originX, originY, maxX });
  return offsets.map((o) => ({ x: anchor.x + o.x, y: anchor.y + o.y }));
}

/** A dropped note and where it was let go (column-relative). */
export interface DroppedNote {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /**
   * Notes with one `stack` never come apart: a form's id for the form and the
   * participants attached to it that are dropped with it; the note's own id
   * for any other note.
   */
  readonly stack: string;
}

/**
 * Settles one column's share of a drop. The whole drop first, as one block, so
 * a moved selection keeps its arrangement; when it cannot keep it (wider than
 * the column: a selection from two lanes), each stack on its own, in reading
 * order, still in one piece, so participants stay right under their form.
 */
export function settleDrop(
  dropped: readonly DroppedNote[],
  obstacles: readonly Rect[],
  options: SettleOptions = {},
): Map<string, Point> {
  const settled = new Map<string, Point>();
  const whole = settleBlock(dropped, obstacles, options);
  if (whole !== null) {
    dropped.forEach((note, i) => settled.set(note.id, whole[i] ?? note));
    return settled;
  }
  const stacks = new Map<string, DroppedNote[]>();
  for (const note of dropped) {
    const stack = stacks.get(note.stack);
    if (stack) stack.push(note);
    else stacks.set(note.stack, [note]);
  }
  const topLeft = (members: readonly DroppedNote[]) => ({
    x: Math.min(...members.map((m) => m.x)),
    y: Math.min(...members.map((m) => m.y)),
  });
  const ordered = [...stacks.values()]
    .map((members) => ({ members, corner: topLeft(members) }))
    .sort((a, b) => a.corner.y - b.corner.y || a.corner.x - b.corner.x);
  // One index, grown as stacks are placed: rebuilding it per stack made a wide drop quadratic.
  const placed = freeIndex(obstacles, options.originY ?? LANE_PADDING);
  for (const { members } of ordered) {
    const block = settleBlockIn(members, placed, options);
    members.forEach((m, i) => {
      // A stack wider than the column (only off-grid data makes one) goes note by note.
      const spot = block?.[i] ?? settleBlockIn([m], placed, options)?.[0] ?? m;
      settled.set(m.id, spot);
      placed.add(noteRect(spot));
    });
  }
  return settled;
}

/**
 * The block's top-left corner: `preferred` (kept inside the column) when the
 * block fits there, otherwise the nearest grid cell where it fits.
 */
function nearestAnchor(
  preferred: Point,
  lastObstacleRow: number,
  fits: (anchor: Point) => boolean,
  bounds: { readonly originX: number; readonly originY: number; readonly maxX: number },
): Point {
  const { originX, originY, maxX } = bounds;
  const clamped = {
    x: Math.min(Math.max(preferred.x, originX), maxX),
    y: Math.max(preferred.y, originY),
  };
  if (fits(clamped)) return clamped;
  const columns = Math.floor((maxX - originX) / CELL_W) + 1;
  const preferredRow = Math.max(0, Math.round((clamped.y - originY) / CELL_H));
  // A block whose top is a whole row below every obstacle is clear of them all.
  const rows = Math.max(preferredRow, lastObstacleRow) + 2;
  // Rows outward from the preferred one: a row `step` rows away is at least
  // (step - 0.5) rows' height from the preferred point, so the search stops
  // once that exceeds the nearest free cell found (a 500-note lane: a few
  // cells tried, not every one). Ties go to the first cell in reading order.
  let best: Point | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let bestRow = 0;
  let bestColumn = 0;
  for (let step = 0; (step - 0.5) * CELL_H <= bestDistance; step++) {
    const above = preferredRow - step;
    const below = preferredRow + step;
    if (above < 0 && below > rows) break;
    for (const row of step === 0 ? [below] : [above, below]) {
      if (row < 0 || row > rows) continue;
      for (let column = 0; column < columns; column++) {
        const candidate = { x: originX + column * CELL_W, y: originY + row * CELL_H };
        const distance = Math.hypot(candidate.x - clamped.x, candidate.y - clamped.y);
        const nearer =
          distance < bestDistance ||
          (distance === bestDistance &&
            (row < bestRow || (row === bestRow && column < bestColumn)));
        if (nearer && fits(candidate)) {
          best = candidate;
          bestDistance = distance;
          bestRow = row;
          bestColumn = column;
        }
      }
    }
  }
  return best ?? { x: originX, y: originY + rows * CELL_H };
}
