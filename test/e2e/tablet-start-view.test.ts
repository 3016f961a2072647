import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, mustRect, openBoard, screenshot, showPlan, type Rect } from './harness.ts';

/**
 * What a coordinator saw on a tablet: upright (768×1024), beside the side
 * panels, the board showed the parking area and a sliver of the first meeting;
 * at 1024×768 (and 1366×768), opening the plan left the first meeting's header
 * buttons (+ Kerne, ×) half under it.
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

/** Waits for the canvas to take its size after a panel opened or closed (a ResizeObserver). */
const settle = (page: Page) => page.waitForTimeout(300);

describe('the board on a tablet', () => {
  it('upright, with the side panels open, shows the first meeting whole, and from the parking area once they close', async () => {
    const page = await boardAt({ width: 768, height: 1024 });
    expect(await page.getByTestId('toggle-panels').getAttribute('aria-pressed')).toBe('true');
    const canvas = await box(page, 'board-canvas');
    const first = await mustRect(page, 'lane', 'm1');
    expect(first.x).toBeGreaterThanOrEqual(canvas.x);
    expect(first.x + first.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    await screenshot(page, 'tablet-upright-panels');

    // Not moved yet, the view follows the board's new width: the parking area and the first meeting.
    await page.getByTestId('toggle-panels').click();
    await settle(page);
    const wide = await box(page, 'board-canvas');
    expect(wide.width).toBe(768);
    const after = await mustRect(page, 'lane', 'm1');
    expect(after.x).toBeGreaterThan(wide.x + after.width);
    expect(after.x + after.width).toBeLessThanOrEqual(768);
  });

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1366, height: 768 },
  ]) {
    it(`keeps the first meeting whole, its header buttons too, beside the plan at ${viewport.width}×${viewport.height}`, async () => {
      const page = await boardAt(viewport);
      await showPlan(page);
      await settle(page);
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
