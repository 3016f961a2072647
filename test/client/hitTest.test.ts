import { describe, expect, it } from 'vitest';
import {
  LANE_HEADER_HEIGHT,
  LANE_WIDTH,
  NOTE_HEIGHT,
  PARKING_X,
  PARKING_Y,
  laneX,
} from '../../shared/layout.ts';
import {
  columnAtX,
  computeLayout,
  headerButtonRect,
  MIN_CONTENT_HEIGHT,
} from '../../client/canvas/boardGeometry.ts';
import { hitPoint, laneDropIndex, notesInRect } from '../../client/canvas/hitTest.ts';
import { boardWith, form, idea } from './boardFixture.ts';

describe('board layout', () => {
  it('places lane notes relative to their lane content box and parked notes in board coordinates', () => {
    const layout = computeLayout(
      boardWith([
        idea('a', 'meetingBBB2', 12, 12),
        idea('p', null, PARKING_X + 12, PARKING_Y + 12),
      ]),
    );
    expect(layout.noteById.get('a')).toMatchObject({
      x: laneX(1) + 12,
      y: LANE_HEADER_HEIGHT + 12,
      lane: 'meetingBBB2',
    });
    expect(layout.noteById.get('p')).toMatchObject({
      x: PARKING_X + 12,
      y: PARKING_Y + 12,
      lane: null,
    });
  });

  it('gives every lane the tallest lane height, at least the minimum', () => {
    expect(computeLayout(boardWith([])).contentHeight).toBe(MIN_CONTENT_HEIGHT);
    const tall = computeLayout(boardWith([idea('a', 'meetingAAA1', 12, 2000)]));
    expect(tall.contentHeight).toBeGreaterThan(2000 + NOTE_HEIGHT);
  });

  it('numbers network meetings and sums form minutes per lane', () => {
    const layout = computeLayout(
      boardWith([form('f1', 'meetingBBB2', 12, 12, 45), form('f2', 'meetingBBB2', 204, 12, 30)]),
    );
    expect(layout.lanes.map((l) => l.number)).toEqual([1, 2, null]);
    expect(layout.laneById.get('meetingBBB2')?.formsMinutes).toBe(75);
  });

  it('treats a note whose lane no longer exists as parked', () => {
    const layout = computeLayout(boardWith([idea('a', 'goneLane', 5, 5)]));
    expect(layout.noteById.get('a')?.lane).toBeNull();
  });
});

