import { describe, expect, it } from 'vitest';
import { LANE_WIDTH, PARKING_X, laneX } from '../../shared/layout.ts';
import {
  MAX_ZOOM,
  boardToScreen,
  centerBelowTop,
  centerOn,
  fitRect,
  screenToBoard,
  scrollIntoView,
  startCamera,
  visibleBoardRect,
  wheelCamera,
  zoomAt,
} from '../../client/canvas/viewport.ts';

const camera = { x: 100, y: 50, zoom: 2 };
const wheel = {
  deltaX: 0,
  deltaY: 0,
  deltaMode: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
};

describe('viewport math', () => {
  it('maps screen to board and back', () => {
    const board = screenToBoard(camera, { x: 300, y: 250 });
    expect(board).toEqual({ x: 100, y: 100 });
    expect(boardToScreen(camera, board)).toEqual({ x: 300, y: 250 });
  });

  it('keeps the board point under the pointer when zooming at it', () => {
    const pointer = { x: 420, y: 310 };
    const before = screenToBoard(camera, pointer);
    const zoomed = zoomAt(camera, pointer, 1.5);
    expect(zoomed.zoom).toBeCloseTo(3);
    const after = screenToBoard(zoomed, pointer);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('clamps zoom to its limits', () => {
    expect(zoomAt(camera, { x: 0, y: 0 }, 1000).zoom).toBe(MAX_ZOOM);
  });

  it('fits a rectangle inside the viewport, centred across and from the top, never above 100 %', () => {
    const rect = { x: -500, y: 0, width: 3000, height: 1000 };
    const fitted = fitRect(rect, { width: 1000, height: 800 }, 20);
    expect(fitted.zoom).toBeCloseTo(960 / 3000);
    const topLeft = boardToScreen(fitted, rect);
    const bottomRight = boardToScreen(fitted, { x: rect.x + rect.width, y: rect.y + rect.height });
    expect(topLeft.x).toBeCloseTo(20);
    expect(bottomRight.x).toBeCloseTo(980);
    expect(topLeft.y).toBeCloseTo(20);
    expect(bottomRight.y).toBeLessThan(780);
    expect(fitRect({ x: 0, y: 0, width: 10, height: 10 }, { width: 1000, height: 800 }).zoom).toBe(
      1,
    );
  });

  it('centres a board point', () => {
    const centred = centerOn(camera, { x: 500, y: 500 }, { width: 800, height: 600 });
    expect(boardToScreen(centred, { x: 500, y: 500 })).toEqual({ x: 400, y: 300 });
  });

  it('reveals a rect near the board top without pushing the headers down the screen', () => {
    const viewport = { width: 800, height: 600 };
    const nearTop = { x: 500, y: 100, width: 190, height: 116 };
    const shown = centerBelowTop({ x: 0, y: 0, zoom: 1 }, nearTop, viewport);
    // Across, centred; the board's top (y 0) at 16 px, not 142 px down.
    expect(boardToScreen(shown, { x: 595, y: 0 })).toEqual({ x: 400, y: 16 });
    const low = { ...nearTop, y: 2000 };
    expect(centerBelowTop({ x: 0, y: 0, zoom: 1 }, low, viewport)).toEqual(
      centerOn({ x: 0, y: 0, zoom: 1 }, { x: 595, y: 2058 }, viewport),
    );
    // A parked note above the board's top is centred as it is.
    const above = { ...nearTop, y: -400 };
    expect(centerBelowTop({ x: 0, y: 0, zoom: 1 }, above, viewport)).toEqual(
      centerOn({ x: 0, y: 0, zoom: 1 }, { x: 595, y: -342 }, viewport),
    );
  });

  it('computes the visible board rectangle with a screen margin', () => {
    const rect = visibleBoardRect(camera, { width: 800, height: 600 }, 100);
    expect(rect).toEqual({ x: -100, y: -75, width: 500, height: 400 });
  });

  it('pans on a plain wheel, horizontally with shift, and zooms with ctrl at the pointer', () => {
    expect(wheelCamera(camera, { ...wheel, deltaY: 40 }, { x: 0, y: 0 })).toEqual({
      ...camera,
      y: 10,
    });
    expect(wheelCamera(camera, { ...wheel, deltaY: 40, shiftKey: true }, { x: 0, y: 0 })).toEqual({
      ...camera,
      x: 60,
    });
    const pointer = { x: 200, y: 200 };
    const zoomedIn = wheelCamera(camera, { ...wheel, deltaY: -100, ctrlKey: true }, pointer);
    expect(zoomedIn.zoom).toBeGreaterThan(camera.zoom);
    expect(screenToBoard(zoomedIn, pointer).x).toBeCloseTo(screenToBoard(camera, pointer).x);
    const back = wheelCamera(zoomedIn, { ...wheel, deltaY: 100, ctrlKey: true }, pointer);
    expect(back.zoom).toBeCloseTo(camera.zoom);
  });
});

describe('the start view', () => {
  // Six meetings and the parking area, 1080 units high (header and a few notes).
  const bounds = { x: PARKING_X, y: 0, width: laneX(5) + LANE_WIDTH - PARKING_X, height: 1080 };
  /** Where meeting `index`'s lane shows on screen, from its left to its right edge. */
  const lane = (camera: { x: number; zoom: number }, index: number) => ({
    left: camera.x + laneX(index) * camera.zoom,
    right: camera.x + (laneX(index) + LANE_WIDTH) * camera.zoom,
  });

  it('shows the parking area and the first meeting whole at a readable zoom beside the side panels', () => {
    // 1366×768 beside the side panels: at 75 % the third meeting's header was cut in half.
    const camera = startCamera(bounds, { width: 1086, height: 660 }, 0.75);
    expect(camera.zoom).toBeGreaterThanOrEqual(0.75);
    expect(camera.x).toBeCloseTo(24 - PARKING_X * camera.zoom);
    expect(lane(camera, 1).right).toBeLessThanOrEqual(1086);
  });

  it('ends in a gap between meetings, zooming in up to 105 %, not in a meeting’s header', () => {
    // 1920×1080 with the side panels and the plan: the board is 910 px wide. At 75 % the
    // second meeting's header (its + Kerne, ×) was under the plan.
    for (const width of [910, 744, 1086, 1640]) {
      const camera = startCamera(bounds, { width, height: 900 }, 0.75);
      expect(camera.zoom).toBeGreaterThanOrEqual(0.75);
      expect(camera.zoom).toBeLessThanOrEqual(1.05);
      for (let index = 0; index < 6; index++) {
        const shown = lane(camera, index);
        // Whole, out of view, or no more than its border (12 units) showing.
        const ok = shown.right <= width || shown.left >= width - 12 * camera.zoom - 0.001;
        expect(ok, `meeting ${index + 1} at ${width} px`).toBe(true);
      }
    }
    // There, from the parking area only the first meeting would show: it starts at the first
    // meeting instead, the first two whole.
    const whiteboard = startCamera(bounds, { width: 910, height: 900 }, 0.75);
    expect(lane(whiteboard, 0).left).toBe(24);
    expect(lane(whiteboard, 1).right).toBeLessThanOrEqual(910);
  });

  it('stays at the readable zoom where only more than 105 % would end in a gap', () => {
    // An upright tablet beside the side panels (488 px): the first meeting whole, the second cut.
    const camera = startCamera(bounds, { width: 488, height: 800 }, 0.75);
    expect(camera).toEqual({ zoom: 0.75, x: 24, y: 16 });
  });

  it('shows the first meeting whole, without the parking area, on a board beside the plan', () => {
    // 1024×768 with the plan open: the board is 636 px wide.
    const camera = startCamera(bounds, { width: 636, height: 660 }, 0.75);
    expect(camera).toEqual({ zoom: 0.75, x: 24, y: 16 });
    expect(lane(camera, 0).left).toBe(24);
    expect(lane(camera, 0).right).toBeLessThanOrEqual(636);
  });

  it('is the whole board when it fits at a readable zoom', () => {
    const camera = startCamera(bounds, { width: 3000, height: 1500 }, 0.75);
    expect(camera).toEqual(fitRect(bounds, { width: 3000, height: 1500 }, 24, 1));
  });
});

describe('scrollIntoView', () => {
  const viewport = { width: 800, height: 600 };
  const note = { x: 100, y: 100, width: 180, height: 110 };

  it('leaves the camera itself when the rect shows whole', () => {
    const camera = { x: 0, y: 0, zoom: 1 };
    expect(scrollIntoView(camera, note, viewport)).toBe(camera);
  });

  it('moves the board up only as far as needed for a rect below the view, the zoom kept', () => {
    const camera = { x: 0, y: -300, zoom: 0.5 };
    const below = { ...note, y: 1400 }; // on screen 400–455: shows whole
    expect(scrollIntoView(camera, below, viewport)).toBe(camera);
    const further = { ...note, y: 1700 }; // on screen 550–605
    expect(scrollIntoView(camera, further, viewport)).toEqual({ x: 0, y: -329, zoom: 0.5 });
  });

  it('moves the board down and right for a rect above and left of the view', () => {
    const camera = { x: -200, y: -200, zoom: 1 };
    expect(scrollIntoView(camera, note, viewport)).toEqual({ x: 24 - 100, y: 24 - 100, zoom: 1 });
  });

  it('shows a rect taller than the view from its top', () => {
    const camera = { x: 0, y: 0, zoom: 1 };
    const tall = { x: 100, y: 700, width: 180, height: 900 };
    expect(scrollIntoView(camera, tall, viewport)).toEqual({ x: 0, y: 24 - 700, zoom: 1 });
  });
});
