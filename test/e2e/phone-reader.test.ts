import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, screenshot } from './harness.ts';

/**
 * A reference leader reads the plan through the read-only link on her phone
 * (390×844, upright). It opened showing the board, the plan behind the _Plan_
 * button; opened, it had 42 % of the height (354 of the 784 px under the
 * toolbar), and its overview's names and categories took 253 of the 390 px,
 * leaving the meetings two thirds of one column. Now the plan opens at once and
 * takes what the board may give (the board keeps its meetings' headers, 200 px);
 * in the overview each name carries its category, and two meetings show beside it.
 */

const PHONE = { width: 390, height: 844 };

describe('a read-only link on an upright phone', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('opens with the plan, which takes most of the screen', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: PHONE, hasTouch: true, isMobile: true });
    await openBoard(page, `${e2e.url}${board.viewUrl}`, { name: 'Rita' });
    expect(await page.getByTestId('toggle-plan').getAttribute('aria-pressed')).toBe('true');
    const plan = page.getByTestId('plan-view');
    await plan.waitFor({ state: 'visible', timeout: 10_000 });
    await page.getByTestId('plan-meeting-m1').waitFor();
    const heights = await page.evaluate(() => {
      const height = (selector: string) =>
        Math.round(document.querySelector(selector)?.getBoundingClientRect().height ?? 0);
      return { plan: height('.plan-area'), board: height('[data-testid="board-canvas"]') };
    });
    await screenshot(page, 'phone-reader-plan');
    // 844 − the toolbar's 60 − the board's 200.
    expect(heights.plan).toBeGreaterThanOrEqual(580);
    expect(heights.board).toBeGreaterThanOrEqual(199);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('shows two meetings of the overview beside the names, each with its category', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: PHONE, hasTouch: true, isMobile: true });
    await openBoard(page, `${e2e.url}${board.viewUrl}`, { name: 'Rita' });
    await page.getByTestId('plan-tab-overview').click();
    await page.getByTestId('plan-overview').waitFor({ state: 'visible', timeout: 10_000 });
    const at = await page.evaluate(() => {
      const panel = document.querySelector('.plan-tab-panel');
      const anna = document.querySelector('[data-testid="overview-person-anna"] th');
      const second = document.querySelector('[data-testid="overview-col-m2"]');
      const category = document.querySelector('.plan-overview-table thead th:nth-child(2)');
      if (!panel || !anna || !second || !category) throw new Error('no overview');
      return {
        panelRight: Math.round(panel.getBoundingClientRect().right),
        secondRight: Math.round(second.getBoundingClientRect().right),
        categoryColumn: category.getBoundingClientRect().width,
        underName: getComputedStyle(anna, '::after').content,
      };
    });
    await screenshot(page, 'phone-reader-overview');
    expect(at.categoryColumn).toBe(0);
    expect(at.underName).toBe('"Borger"');
    expect(at.secondRight).toBeLessThanOrEqual(at.panelRight);
    expect(e2e.pageErrors).toEqual([]);
  });
});
