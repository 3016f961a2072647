import { describe, expect, it } from 'vitest';
import {
  CELL_H,
  CELL_W,
  LANE_PADDING,
  NOTE_CLEARANCE,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  noteRect,
  rectsOverlap,
  type Point,
  type Rect,
} from '../../shared/layout.ts';
import { settle, settleBlock } from '../../shared/settle.ts';
import { seededRandom } from '../helpers/boards.ts';

/** The note's rectangle grown by the clearance another note must keep from it. */
const zone = (p: Point): Rect => ({
  x: p.x - NOTE_CLEARANCE,
  y: p.y - NOTE_CLEARANCE,
  width: NOTE_WIDTH + 2 * NOTE_CLEARANCE,
  height: NOTE_HEIGHT + 2 * NOTE_CLEARANCE,
});

/**
 * The definition settle and settleBlock must meet: the block where it was let
 * go (kept inside the lane) when no note comes nearer than the clearance,
 * otherwise, of every cell of the lane where its top-left corner could go, the
 * nearest such one, ties in reading order.
 */
function nearestFreeBlock(members: readonly Point[], obstacles: readonly Rect[]): Point[] {
  const left = Math.min(...members.map((m) => m.x));
  const top = Math.min(...members.map((m) => m.y));
  const width = Math.max(...members.map((m) => m.x)) + NOTE_WIDTH - left;
  const maxX = LANE_PADDING + CELL_W + NOTE_WIDTH - width;
  const clamped = {
    x: Math.min(Math.max(left, LANE_PADDING), maxX),
    y: Math.max(top, LANE_PADDING),
  };
  const at = (anchor: Point) =>
    members.map((m) => ({ x: anchor.x + m.x - left, y: anchor.y + m.y - top }));
  const free = (anchor: Point) =>
    at(anchor).every((p) => !obstacles.some((o) => rectsOverlap(zone(p), o)));
  if (free(clamped)) return at(clamped);
  const preferredRow = Math.max(0, Math.round((clamped.y - LANE_PADDING) / CELL_H));
  const lastRow = obstacles.reduce(
    (max, o) => Math.max(max, Math.ceil((o.y + o.height - LANE_PADDING) / CELL_H)),
    0,
  );
  const rows = Math.max(preferredRow, lastRow) + 2;
  let best: Point = { x: LANE_PADDING, y: LANE_PADDING + rows * CELL_H };
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let row = 0; row <= rows; row++) {
    for (let column = 0; LANE_PADDING + column * CELL_W <= maxX; column++) {
      const cell = { x: LANE_PADDING + column * CELL_W, y: LANE_PADDING + row * CELL_H };
      const distance = Math.hypot(cell.x - clamped.x, cell.y - clamped.y);
      if (distance < bestDistance && free(cell)) {
        best = cell;
        bestDistance = distance;
      }
    }
  }
  return at(best);
}

/**
 * A random lane (up to 60 notes: on the grid mostly, as settled notes are;
 * sometimes anywhere, as moved ones may be) and a random place to let go in it.
 */
function randomDrop(random: () => number): { obstacles: Rect[]; preferred: Point } {
  const height = 4 + Math.floor(random() * 40);
  const obstacles = Array.from({ length: Math.floor(random() * 60) }, () =>
    random() < 0.7
      ? noteRect({
          x: LANE_PADDING + Math.floor(random() * 2) * CELL_W,
          y: LANE_PADDING + Math.floor(random() * height) * CELL_H,
        })
      : noteRect({ x: random() * 400, y: random() * height * CELL_H }),
  );
  const preferred = { x: random() * 500 - 50, y: random() * (height + 4) * CELL_H - 60 };
  return { obstacles, preferred };
}

describe('settle: the nearest free place, searched outward', () => {
  it('agrees with trying every cell of the lane, on 2,000 random lanes and drops', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 2_000; trial++) {
      const { obstacles, preferred } = randomDrop(random);
      expect([settle(preferred, obstacles)]).toEqual(nearestFreeBlock([preferred], obstacles));
    }
  });

  it('settles a block (a stack, maybe a note beside it) as trying every cell would, on 2,000 lanes', () => {
    const random = seededRandom(12);
    for (let trial = 0; trial < 2_000; trial++) {
      const { obstacles, preferred } = randomDrop(random);
      const stack = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => ({
        x: preferred.x,
        y: preferred.y + i * CELL_H,
      }));
      const block =
        random() < 0.3 ? [...stack, { x: preferred.x + CELL_W, y: preferred.y }] : stack;
      expect(settleBlock(block, obstacles)).toEqual(nearestFreeBlock(block, obstacles));
    }
  });

  it('has no place for a block wider than the lane', () => {
    expect(
      settleBlock(
        [
          { x: 12, y: 12 },
          { x: 12 + 2 * CELL_W, y: 12 },
        ],
        [],
      ),
    ).toBeNull();
  });
});
