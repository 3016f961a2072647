import { describe, expect, it } from 'vitest';
import {
  LANE_PADDING,
  NOTE_GAP,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  nextFreeSpot,
  noteRect,
  rectsOverlap,
} from '../../shared/layout.ts';
import { settle } from '../../shared/settle.ts';

describe('settling notes into free places', () => {
  it('keeps the preferred place when it is free', () => {
    expect(settle({ x: 20, y: 300 }, [])).toEqual({ x: 20, y: 300 });
  });

  it('moves a note dropped onto another to the nearest free cell', () => {
    const occupied = [noteRect({ x: LANE_PADDING, y: LANE_PADDING })];
    const spot = settle({ x: LANE_PADDING + 10, y: LANE_PADDING + 10 }, occupied);
    expect(occupied.some((o) => rectsOverlap(noteRect(spot), o))).toBe(false);
    expect(spot).toEqual({ x: LANE_PADDING, y: LANE_PADDING + NOTE_HEIGHT + NOTE_GAP });
  });

  it('never leaves the lane columns', () => {
    const spot = settle({ x: 5000, y: -40 }, []);
    expect(spot.x).toBe(LANE_PADDING + NOTE_WIDTH + NOTE_GAP);
    expect(spot.y).toBe(LANE_PADDING);
  });

  it('finds room below a full lane', () => {
    const occupied = [0, 1, 2].flatMap((row) =>
      [0, 1].map((col) =>
        noteRect({
          x: LANE_PADDING + col * (NOTE_WIDTH + NOTE_GAP),
          y: LANE_PADDING + row * (NOTE_HEIGHT + NOTE_GAP),
        }),
      ),
    );
    const spot = settle({ x: LANE_PADDING, y: LANE_PADDING }, occupied);
    expect(occupied.some((o) => rectsOverlap(noteRect(spot), o))).toBe(false);
    expect(spot.y).toBe(LANE_PADDING + 3 * (NOTE_HEIGHT + NOTE_GAP));
  });

  it('fills places in reading order for notes added by an operation', () => {
    const first = nextFreeSpot([]);
    const second = nextFreeSpot([noteRect(first)]);
    const third = nextFreeSpot([noteRect(first), noteRect(second)]);
    expect([first, second, third].map((p) => [p.x, p.y])).toEqual([
      [LANE_PADDING, LANE_PADDING],
      [LANE_PADDING + NOTE_WIDTH + NOTE_GAP, LANE_PADDING],
      [LANE_PADDING, LANE_PADDING + NOTE_HEIGHT + NOTE_GAP],
    ]);
  });
});
