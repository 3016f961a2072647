import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, sleep, waitUntil } from './harness.ts';

/** What has the focus: its test id, its tag, or 'body'. */
const focusedId = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    return active.getAttribute('data-testid') ?? active.tagName.toLowerCase();
  });

/**
 * The walk, on a busy machine: Enter on "Hent / udskriv", then Tab at once.
 * The menu's code loads on first use; while it did, Tab went past the menu to
 * the next button of the toolbar (and the menu closed). A Tab pressed while
 * it loads now waits for it and lands on its first button, as it does when
 * the menu is in already.
 */
describe('the downloads menu opened by keyboard while its code loads', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('takes a Tab pressed meanwhile to its first button', async () => {
    const { e2e, board } = setup;
    const { context, page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    // Slowly, as on a busy machine or a slow network: deterministically later than the Tab.
    let requested = false;
    await context.route(/DownloadMenu-[\w-]+\.js$/, async (route) => {
      requested = true;
      await sleep(1_500);
      await route.continue();
    });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    const menu = page.getByTestId('downloads-menu');
    await menu.locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await waitUntil(async () => requested, 'the menu asked for its code');
    expect(await page.getByTestId('download-docx').count()).toBe(0);

    await page.getByTestId('download-docx').waitFor({ timeout: 10_000 });
    await waitUntil(
      async () => (await focusedId(page)) === 'download-docx',
      'the focus in the menu',
      3_000,
    ).catch(() => null);
    expect(await focusedId(page)).toBe('download-docx');
    expect(await page.locator('[data-testid="downloads-menu"][open]').count()).toBe(1);

    // Loaded, the menu is as before: Tab goes on to its next button, Escape back to its summary.
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('download-csv');
    await page.keyboard.press('Escape');
    expect(await focusedId(page)).toBe('summary');
    expect(e2e.pageErrors).toEqual([]);
  });
});
