import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, screenshot } from './harness.ts';

/**
 * What a newcomer saw on a phone (390×844, touch): the side panels lay over the
 * board (280 of its 390 px), so the board itself did not show, and the button
 * that closes them was far right in the toolbar's sideways-scrolled row, shrunk
 * to 44 px with its words running over the avatars and _Plan_. The panels now
 * start closed on a phone; their button, whole, comes right after the title.
 */

const PHONE = { width: 390, height: 844 };

const ctx = e2eWithBoard(() => scenarioBoard());

/** Whether the control lies whole in the screen's first view of the toolbar, its text inside it. */
async function wholeInView(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((control, width) => {
    const box = control.getBoundingClientRect();
    const fits = control.scrollWidth <= control.clientWidth + 1;
    return box.left >= 0 && box.right <= width && fits;
  }, PHONE.width);
}

/** The page's scrollable size (a phone's browser widens its layout to hold it). */
function pageSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
}

describe('the board on a phone', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`opens showing the board, the side panels a press away (${lang})`, async () => {
      const { e2e, board } = ctx;
      const { page } = await e2e.user({ viewport: PHONE, hasTouch: true });
      await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
      if (lang === 'en') {
        // Remembered on the device: the board opens in English (the button scrolled the toolbar).
        await page.getByTestId('lang-switch').click();
        await openBoard(page, `${e2e.url}${board.editUrl}`);
      }

      const panels = page.getByTestId('toggle-panels');
      expect(await panels.getAttribute('aria-pressed')).toBe('false');
      expect(await page.locator('.side-panels').count()).toBe(0);
      // The board's middle is the board's, not a panel's.
      const onBoard = await page.evaluate(
        ([x, y]) =>
          document.elementFromPoint(x!, y!)?.closest('[data-testid="board-canvas"]') != null,
        [PHONE.width / 2, PHONE.height / 2],
      );
      expect(onBoard).toBe(true);
      expect(await wholeInView(page, 'toggle-panels')).toBe(true);
      await screenshot(page, `phone-board-${lang}`);

      await panels.click();
      await page.getByTestId('pool-panel').waitFor();
      expect(await panels.getAttribute('aria-pressed')).toBe('true');
      await panels.click();
      await page.getByTestId('pool-panel').waitFor({ state: 'detached' });
      expect(e2e.pageErrors).toEqual([]);
    });
  }

  it('says a read-only link is read-only in the first view of its toolbar', async () => {
    const { e2e, board } = ctx;
    const { page } = await e2e.user({ viewport: PHONE, hasTouch: true, isMobile: true });
    await openBoard(page, `${e2e.url}${board.viewUrl}`, { name: 'Mette' });
    // Nothing on a read-only board moves: the badge that says why comes before the panels'
    // button, which the toolbar's sideways scroll brings into view (they do not both fit).
    expect(await wholeInView(page, 'readonly-badge')).toBe(true);
    // The page is the screen's size: the words beyond the toolbar's first view widened it to
    // 581 px, so a phone's browser let the reader pan the whole page and zoom it out.
    expect(await pageSize(page)).toEqual(PHONE);
    const panels = page.getByTestId('toggle-panels');
    await panels.scrollIntoViewIfNeeded();
    expect(await wholeInView(page, 'toggle-panels')).toBe(true);
    await screenshot(page, 'phone-board-read-only');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('keeps the side panels open at the start on a tablet', async () => {
    const { e2e, board } = ctx;
    const { page } = await e2e.user({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    expect(await page.getByTestId('toggle-panels').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('pool-panel').waitFor();
  });
});
