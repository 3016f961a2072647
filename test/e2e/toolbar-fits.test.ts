import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, screenshot } from './harness.ts';

/**
 * What a new user saw of the toolbar. A tablet held upright (768×1024, touch):
 * the toolbar's 44 px buttons need three rows, and with room for two the
 * board's title was cut off at the top and the language button at the bottom,
 * half under the board; the toolbar now has a third row there (and in a window
 * of 701–759 px with a mouse). A laptop (1366×768): a title of a usual length,
 * the landing page's own example, was cut short ("Ensomhed blandt …").
 */

const CONTROLS = [
  'board-title',
  'undo',
  'add-meeting',
  'fit-board',
  'toggle-panels',
  'toggle-plan',
  'downloads-menu',
  'share-open',
  'lang-switch',
];

/** The controls of the toolbar that lie outside its box, and whether its content overflows. */
async function cutOff(
  page: Page,
  controls: readonly string[] = CONTROLS,
): Promise<{ overflow: number; outside: string[] }> {
  return page.evaluate((ids) => {
    const toolbar = document.querySelector('.toolbar');
    if (!toolbar) throw new Error('no toolbar');
    const bar = toolbar.getBoundingClientRect();
    const outside = ids.filter((id) => {
      const control = toolbar.querySelector(`[data-testid="${id}"]`);
      if (!control) return true;
      const box = control.getBoundingClientRect();
      return (
        box.top < bar.top || box.bottom > bar.bottom || box.left < bar.left || box.right > bar.right
      );
    });
    return { overflow: toolbar.scrollHeight - toolbar.clientHeight, outside };
  }, controls);
}

describe('the toolbar of an upright tablet', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  for (const [viewport, hasTouch] of [
    [{ width: 768, height: 1024 }, true],
    [{ width: 800, height: 1280 }, true],
    [{ width: 720, height: 1024 }, false],
  ] as const) {
    const where = `${viewport.width}×${viewport.height}${hasTouch ? ', touch' : ''}`;
    it(`shows every control whole, in Danish and English, at ${where}`, async () => {
      const { e2e, board } = setup;
      const { page } = await e2e.user({ viewport, hasTouch });
      await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
      expect(await cutOff(page), `Danish at ${where}`).toEqual({ overflow: 0, outside: [] });
      await page.getByTestId('lang-switch').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await cutOff(page), `English at ${where}`).toEqual({ overflow: 0, outside: [] });
      await screenshot(page, `toolbar-upright-${viewport.width}`);
      expect(e2e.pageErrors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('the toolbar of a read-only link on an upright tablet', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('keeps to two rows, its fewer controls whole, at 768×1024', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 768, height: 1024 }, hasTouch: true });
    await openBoard(page, `${e2e.url}${board.viewUrl}`);
    const controls = CONTROLS.filter((id) => id !== 'undo' && id !== 'add-meeting');
    for (const lang of ['da', 'en']) {
      if (lang === 'en') await page.getByTestId('lang-switch').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await cutOff(page, controls), lang).toEqual({ overflow: 0, outside: [] });
      // No empty third row: the board keeps the room.
      const height = await page.locator('.toolbar').evaluate((bar) => bar.clientHeight);
      expect(height, lang).toBeLessThanOrEqual(108);
    }
    expect(e2e.pageErrors).toEqual([]);
  });
});

describe('the toolbar of a laptop with others on the board', () => {
  const setup = e2eWithBoard(() => scenarioBoard('Ensomhed blandt unge'));

  // Five on the board: the user's own avatar, three others' and "+1" (alone there is more room:
  // this is the tight case). At 1366 px the title lacked 15 px in Danish and 36 in English with
  // three others' avatars ("Ensomhed blandt u…"). 1024×768 with touch: its two rows keep the
  // title whole (a tighter row 1 took one more button).
  for (const [viewport, hasTouch] of [
    [{ width: 1366, height: 768 }, false],
    [{ width: 1024, height: 768 }, true],
  ] as const) {
    const where = `${viewport.width}×${viewport.height}${hasTouch ? ', touch' : ''}`;
    it(`shows a title of a usual length whole at ${where}, in Danish and English`, async () => {
      const { e2e, board } = setup;
      const others = [];
      for (const name of ['Bent', 'Carla', 'Dorte', 'Erik']) {
        const other = await e2e.user({ viewport: { width: 800, height: 600 } });
        await openBoard(other.page, `${e2e.url}${board.editUrl}`, { name });
        others.push(other);
      }
      const { page } = await e2e.user({ viewport, hasTouch });
      await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
      const presence = page.getByTestId('presence-list');
      await expect.poll(() => presence.locator('.avatar').count(), { timeout: 10_000 }).toBe(5); // four avatars and the "+1" chip
      const title = page.getByTestId('board-title');
      const lacks = () => title.evaluate((input) => input.scrollWidth - input.clientWidth);
      const status = page.getByTestId('connection-status');
      for (const lang of ['da', 'en'] as const) {
        if (lang === 'en') await page.getByTestId('lang-switch').click();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await lacks(), lang).toBe(0);
        expect(await cutOff(page), lang).toEqual({ overflow: 0, outside: [] });
        // Shown as its dot alone or not, the state is still told: to a screen reader, by the tooltip.
        const said = lang === 'da' ? 'Forbundet' : 'Connected';
        await expect.poll(() => status.textContent()).toBe(said);
        expect(await status.getAttribute('title')).toBe(said);
        // Read once (the word the eye sees is left out for screen readers), shown in words where
        // the row has room: at 1366 with a mouse the dot alone, at 1024 (two rows) the word too.
        expect(await status.ariaSnapshot()).toBe(`- status "${said}"`);
        const word = await status.evaluate((el) => getComputedStyle(el, '::after').display);
        expect(word === 'none', lang).toBe(!hasTouch);
        await screenshot(page, `toolbar-five-people-${viewport.width}-${lang}`);
      }
      expect(e2e.pageErrors).toEqual([]);
      for (const other of [...others, { context: page.context() }]) await other.context.close();
    });
  }
});
