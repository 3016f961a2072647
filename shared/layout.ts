/**
 * Board geometry shared by the canvas, the operations that place notes, and
 * the PNG export. Lanes stand side by side from x = 0; the parking area is a
 * column left of them. A note's x/y are relative to its lane's content box
 * (below the header), or board coordinates when parked.
 */

export const NOTE_WIDTH = 180;
export const NOTE_HEIGHT = 110;
export const NOTE_GAP = 12;
export const LANE_PADDING = 12;
/** Two columns of notes per lane. */
export const LANE_WIDTH = LANE_PADDING * 2 + NOTE_WIDTH * 2 + NOTE_GAP;
export const LANE_GAP = 24;
export const LANE_HEADER_HEIGHT = 150;
export const PARKING_WIDTH = LANE_WIDTH;
export const PARKING_X = -(PARKING_WIDTH + LANE_GAP * 2);
export const PARKING_Y = LANE_HEADER_HEIGHT;

export interface Point {
  readonly x: number;
  readonly y: number;
}
export interface Rect extends Point {
  readonly width: number;
  readonly height: number;
}

/** Board x of lane `index`'s left edge. */
export function laneX(index: number): number {
  return index * (LANE_WIDTH + LANE_GAP);
}

export function noteRect(position: Point): Rect {
  return { x: position.x, y: position.y, width: NOTE_WIDTH, height: NOTE_HEIGHT };
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const CELL_W = NOTE_WIDTH + NOTE_GAP;
const CELL_H = NOTE_HEIGHT + NOTE_GAP;

/**
 * A free place for a note near `preferred` inside a column of `columns` note
 * widths starting at `originX`: the preferred spot when nothing overlaps it,
 * otherwise the nearest free grid cell (reading order breaks ties). Dropped
 * notes settle here so notes never pile up unreadably (issue 4).
 */
export function settle(
  preferred: Point,
  obstacles: readonly Rect[],
  options: { originX?: number; originY?: number; columns?: number } = {},
): Point {
  const originX = options.originX ?? LANE_PADDING;
  const originY = options.originY ?? LANE_PADDING;
  const columns = Math.max(1, options.columns ?? 2);
  const fits = obstacleIndex(obstacles, originY);
  const maxX = originX + (columns - 1) * CELL_W;
  const clamped = {
    x: Math.min(Math.max(preferred.x, originX), maxX),
    y: Math.max(preferred.y, originY),
  };
  if (fits(clamped)) return clamped;
  const preferredRow = Math.max(0, Math.round((clamped.y - originY) / CELL_H));
  const lastObstacleRow = obstacles.reduce(
    (max, o) => Math.max(max, Math.ceil((o.y + o.height - originY) / CELL_H)),
    0,
  );
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

/**
 * `fits(p)`: whether a note at `p` overlaps none of `obstacles`. The obstacles
 * are bucketed by grid row, so a lane of 500 notes answers each candidate from
 * its neighbours instead of all 500 (nextFreeSpot may try every cell of the lane).
 */
function obstacleIndex(obstacles: readonly Rect[], originY: number): (p: Point) => boolean {
  const rowOf = (y: number) => Math.floor((y - originY) / CELL_H);
  const rows = new Map<number, Rect[]>();
  for (const o of obstacles) {
    for (let row = rowOf(o.y); row <= rowOf(o.y + o.height); row++) {
      const bucket = rows.get(row);
      if (bucket) bucket.push(o);
      else rows.set(row, [o]);
    }
  }
  return (p) => {
    const rect = noteRect(p);
    // A rectangle in row r may only overlap one that has a part in row r.
    for (let row = rowOf(rect.y); row <= rowOf(rect.y + rect.height); row++) {
      for (const o of rows.get(row) ?? []) if (rectsOverlap(rect, o)) return false;
    }
    return true;
  };
}

/**
 * The next free place in reading order (for notes added by an operation, not a
 * drop). With `stack` > 1, the first place where that many notes fit one under
 * another in one column, one grid row apart (a form and the participants
 * stacked under it, as `attachToForm` stacks them), so a stack that an
 * operation moves stays one readable stack.
 */
export function nextFreeSpot(
  obstacles: readonly Rect[],
  options: { originX?: number; originY?: number; columns?: number; stack?: number } = {},
): Point {
  const originX = options.originX ?? LANE_PADDING;
  const originY = options.originY ?? LANE_PADDING;
  const columns = Math.max(1, options.columns ?? 2);
  const stack = Math.max(1, options.stack ?? 1);
  const fits = obstacleIndex(obstacles, originY);
  const stackFits = (x: number, y: number) => {
    for (let i = 0; i < stack; i++) if (!fits({ x, y: y + i * CELL_H })) return false;
    return true;
  };
  for (let row = 0; ; row++) {
    for (let column = 0; column < columns; column++) {
      const candidate = { x: originX + column * CELL_W, y: originY + row * CELL_H };
      if (stackFits(candidate.x, candidate.y)) return candidate;
    }
  }
}
