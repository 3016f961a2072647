import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, screenshot } from './harness.ts';

/**
 * A reference leader on the read-only link read four months of meetings without their frame:
 * the network's period began every export (Word, HTML, Markdown) but was nowhere on the page.
 * The plan now begins with it, in the page's language.
 */
describe("the plan's period", () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('stands above the meetings on the read-only link, and follows the language', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 390, height: 844 }, isMobile: true });
    await openBoard(page, `${e2e.url}${board.viewUrl}`, { name: 'Rita' });
    const period = page.getByTestId('plan-period');
    await period.waitFor({ timeout: 10_000 });
    expect(await period.textContent()).toBe('Periode: 12. januar 2027 – 12. maj 2027');
    // Above the first meeting, in the plan's own scroll.
    const [top, meeting] = await Promise.all([
      period.boundingBox(),
      page.getByTestId('plan-meeting-m1').boundingBox(),
    ]);
    expect(top?.y ?? Infinity).toBeLessThan(meeting?.y ?? 0);
    await screenshot(page, 'plan-period-phone');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => period.textContent()).toBe('Period: 12 January 2027 – 12 May 2027');
    expect(e2e.pageErrors).toEqual([]);
  });
});