describe('hit testing', () => {
  const layout = computeLayout(
    boardWith([
      idea('under', 'meetingAAA1', 12, 12),
      idea('over', 'meetingAAA1', 40, 40),
      idea('parked', null, PARKING_X + 20, PARKING_Y + 20),
    ]),
  );

  it('finds the topmost note and lane-relative coordinates', () => {
    const hit = hitPoint(layout, { x: laneX(0) + 50, y: LANE_HEADER_HEIGHT + 50 });
    expect(hit).toMatchObject({
      area: 'note',
      noteId: 'over',
      lane: 'meetingAAA1',
      laneX: 50,
      laneY: 50,
    });
  });

  it('finds empty lane space, the header and its buttons', () => {
    expect(hitPoint(layout, { x: laneX(1) + 30, y: LANE_HEADER_HEIGHT + 300 })).toMatchObject({
      area: 'lane',
      lane: 'meetingBBB2',
      noteId: null,
    });
    expect(hitPoint(layout, { x: laneX(1) + 30, y: 20 })).toMatchObject({
      area: 'header',
      lane: 'meetingBBB2',
    });
    const button = headerButtonRect('delete');
    expect(hitPoint(layout, { x: laneX(2) + button.x + 5, y: button.y + 5 })).toMatchObject({
      area: 'headerButton',
      button: 'delete',
      lane: 'meetingFIN3',
    });
  });

  it("gives a finger's header buttons 44 px at the zoom, the nearer one where they meet; a mouse the drawn ones", () => {
    // At 78 % the buttons are drawn 28 px high; a finger's 44 px is 56 board units.
    const reach = 44 / 0.78;
    const core = headerButtonRect('addCore');
    const cross = headerButtonRect('delete');
    const lane = laneX(1);
    const at = (x: number, y: number, r: number) => hitPoint(layout, { x: lane + x, y }, r).button;
    const coreMiddle = core.x + core.width / 2;
    const crossMiddle = cross.x + cross.width / 2;
    const below = core.y + core.height + 8;
    // 8 units under the drawn buttons (6 px at 78 %): hit by a finger, not by a mouse.
    expect(at(coreMiddle, below, reach)).toBe('addCore');
    expect(at(crossMiddle, below, reach)).toBe('delete');
    expect(at(coreMiddle, below, 0)).toBeNull();
    expect(at(crossMiddle + reach / 2 - 1, cross.y + 5, reach)).toBe('delete');
    expect(at(crossMiddle + reach / 2 + 1, cross.y + 5, reach)).toBeNull();
    // In the gap between them, the nearer one.
    const gap = cross.x - (core.x + core.width);
    expect(at(core.x + core.width + gap / 2 - 1, cross.y + 5, reach)).toBe('addCore');
    expect(at(core.x + core.width + gap / 2 + 1, cross.y + 5, reach)).toBe('delete');
    // Past the 44 px: the header.
    expect(
      hitPoint(
        layout,
        { x: lane + coreMiddle, y: core.y + core.height / 2 + reach / 2 + 1 },
        reach,
      ),
    ).toMatchObject({ area: 'header', button: null });
  });

  it('finds the parking area and its notes, and nothing in the gap between lanes', () => {
    expect(hitPoint(layout, { x: PARKING_X + 30, y: PARKING_Y + 30 })).toMatchObject({
      area: 'note',
      noteId: 'parked',
      lane: null,
    });
    expect(hitPoint(layout, { x: PARKING_X + 300, y: PARKING_Y + 300 })).toMatchObject({
      area: 'parking',
      lane: null,
    });
    expect(hitPoint(layout, { x: laneX(1) - 5, y: 300 })).toMatchObject({
      area: 'empty',
      lane: null,
    });
  });

  it('finds the lanes and the parking area below their content too, where they are drawn down to the view', () => {
    const below = LANE_HEADER_HEIGHT + layout.contentHeight + 2000;
    expect(hitPoint(layout, { x: laneX(1) + 30, y: below })).toMatchObject({
      area: 'lane',
      lane: 'meetingBBB2',
      noteId: null,
    });
    expect(hitPoint(layout, { x: PARKING_X + 30, y: below })).toMatchObject({
      area: 'parking',
      lane: null,
    });
    expect(hitPoint(layout, { x: laneX(1) - 5, y: below })).toMatchObject({ area: 'empty' });
  });

  it('maps any board x to the nearest column for drops', () => {
    expect(columnAtX(layout, PARKING_X + 10)).toBeNull();
    expect(columnAtX(layout, laneX(1) + 10)).toBe('meetingBBB2');
    expect(columnAtX(layout, laneX(1) - 5)).toBe('meetingBBB2');
    expect(columnAtX(layout, laneX(2) + 5000)).toBe('meetingFIN3');
  });

  it('selects notes overlapping a marquee rectangle', () => {
    expect(
      notesInRect(layout, { x: laneX(0), y: LANE_HEADER_HEIGHT, width: 30, height: 30 }),
    ).toEqual(['under']);
    expect(
      notesInRect(layout, { x: laneX(0), y: 0, width: LANE_WIDTH, height: 1000 }).sort(),
    ).toEqual(['over', 'under']);
  });

  it('computes where a lane dragged by its header lands', () => {
    expect(laneDropIndex(layout, 'meetingAAA1', laneX(1) + LANE_WIDTH * 0.75)).toBe(1);
    expect(laneDropIndex(layout, 'meetingBBB2', laneX(0) + 10)).toBe(0);
  });

  it('keeps the final meeting last when a header is dragged, as the move operation does', () => {
    // Past the final meeting: just before it.
    expect(laneDropIndex(layout, 'meetingAAA1', laneX(2) + LANE_WIDTH * 0.75)).toBe(1);
    // The final meeting itself lands where it is.
    expect(laneDropIndex(layout, 'meetingFIN3', laneX(0) + 10)).toBe(2);
  });
});
