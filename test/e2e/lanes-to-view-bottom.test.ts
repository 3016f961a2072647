import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PARKING_WIDTH, PARKING_X } from '../../shared/layout.ts';
import { BOARD_BACKGROUND, LANE_FILL, PARKING_FILL } from '../../client/canvas/colors.ts';
import { scenarioBoard } from './fixtures.ts';
import { colourAt, pngPixelsNear, type Rgb } from './canvasPixels.ts';
import {
  download,
  e2eWithBoard,
  fitBoard,
  mustRect,
  openBoard,
  screenshot,
  sleep,
  type Rect,
} from './harness.ts';

/**
 * Found on a 3840×2160 and a 2560×1440 screen: the lanes ended at about 40 %
 * of the board's height, blank board below, as if a meeting had no room
 * (though a drop there lands in it). A lane is a column down the wall: drawn
 * down past the view's bottom, whatever the zoom and pan; the PNG shows the
 * lanes to the content's bottom, not to a screen's.
 */

const rgb = (hex: string): Rgb => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];
const near = (a: Rgb, b: Rgb) => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= 2);

async function canvasBox(page: Page): Promise<Rect> {
  const box = await page.getByTestId('board-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  return box;
}

/** The colours just above the view's bottom: in meeting 1's lane, the parking area, and the gap after the lane. */
async function bottomColours(page: Page): Promise<{ lane: Rgb; parking: Rgb; gap: Rgb }> {
  const canvas = await canvasBox(page);
  const lane = await mustRect(page, 'lane', 'm1');
  const camera = await page.evaluate(() => window.__netvaerkstavle?.camera());
  if (!camera) throw new Error('no camera');
  // The hook's lane is its header and content box: the content ends well above the view's bottom.
  expect(lane.y + lane.height).toBeLessThan(canvas.y + canvas.height - 40);
  const y = canvas.y + canvas.height - 4;
  const parkingX = canvas.x + camera.x + (PARKING_X + PARKING_WIDTH / 2) * camera.zoom;
  expect(parkingX).toBeGreaterThan(canvas.x);
  return {
    lane: await colourAt(page, { x: lane.x + lane.width / 2, y }),
    parking: await colourAt(page, { x: parkingX, y }),
    gap: await colourAt(page, { x: lane.x + lane.width + 10 * camera.zoom, y }),
  };
}

describe('lanes on a big screen', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('run down to the bottom of the view, fitted, panned and zoomed out, and the PNG ends them at the content', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 2560, height: 1440 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Stor skærm' });
    await fitBoard(page);
    const check = async (when: string) => {
      const seen = await bottomColours(page);
      expect(near(seen.lane, rgb(LANE_FILL)), `${when}: lane ${seen.lane}`).toBe(true);
      expect(near(seen.parking, rgb(PARKING_FILL)), `${when}: parking ${seen.parking}`).toBe(true);
      // Nothing drawn between the columns: the page's board colour shows through.
      expect(seen.gap, `${when}: gap`).toEqual([0, 0, 0]);
    };
    await check('fitted');
    await screenshot(page, 'lanes-to-view-bottom-2560');

    // The wheel pans the board up: more view below the content.
    const canvas = await canvasBox(page);
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, 300);
    await sleep(100);
    await check('panned');
    // Zoomed out (the post-its as plain rectangles below 45 %).
    await page.keyboard.down('Control');
    for (let step = 0; step < 4; step++) await page.mouse.wheel(0, 100);
    await page.keyboard.up('Control');
    await sleep(400);
    expect(await page.evaluate(() => window.__netvaerkstavle?.camera().zoom ?? 1)).toBeLessThan(
      0.45,
    );
    await check('zoomed out');

    // The picture of the board: the lanes end at their content, the margin below is board colour.
    const png = await download(page, 'download-png');
    const bottom = await pngPixelsNear(page, png.bytes, rgb(BOARD_BACKGROUND), {
      rows: { top: -4, count: 1 },
      tolerance: 3,
    });
    expect(bottom.count, 'the bottom row is board colour').toBe(bottom.width);
    const lanes = await pngPixelsNear(page, png.bytes, rgb(LANE_FILL), { tolerance: 3 });
    expect(lanes.count, 'the lanes are in the picture').toBeGreaterThan(0);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('a meeting dragged by its header shows its ghost down to the bottom of the view', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 2560, height: 1440 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Stor skærm' });
    await fitBoard(page);
    const canvas = await canvasBox(page);
    const lane = await mustRect(page, 'lane', 'm2');
    const start = { x: lane.x + 40, y: lane.y + 12 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 5; step++) await page.mouse.move(start.x + step * 8, start.y);
    const [r, , b] = await colourAt(page, { x: start.x + 40, y: canvas.y + canvas.height - 4 });
    // The lane's near-white with the ghost's 10 % of blue over it.
    expect(b - r, `ghost at the view's bottom: ${r}, ${b}`).toBeGreaterThan(8);
    await page.mouse.move(start.x, start.y);
    await page.mouse.up();
    expect((await mustRect(page, 'lane', 'm2')).x).toBe(lane.x);
    expect(e2e.pageErrors).toEqual([]);
  });
});
