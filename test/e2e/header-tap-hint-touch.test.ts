import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANE_HEADER_HEIGHT } from '../../shared/layout.ts';
import type { Board } from '../../shared/schema.ts';
import { scenarioBoard } from './fixtures.ts';
import {
  center,
  e2eWithBoard,
  fetchBoard,
  mustRect,
  openBoard,
  sleep,
  waitUntil,
  type Point,
} from './harness.ts';
import { fingerTaps, touch } from './touchInput.ts';

/**
 * On a touch screen a tap on a lane header with a place shows its date line whole in a bubble
 * for 5 s (tapHint.ts). The header's own taps must work as before while it shows: a double tap
 * opens the lane's editor, a drag reorders the meetings, even when the finger lands where the
 * bubble stands. A tablet: touch events from the DevTools protocol, as a finger sends them.
 */
const LOCATION =
  'Borgerservicecentret i Sundhedshusets østfløj, mødelokale 3 på første sal, indgang fra Østergade';

function placedFirst(): Board {
  const board = scenarioBoard();
  const [first, ...rest] = board.meetings;
  if (!first) throw new Error('no meetings');
  return { ...board, meetings: [{ ...first, location: LOCATION }, ...rest] };
}

const zoomOf = (page: Page) => page.evaluate(() => window.__netvaerkstavle?.camera().zoom ?? 1);

describe("a lane header's tap bubble on a tablet", () => {
  const setup = e2eWithBoard(placedFirst);

  it('leaves the header its double tap to edit and its drag to reorder', async () => {
    const { e2e, board } = setup;
    const { page, context } = await e2e.user({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      isMobile: false,
    });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Tavle' });
    const cdp = await context.newCDPSession(page);
    const { doubleTap } = fingerTaps(cdp);
    const hint = page.getByTestId('board-tap-hint');
    const editor = page.getByRole('dialog', { name: /Rediger møde/ });
    /** A point on m1's header, left of its buttons, `down` px from its top. */
    const onHeader = async (down: number): Promise<Point> => {
      const lane = await mustRect(page, 'lane', 'm1');
      return { x: lane.x + 40, y: lane.y + down };
    };

    // One tap (Playwright's touchscreen): the bubble, with the date line whole.
    const first = await onHeader(24);
    await page.touchscreen.tap(first.x, first.y);
    await hint.waitFor({ state: 'visible', timeout: 3_000 });
    expect(await hint.innerText()).toContain(LOCATION);
    await sleep(500); // past the double-tap window

    // A double tap where the bubble stands, still on the header: the editor opens, the bubble goes.
    const box = await hint.boundingBox();
    if (!box) throw new Error('no bubble');
    const headerTop = (await mustRect(page, 'lane', 'm1')).y;
    const zoom = await zoomOf(page);
    const underBubble = { x: box.x + 20, y: box.y + 8 };
    expect(underBubble.y).toBeLessThan(headerTop + LANE_HEADER_HEIGHT * zoom - 8);
    await doubleTap(underBubble);
    await editor.waitFor({ state: 'visible', timeout: 3_000 });
    await sleep(300);
    expect(await hint.isVisible()).toBe(false);
    await page.getByTestId('editor-cancel').tap();
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });

    // A tap shows the bubble; a drag of the header, starting at once, still reorders the meetings.
    await page.touchscreen.tap(first.x, first.y);
    await hint.waitFor({ state: 'visible', timeout: 3_000 });
    const second = await mustRect(page, 'lane', 'm2');
    const from = await onHeader(60);
    const to = { x: center(second).x + second.width * 0.4, y: from.y };
    await touch(cdp, 'touchStart', [from]);
    // The bubble goes with the press: nothing stands over the header being dragged.
    await hint.waitFor({ state: 'hidden', timeout: 3_000 });
    for (let i = 1; i <= 12; i++) {
      await touch(cdp, 'touchMove', [{ x: from.x + ((to.x - from.x) * i) / 12, y: from.y }]);
      await sleep(16);
    }
    await touch(cdp, 'touchEnd', []);
    await waitUntil(
      async () =>
        (await fetchBoard(e2e.url, board.id)).meetings
          .slice(0, 2)
          .map((m) => m.id)
          .join() === 'm2,m1',
      'm1 moved after m2',
    );
    // A drag is not a tap: no bubble after it.
    await sleep(300);
    expect(await hint.isVisible()).toBe(false);
    expect(e2e.pageErrors).toEqual([]);
  });
});
