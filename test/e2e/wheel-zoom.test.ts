import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { colourAt, type Rgb } from './canvasPixels.ts';
import { center, e2eWithBoard, mustRect, openBoard, waitUntil, type Rect } from './harness.ts';

/** Near a post-it's lower right corner, clear of its text. */
async function colourInNote(page: Page, id: string): Promise<{ rgb: Rgb; rect: Rect }> {
  const rect = await mustRect(page, 'note', id);
  const rgb = await colourAt(page, {
    x: rect.x + rect.width * 0.93,
    y: rect.y + rect.height * 0.88,
  });
  return { rgb, rect };
}

const close = (a: Rgb, b: Rgb) => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= 16);

/** Issue 4: zoom with the wheel (and a pinch) without the post-its ever leaving the screen. */
describe('wheel zoom on the board', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('shows the post-its at every step and draws them in full once the zoom rests', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Zoom' });
    const before = await colourInNote(page, 'n1');
    const lane = await mustRect(page, 'lane', 'm1');
    const empty = await colourAt(page, { x: center(lane).x, y: lane.y + lane.height - 20 });
    expect(close(before.rgb, empty), 'the post-it stands out from its lane').toBe(false);
    const startZoom = await page.evaluate(() => window.__netvaerkstavle?.camera().zoom ?? 0);

    await page.mouse.move(center(before.rect).x, center(before.rect).y);
    await page.keyboard.down('Control');
    const during: Rgb[] = [];
    for (let step = 0; step < 4; step++) {
      await page.mouse.wheel(0, -100);
      const seen = await colourInNote(page, 'n1');
      expect(seen.rect.width).toBeGreaterThan(before.rect.width);
      during.push(seen.rgb);
    }
    await page.keyboard.up('Control');
    for (const rgb of during) expect(close(rgb, before.rgb), `${rgb} ~ ${before.rgb}`).toBe(true);

    // The zoom rests (a timer), then the post-its are drawn in full (a render): wait for that,
    // not for a time, which a busy machine may need more of.
    await waitUntil(
      () => page.evaluate(() => (window.__netvaerkstavle?.renderedNotes() ?? 0) > 0),
      'the post-its drawn in full once the zoom rests',
    );
    const after = await colourInNote(page, 'n1');
    const zoom = await page.evaluate(() => window.__netvaerkstavle?.camera().zoom ?? 0);
    expect(zoom).toBeGreaterThan(startZoom * 2);
    expect(after.rect.width).toBeCloseTo(before.rect.width * (zoom / startZoom), 0);
    expect(after.rgb).toEqual(before.rgb);
  });

  it('draws the lanes under the post-its on one canvas, the lanes shown through a zoom', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Lanes' });
    // A canvas more is a buffer more for the browser to make and hand on at every frame.
    const canvases = await page.evaluate(
      () => document.querySelectorAll('[data-testid="board-canvas"] canvas').length,
    );
    expect(canvases, 'the board (lanes and post-its) and the drag layer').toBe(2);
    const lane = await mustRect(page, 'lane', 'm1');
    const spot = { x: center(lane).x, y: lane.y + lane.height - 20 };
    const empty = await colourAt(page, spot);
    await page.mouse.move(spot.x, spot.y);
    await page.keyboard.down('Control');
    for (let step = 0; step < 3; step++) {
      await page.mouse.wheel(0, 100);
      const lanes = await mustRect(page, 'lane', 'm1');
      const seen = await colourAt(page, { x: center(lanes).x, y: lanes.y + lanes.height - 12 });
      expect(close(seen, empty), `the lane while zooming: ${seen} ~ ${empty}`).toBe(true);
    }
    await page.keyboard.up('Control');
  });
});
