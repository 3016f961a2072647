import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  center,
  mustRect,
  notePosition,
  openBoard,
  sleep,
  type Point,
} from './harness.ts';
import { fingerTaps, touch } from './touchInput.ts';

const selection = (page: Page) => page.evaluate(() => window.__netvaerkstavle?.selection() ?? []);
const zoom = (page: Page) => page.evaluate(() => window.__netvaerkstavle?.camera().zoom ?? 0);

/** The first finger at `at`, the second a moment later beside it, then they spread. */
async function pinchOpenFrom(cdp: CDPSession, at: Point): Promise<void> {
  await touch(cdp, 'touchStart', [at]);
  await sleep(60);
  const second = { x: at.x + 60, y: at.y + 40 };
  await touch(cdp, 'touchStart', [at, second]);
  for (let i = 1; i <= 12; i++) {
    const t = i / 12;
    await touch(cdp, 'touchMove', [
      { x: at.x - 30 * t, y: at.y - 20 * t },
      { x: second.x + 60 * t, y: second.y + 40 * t },
    ]);
    await sleep(16);
  }
  await touch(cdp, 'touchEnd', []);
  await sleep(200);
}

/**
 * The walk, on a tablet: a two-finger pinch whose first finger landed on a
 * post-it selected that post-it (a one-finger press selects at once). A pinch
 * zooms; it is no choice of post-it, so the selection stays as it was.
 */
describe('a pinch on a tablet', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('whose first finger lands on a post-it leaves the selection as it was', async () => {
    const { e2e, board } = setup;
    const { page, context } = await e2e.user({ hasTouch: true });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Tavle' });
    const cdp = await context.newCDPSession(page);
    expect(await selection(page)).toEqual([]);

    const placed = await notePosition(page, 'n1');
    const before = await zoom(page);
    await pinchOpenFrom(cdp, center(await mustRect(page, 'note', 'n1')));

    expect(await zoom(page)).toBeGreaterThan(before * 1.3);
    expect(await notePosition(page, 'n1')).toEqual(placed);
    expect(await selection(page)).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('on one post-it keeps another post-it selected, as it was before', async () => {
    const { e2e, board } = setup;
    const { page, context } = await e2e.user({ hasTouch: true });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Tavle' });
    const cdp = await context.newCDPSession(page);
    await fingerTaps(cdp).tap(center(await mustRect(page, 'note', 'f2')));
    await expect.poll(() => selection(page)).toEqual(['f2']);

    const before = await zoom(page);
    await pinchOpenFrom(cdp, center(await mustRect(page, 'note', 'n1')));

    expect(await zoom(page)).toBeGreaterThan(before * 1.3);
    expect(await selection(page)).toEqual(['f2']);
    expect(e2e.pageErrors).toEqual([]);
  });
});
