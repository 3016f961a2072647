import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { hitAreas, tooSmall } from './hitAreas.ts';
import {
  e2eWithBoard,
  launchBrowser,
  mustRect,
  openBoard,
  screenshot,
  showPlan,
  sleep,
  waitReady,
} from './harness.ts';

/**
 * Tablets and interactive whiteboards (issue 4): a finger needs 44 × 44 CSS px to hit a
 * control (WCAG 2.5.5). The plan table's fields were 23–27 px high, a pool row's ✎ and ✕ 32 px
 * with 2 px between them. On a coarse pointer every control of the board page and the landing
 * page is hit at 44 px at least, in its look or in a hit area reaching past it (neighbours not
 * covered); with a mouse the desktop layout is as it was.
 */
describe('touch targets', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  /** Opens something, lets it settle, notes what is too small, closes it with Escape. */
  async function whileOpen(
    page: Page,
    small: string[],
    state: string,
    open: () => Promise<unknown>,
  ): Promise<void> {
    await open();
    await sleep(300);
    for (const line of await tooSmall(page)) small.push(`${state}: ${line}`);
    await page.keyboard.press('Escape');
    await sleep(200);
  }

  async function note(page: Page, small: string[], state: string): Promise<void> {
    for (const line of await tooSmall(page)) small.push(`${state}: ${line}`);
  }

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
  ]) {
    const where = `${viewport.width}×${viewport.height}`;

    it(`every control is at least 44 px to a finger at ${where}`, async () => {
      const { e2e, board } = setup;
      const { page } = await e2e.user({ viewport, hasTouch: true });
      const small: string[] = [];
      await page.goto(`${e2e.url}${board.editUrl}`);
      // The emulated touch screen is what the stylesheets' `(pointer: coarse)` asks for.
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      await page.getByTestId('name-input').waitFor();
      await note(page, small, 'name prompt');
      await waitReady(page, { name: 'Tavle' });
      await showPlan(page);
      await note(page, small, 'plan');
      await screenshot(page, `touch-targets-plan-${viewport.width}`);
      for (const tab of ['overview', 'checks'] as const) {
        await page.getByTestId(`plan-tab-${tab}`).click();
        await sleep(300);
        await note(page, small, `plan tab ${tab}`);
      }
      await page.getByTestId('plan-tab-plan').click();
      await whileOpen(page, small, 'meeting actions', () =>
        page.getByTestId('plan-meeting-actions').first().click(),
      );
      const panels = page.getByTestId('toggle-panels');
      if ((await panels.getAttribute('aria-pressed')) !== 'true') await panels.click();
      await page.getByTestId('pool-panel').waitFor();
      await note(page, small, 'side panels');
      await screenshot(page, `touch-targets-panels-${viewport.width}`);
      await whileOpen(page, small, 'place menu', () =>
        page.getByTestId('person-place-jens').click(),
      );
      for (const opener of [
        'pool-add',
        'person-edit-jens',
        'palette-add',
        'palette-edit-pal-oplaeg',
        'add-meeting',
        'share-open',
      ]) {
        await whileOpen(page, small, opener, () => page.getByTestId(opener).click());
      }
      await whileOpen(page, small, 'downloads', () =>
        page.getByTestId('downloads-menu').locator('summary').click(),
      );
      await whileOpen(page, small, 'note editor', async () => {
        const rect = await mustRect(page, 'note', 'n1');
        await page.mouse.dblclick(rect.x + rect.width / 2, rect.y + rect.height / 2);
      });
      await whileOpen(page, small, 'meeting editor', async () => {
        const rect = await mustRect(page, 'lane', 'm1');
        await page.mouse.dblclick(rect.x + 40, rect.y + 20);
      });
      // The landing page, with this board among the recent ones.
      await page.goto(e2e.url);
      await page.getByTestId('recent-boards').locator('a').first().waitFor();
      await note(page, small, 'landing page');
      expect(small).toEqual([]);
      expect(e2e.pageErrors).toEqual([]);
    });
  }

  // An interactive whiteboard may report its pen or mouse as the primary pointer (`pointer:
  // fine`) and its touch screen only among the others (`any-pointer: coarse`): fingers there
  // get the 44 px too. Blink's settings make such a device (a touch context would make the
  // primary pointer coarse).
  it('on a whiteboard whose primary pointer is fine, a finger still gets 44 px', async () => {
    const { e2e, board } = setup;
    const browser = await launchBrowser([
      '--blink-settings=primaryPointerType=4,availablePointerTypes=6',
    ]);
    try {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'da-DK',
      });
      await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${e2e.url}${board.editUrl}`);
      const pointers = await page.evaluate(() => ({
        primaryFine: matchMedia('(pointer: fine)').matches,
        anyCoarse: matchMedia('(any-pointer: coarse)').matches,
      }));
      expect(pointers).toEqual({ primaryFine: true, anyCoarse: true });
      await waitReady(page, { name: 'Tavle' });
      const small: string[] = [];
      await showPlan(page);
      await note(page, small, 'plan');
      const panels = page.getByTestId('toggle-panels');
      if ((await panels.getAttribute('aria-pressed')) !== 'true') await panels.click();
      await page.getByTestId('pool-panel').waitFor();
      await note(page, small, 'side panels');
      await screenshot(page, 'touch-targets-whiteboard-1280');
      expect(small).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('with a mouse the desktop sizes stay as they were', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1280, height: 800 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mus' });
    expect(await page.evaluate(() => matchMedia('(pointer: fine)').matches)).toBe(true);
    await showPlan(page);
    const sizes = await page.evaluate(() => {
      const box = (testId: string) => {
        const rect = document.querySelector(`[data-testid="${testId}"]`)?.getBoundingClientRect();
        return rect ? `${Math.round(rect.width)}×${Math.round(rect.height)}` : null;
      };
      const height = (testId: string) => box(testId)?.split('×')[1] ?? null;
      return {
        planRow: height('plan-row-n1'),
        planLocation: height('plan-input-location'),
        planForm: height('plan-input-form'),
        planTab: height('plan-tab-plan'),
        divider: box('plan-divider')?.split('×')[0] ?? null,
        title: height('board-title'),
        poolRow: height('pool-entry-jens'),
        poolPlace: height('person-place-jens'),
        poolEdit: box('person-edit-jens'),
      };
    });
    // As measured before the touch sizes came (Chromium at 1280×800, the Danish page).
    expect(sizes).toEqual({
      planRow: '63',
      planLocation: '23',
      planForm: '26',
      planTab: '38',
      divider: '10',
      title: '31',
      poolRow: '45',
      poolPlace: '35',
      poolEdit: '32×32',
    });
    // The row's ✎ is hit only where it shows.
    const edit = (await hitAreas(page)).find((area) => area.control.includes('person-edit-jens'));
    expect(edit && Math.max(edit.width, edit.height)).toBeLessThanOrEqual(33);
  });
});
