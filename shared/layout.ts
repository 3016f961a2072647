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

/**
 * Column-relative 0, 0 in stored coordinates: a lane's notes are stored
 * lane-relative, parked ones in board coordinates.
 */
export function columnStart(lane: string | null): Point {
  return lane === null ? { x: PARKING_X, y: PARKING_Y } : { x: 0, y: 0 };
}

export function noteRect(position: Point): Rect {
  return { x: position.x, y: position.y, width: NOTE_WIDTH, height: NOTE_HEIGHT };
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** One grid step: a note and the gap after it (settled and added notes stand on this grid). */
export const CELL_W = NOTE_WIDTH + NOTE_GAP;
export const CELL_H = NOTE_HEIGHT + NOTE_GAP;

/**
 * How near another note may come to a placed one: the grid's own gap. A note
 * 1 unit off another is not in a free place: the note drawn on top hides the
 * other's edge and its "Kerne" badge (which sticks out above the note), and a
 * form right above a participant reads as that participant's form (audit R2).
 */
export const NOTE_CLEARANCE = NOTE_GAP;

/**
 * Whether two notes stand closer than NOTE_CLEARANCE: the test `freePlaces`
 * makes, for two notes (both NOTE_WIDTH x NOTE_HEIGHT).
 */
export function tooClose(a: Point, b: Point): boolean {
  return (
    Math.abs(a.x - b.x) < NOTE_WIDTH + NOTE_CLEARANCE &&
    Math.abs(a.y - b.y) < NOTE_HEIGHT + NOTE_CLEARANCE
  );
}

/**
 * `free(p)`: whether a note at `p` keeps NOTE_CLEARANCE from every obstacle,
 * the one meaning of a free place for dropped (shared/settle.ts) and added
 * notes. The obstacles are bucketed by grid row, so a lane of 500 notes
 * answers each candidate from its neighbours instead of all 500
 * (nextFreeSpot may try every cell of the lane).
 */
export function freePlaces(obstacles: readonly Rect[], originY: number): (p: Point) => boolean {
  const index = freeIndex(obstacles, originY);
  return (p) => index.fits(p);
}

/** `freePlaces` that grows: notes placed one after another (a drop settled stack by stack). */
export interface FreeIndex {
  /** Whether a note at `p` keeps the clearance from every obstacle. */
  fits(p: Point): boolean;
  add(obstacle: Rect): void;
  /** The first grid row (from `originY`) that lies wholly below every obstacle. */
  readonly endRow: number;
}

export function freeIndex(obstacles: readonly Rect[], originY: number): FreeIndex {
  const rowOf = (y: number) => Math.floor((y - originY) / CELL_H);
  const rows = new Map<number, Rect[]>();
  let endRow = 0;
  const add = (o: Rect) => {
    for (let row = rowOf(o.y); row <= rowOf(o.y + o.height); row++) {
      const bucket = rows.get(row);
      if (bucket) bucket.push(o);
      else rows.set(row, [o]);
    }
    endRow = Math.max(endRow, Math.ceil((o.y + o.height - originY) / CELL_H));
  };
  for (const o of obstacles) add(o);
  return {
    fits(p) {
      // The note grown by the clearance on every side: an obstacle exactly the
      // grid gap away only touches the zone, which rectsOverlap does not count.
      const zone = {
        x: p.x - NOTE_CLEARANCE,
        y: p.y - NOTE_CLEARANCE,
        width: NOTE_WIDTH + 2 * NOTE_CLEARANCE,
        height: NOTE_HEIGHT + 2 * NOTE_CLEARANCE,
      };
      // A rectangle in row r may only overlap one that has a part in row r.
      for (let row = rowOf(zone.y); row <= rowOf(zone.y + zone.height); row++) {
        for (const o of rows.get(row) ?? []) if (rectsOverlap(zone, o)) return false;
      }
      return true;
    },
    add,
    get endRow() {
      return endRow;
    },
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
  const fits = freePlaces(obstacles, originY);
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
