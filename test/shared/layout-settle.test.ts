import { describe, expect, it } from 'vitest';
import {
  LANE_PADDING,
  NOTE_GAP,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  noteRect,
  rectsOverlap,
  settle,
  type Point,
  type Rect,
} from '../../shared/layout.ts';
import { seededRandom } from '../helpers/boards.ts';

const CELL_W = NOTE_WIDTH + NOTE_GAP;
const CELL_H = NOTE_HEIGHT + NOTE_GAP;

/** The definition settle must meet: of every cell of the lane, the nearest free one, ties in reading order. */
function nearestFreeCell(preferred: Point, obstacles: readonly Rect[]): Point {
  const clamped = {
    x: Math.min(Math.max(preferred.x, LANE_PADDING), LANE_PADDING + CELL_W),
    y: Math.max(preferred.y, LANE_PADDING),
  };
  const free = (p: Point) => !obstacles.some((o) => rectsOverlap(noteRect(p), o));
  if (free(clamped)) return clamped;
  const preferredRow = Math.max(0, Math.round((clamped.y - LANE_PADDING) / CELL_H));
  const lastRow = obstacles.reduce(
    (max, o) => Math.max(max, Math.ceil((o.y + o.height - LANE_PADDING) / CELL_H)),
    0,
  );
  const rows = Math.max(preferredRow, lastRow) + 2;
  let best: Point = { x: LANE_PADDING, y: LANE_PADDING + rows * CELL_H };
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let row = 0; row <= rows; row++) {
    for (let column = 0; column < 2; column++) {
      const cell = { x: LANE_PADDING + column * CELL_W, y: LANE_PADDING + row * CELL_H };
      const distance = Math.hypot(cell.x - clamped.x, cell.y - clamped.y);
      if (distance < bestDistance && free(cell)) {
        best = cell;
        bestDistance = distance;
      }
    }
  }
  return best;
}

describe('settle: the nearest free place, searched outward', () => {
  it('agrees with trying every cell of the lane, on 2,000 random lanes and drops', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 2_000; trial++) {
      const count = Math.floor(random() * 60);
      const height = 4 + Math.floor(random() * 40);
      const obstacles = Array.from({ length: count }, () =>
        // On the grid mostly, as settled notes are; sometimes anywhere, as moved ones may be.
        random() < 0.7
          ? noteRect({
              x: LANE_PADDING + Math.floor(random() * 2) * CELL_W,
              y: LANE_PADDING + Math.floor(random() * height) * CELL_H,
            })
          : noteRect({ x: random() * 400, y: random() * height * CELL_H }),
      );
      const preferred = { x: random() * 500 - 50, y: random() * (height + 4) * CELL_H - 60 };
      expect(settle(preferred, obstacles)).toEqual(nearestFreeCell(preferred, obstacles));
    }
  });
});
