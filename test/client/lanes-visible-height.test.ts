import { describe, expect, it } from 'vitest';
import { LANE_HEADER_HEIGHT } from '../../shared/layout.ts';
import { lanesVisibleHeight } from '../../client/canvas/laneHeight.ts';
import { MIN_CONTENT_HEIGHT } from '../../client/canvas/boardGeometry.ts';
import { fitRect } from '../../client/canvas/viewport.ts';

/** The screen's y of a board y. */
const screenY = (camera: { y: number; zoom: number }, boardY: number) =>
  boardY * camera.zoom + camera.y;

describe('the lanes drawn down to the bottom of the view', () => {
  const uhd = { width: 3840, height: 2160 };

  it('reach past the bottom of a big screen whose view goes below their content', () => {
    const camera = { x: 0, y: 16, zoom: 1 };
    const height = lanesVisibleHeight(camera, uhd, MIN_CONTENT_HEIGHT);
    expect(height).toBeGreaterThan(MIN_CONTENT_HEIGHT);
    const bottom = screenY(camera, LANE_HEADER_HEIGHT + height);
    expect(bottom).toBeGreaterThanOrEqual(uhd.height + 1);
    expect(bottom).toBeLessThanOrEqual(uhd.height + 8);
  });

  it('follow the zoom and the pan, in board units', () => {
    for (const camera of [
      { x: 0, y: 16, zoom: 0.25 },
      { x: -900, y: -3000, zoom: 2 },
      { x: 40, y: -1000, zoom: 4 },
    ]) {
      const bottom = screenY(camera, LANE_HEADER_HEIGHT + lanesVisibleHeight(camera, uhd, 400));
      expect(bottom, JSON.stringify(camera)).toBeGreaterThanOrEqual(uhd.height + 1);
      expect(bottom, JSON.stringify(camera)).toBeLessThanOrEqual(uhd.height + 8);
    }
  });

  it('keep their content height where the content reaches below the view, as in the fitted view', () => {
    const tall = 5000;
    expect(lanesVisibleHeight({ x: 0, y: 16, zoom: 1 }, uhd, tall)).toBe(tall);
    // Fitted, the whole board shows: the content ends inside the view or at its bottom.
    const bounds = { x: -500, y: 0, width: 3000, height: LANE_HEADER_HEIGHT + tall };
    const fit = fitRect(bounds, uhd, 24, 1);
    const height = lanesVisibleHeight(fit, uhd, tall);
    expect(height).toBeGreaterThanOrEqual(tall);
    expect(screenY(fit, LANE_HEADER_HEIGHT + height)).toBeGreaterThanOrEqual(uhd.height);
  });

  it('keep their content height when the view is wholly above the lanes', () => {
    expect(lanesVisibleHeight({ x: 0, y: 5000, zoom: 1 }, uhd, MIN_CONTENT_HEIGHT)).toBe(
      MIN_CONTENT_HEIGHT,
    );
  });
});
