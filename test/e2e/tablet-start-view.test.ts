import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import {
  boardSized,
  e2eWithBoard,
  fetchBoard,
  mustRect,
  openBoard,
  screenshot,
  showPlan,
  type Rect,
} from './harness.ts';

/**
 * What a coordinator saw on a tablet: upright (768×1024), beside the side
 * panels, the board showed the parking area and a sliver of the first meeting;
 * at 1024×768 (and 1366×768), opening the plan left the first meeting's header
 * buttons (+ Kerne, ×) half under it. Upright, the plan covered 520 of the
 * board's 768 px; on a 1920 px whiteboard it hid the second meeting's header.
 */

const ctx = e2eWithBoard(() => scenarioBoard());

async function boardAt(viewport: { width: number; height: number }): Promise<Page> {
  const { page } = await ctx.e2e.user({ viewport, hasTouch: true });
  await openBoard(page, `${ctx.e2e.url}${ctx.board.editUrl}`);
  return page;
}

const box = async (page: Page, testId: string): Promise<Rect> => {
  const found = await page.getByTestId(testId).boundingBox();
  if (!found) throw new Error(`${testId} has no box`);
  return found;
};

describe('the board on a tablet', () => {
  it('upright, with the side panels open, shows the first meeting whole, and the first two once they close', async () => {
    const page = await boardAt({ width: 768, height: 1024 });
    expect(await page.getByTestId('toggle-panels').getAttribute('aria-pressed')).toBe('true');
    const canvas = await box(page, 'board-canvas');
    const first = await mustRect(page, 'lane', 'm1');
    expect(first.x).toBeGreaterThanOrEqual(canvas.x);
    expect(first.x + first.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    await screenshot(page, 'tablet-upright-panels');

    // Not moved yet, the view follows the board's new width: the first two meetings (from the
    // parking area, only the first would show whole).
    await page.getByTestId('toggle-panels').click();
    await boardSized(page);
    const wide = await box(page, 'board-canvas');
    expect(wide.width).toBe(768);
    const after = await mustRect(page, 'lane', 'm1');
    expect(after.x).toBe(wide.x + 24);
    expect((await mustRect(page, 'lane', 'm2')).x + after.width).toBeLessThanOrEqual(768);
  });

  it('upright, shows the plan under the board, which keeps its width and the first meeting’s header', async () => {
    const page = await boardAt({ width: 768, height: 1024 });
    await showPlan(page);
    await boardSized(page);
    const canvas = await box(page, 'board-canvas');
    const area = await page.locator('.plan-area').boundingBox();
    if (!area) throw new Error('no plan area');
    expect(canvas.width).toBe(768);
    expect(area).toMatchObject({ x: 0, width: 768 });
    expect(area.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    expect(area.y + area.height).toBeLessThanOrEqual(1024);
    // The board keeps more of the screen than the plan.
    expect(canvas.height).toBeGreaterThan(area.height);
    const first = await mustRect(page, 'lane', 'm1');
    expect(first.x + first.width).toBeLessThanOrEqual(768);
    const onBoard = await page.evaluate(
      ([x, y]) =>
        document.elementFromPoint(x!, y!)?.closest('[data-testid="board-canvas"]') != null,
      [first.x + first.width - 20, first.y + 20],
    );
    expect(onBoard).toBe(true);
    await screenshot(page, 'plan-open-upright-tablet');
  });

  it('on a 1920×1080 whiteboard beside the plan, shows no meeting’s header half under it', async () => {
    const page = await boardAt({ width: 1920, height: 1080 });
    await showPlan(page);
    await boardSized(page);
    const canvas = await box(page, 'board-canvas');
    // The board ends where the plan begins.
    const edge = canvas.x + canvas.width;
    expect(edge).toBeLessThanOrEqual((await box(page, 'plan-view')).x);
    const zoom = await page.evaluate(() => window.__netvaerkstavle?.camera().zoom ?? 0);
    expect(zoom).toBeGreaterThanOrEqual(0.75);
    const meetings = (await fetchBoard(ctx.e2e.url, ctx.board.id)).meetings;
    for (const meeting of meetings) {
      const lane = await mustRect(page, 'lane', meeting.id);
      if (lane.x >= edge) continue;
      // Whole beside the plan, or no more than the lane's border (12 units) showing.
      const whole = lane.x + lane.width <= edge;
      expect(whole || edge - lane.x <= 12 * zoom + 1, `${meeting.id} at ${lane.x}`).toBe(true);
    }
    await screenshot(page, 'plan-open-start-view-1920');
  });

  // At 3840 px the plan took 38 % (1,459 px, its table's columns stretched thin) and left the
  // board too little to open whole: the final meeting was under the plan.
  it('on a 3840×2160 whiteboard beside the plan, opens showing every meeting', async () => {
    const page = await boardAt({ width: 3840, height: 2160 });
    await showPlan(page);
    await boardSized(page);
    expect((await box(page, 'plan-view')).width).toBeLessThanOrEqual(1000);
    const canvas = await box(page, 'board-canvas');
    for (const meeting of (await fetchBoard(ctx.e2e.url, ctx.board.id)).meetings) {
      const lane = await mustRect(page, 'lane', meeting.id);
      expect(lane.x + lane.width, meeting.id).toBeLessThanOrEqual(canvas.x + canvas.width);
    }
    const zoom = await page.evaluate(() => window.__netvaerkstavle?.camera().zoom ?? 0);
    expect(zoom).toBeGreaterThanOrEqual(0.75);
  });

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1366, height: 768 },
  ]) {
    it(`keeps the first meeting whole, its header buttons too, beside the plan at ${viewport.width}×${viewport.height}`, async () => {
      const page = await boardAt(viewport);
      await showPlan(page);
      await boardSized(page);
      const plan = await box(page, 'plan-view');
      const first = await mustRect(page, 'lane', 'm1');
      const canvas = await box(page, 'board-canvas');
      expect(first.x).toBeGreaterThanOrEqual(canvas.x);
      expect(first.x + first.width).toBeLessThanOrEqual(plan.x);
      // The header's delete button is the topmost element where it is drawn (not the plan).
      const onBoard = await page.evaluate(
        ([x, y]) =>
          document.elementFromPoint(x!, y!)?.closest('[data-testid="board-canvas"]') != null,
        [first.x + first.width - 20, first.y + 20],
      );
      expect(onBoard).toBe(true);
      await screenshot(page, `plan-open-start-view-${viewport.width}`);
    });
  }
});
