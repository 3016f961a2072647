import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, screenshot } from './harness.ts';

/**
 * A reference leader reads the plan through the read-only link on her phone. The network's
 * period began every export (Word, HTML, Markdown) but was nowhere on the page, and the
 * toolbar cut the board's title to its first word ("Ensom…", the whole only in a tooltip no
 * finger can show). The plan now begins as its files do: the title, whole, and the period, in
 * the page's language.
 */
const TITLE = 'Ensomhed blandt unge i Vestbyen – et netværk om fællesskaber';

describe("the plan's title and period", () => {
  const setup = e2eWithBoard(() => scenarioBoard(TITLE));

  it('stand whole above the meetings on a phone, and follow the language', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 390, height: 844 }, isMobile: true });
    await openBoard(page, `${e2e.url}${board.viewUrl}`, { name: 'Rita' });
    const period = page.getByTestId('plan-period');
    await period.waitFor({ timeout: 10_000 });
    expect(await period.textContent()).toBe(`${TITLE}Periode: 12. januar 2027 – 12. maj 2027`);
    const title = await period.locator('.plan-board-title').evaluate((element) => ({
      text: element.textContent,
      cut: element.scrollWidth > element.clientWidth,
    }));
    expect(title.text).toBe(TITLE);
    expect(title.cut).toBe(false);
    // Above the first meeting, in the plan's own scroll.
    const [top, meeting] = await Promise.all([
      period.boundingBox(),
      page.getByTestId('plan-meeting-m1').boundingBox(),
    ]);
    expect(top?.y ?? Infinity).toBeLessThan(meeting?.y ?? 0);
    await screenshot(page, 'plan-period-phone');
    await page.getByTestId('lang-switch').click();
    await expect
      .poll(() => period.textContent())
      .toBe(`${TITLE}Period: 12 January 2027 – 12 May 2027`);
    expect(e2e.pageErrors).toEqual([]);
  });
});
