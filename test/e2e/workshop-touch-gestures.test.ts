import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import {
  center,
  e2eWithBoard,
  fitBoard,
  mustRect,
  noteIds,
  openBoard,
  sleep,
  waitUntil,
  type Point,
} from './harness.ts';

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
  // A workshop's pool: ten people, so the method collection sits low, as on a filled board.
  const setup = e2eWithBoard(() => {
    const board = scenarioBoard();
    for (const name of ['Ole', 'Mette', 'Karen', 'Peter', 'Sofie', 'Lars', 'Ida'])
      board.people.push({ id: name, name, affiliation: 'ØS', category: 'other', core: false });
    return board;
  });

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

  it('at a whiteboard, a form dragged steeply up from a short method collection lands in the meeting', async () => {
    const { e2e, board } = setup;
    const { page, context } = await e2e.user({
      viewport: { width: 1920, height: 1080 },
      hasTouch: true,
    });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Carl' });
    await page.getByTestId('toggle-plan').click();
    await fitBoard(page);
    const cdp = await context.newCDPSession(page);
    const before = await noteIds(page);
    // From the palette's row low on the left, up to meeting 1 beside it: more up than sideways.
    const from = center(await mustRect(page, 'palette', 'pal-oplaeg'));
    const lane = await mustRect(page, 'lane', 'm1');
    const to = { x: lane.x + lane.width * 0.2, y: lane.y + lane.height * 0.3 };
    expect(from.y - to.y).toBeGreaterThan(Math.abs(to.x - from.x));
    await swipe(cdp, from, to);
    const added = await waitUntil(
      async () => (await noteIds(page)).find((id) => !before.includes(id)),
      'the form placed',
    );
    expect(
      (await page.evaluate((id) => window.__netvaerkstavle?.notePosition(id), added))?.lane,
    ).toBe('m1');
  });
});
