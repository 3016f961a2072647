import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard } from './harness.ts';

/**
 * The board page names the browser's tab after the board; the toolbar's home link goes to the
 * landing page without a reload, which kept the board's name on the tab (and in the history:
 * "Ensomhed blandt unge – Netværkstavlen" over the landing page).
 */
describe("the landing page reached from a board's home link", () => {
  const setup = e2eWithBoard(() => scenarioBoard('Ensomhed blandt unge'));

  it('names the tab after the app, not after the board it came from', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Carla' });
    expect(await page.title()).toBe('Ensomhed blandt unge – Netværkstavlen');
    await page.locator('.home-link').click();
    await page.getByTestId('create-title').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.title()).toBe('Netværkstavlen');
    expect(e2e.pageErrors).toEqual([]);
  });
});
