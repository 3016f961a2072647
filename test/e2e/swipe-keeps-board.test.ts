import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { center, e2eWithBoard, mustRect, openBoard, sleep, type Point } from './harness.ts';

/** One finger from `from` to `to`, through the DevTools protocol's real touch input. */
async function swipe(cdp: CDPSession, from: Point, to: Point, steps = 14): Promise<void> {
  const at = (p: Point) => [{ x: p.x, y: p.y, id: 0 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from) });
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const p = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(p) });
    await sleep(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/**
 * Live workshop walk: a participant at a tablet swiped sideways from a side
 * panel's heading towards the board (a drag that missed a row) and Chromium
 * took it for its "back" gesture: the page went back to where it came from
 * (here about:blank), off the board, in the middle of the workshop.
 */
describe('a sideways swipe on a touch screen', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('over a panel heading or the toolbar keeps the board open', async () => {
    const { e2e, board } = setup;
    const { page, context } = await e2e.user({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
    });
    await page.goto('about:blank');
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    const cdp = await context.newCDPSession(page);
    const boardUrl = page.url();
    const lane = center(await mustRect(page, 'lane', 'm2'));
    // The board's title in the toolbar, then the method collection's heading: nothing there scrolls sideways.
    for (const target of [
      page.getByTestId('board-title').first(),
      page.getByRole('heading', { name: 'Metodesamling' }),
    ]) {
      const box = await target.boundingBox();
      if (!box) throw new Error('not on screen');
      await swipe(cdp, { x: box.x + 10, y: box.y + box.height / 2 }, lane);
      await sleep(800);
      expect(page.url()).toBe(boardUrl);
    }
    expect(await page.evaluate(() => window.__netvaerkstavle?.ready)).toBe(true);
    expect(e2e.pageErrors).toEqual([]);
  });
});
