import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/schema.ts';
import { createTemplateBoard } from '../../shared/template.ts';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, screenshot, waitUntil, type Rect } from './harness.ts';

/**
 * What a new user saw at a laptop's 1366×768 and a small laptop's 1024×768:
 * a toolbar menu opened at the screen's right edge, far from its button; an
 * add form in the side column squeezed the other list to a sliver and pushed
 * its own button off the screen; the board's title was cut short with no way
 * to read it.
 */

const TITLE = 'Ensomhed blandt unge i Østkommunen – et læringsnetværk for fagfolk';

function layoutBoard(): Board {
  const board = scenarioBoard(TITLE);
  for (let i = 1; i <= 8; i++) {
    board.people.push({
      id: `p${i}`,
      name: `Deltager ${i}`,
      affiliation: 'Skole',
      category: 'professional',
      core: false,
    });
    board.palette.push({
      id: `form${i}`,
      name: `Metode ${i}`,
      durationMinutes: 30,
      description: '',
    });
  }
  return board;
}

const LAPTOP = { width: 1366, height: 768 };
const SMALL_LAPTOP = { width: 1024, height: 768 };

async function box(locator: Locator): Promise<Rect> {
  const rect = await locator.boundingBox();
  if (rect === null) throw new Error(`not on screen: ${locator.toString()}`);
  return rect;
}

function onScreen(rect: Rect, screen: { width: number; height: number }): boolean {
  return (
    rect.x >= 0 &&
    rect.y >= 0 &&
    rect.x + rect.width <= screen.width &&
    rect.y + rect.height <= screen.height
  );
}

/** The rows of a side panel that are wholly in view inside its scrolling list. */
async function wholeRowsInView(page: Page, panel: 'pool' | 'palette'): Promise<number> {
  return page.getByTestId(`${panel}-panel`).evaluate((section) => {
    const list = section.querySelector('.panel-scroll')?.getBoundingClientRect();
    if (!list) return 0;
    const bottom = Math.min(list.bottom, document.documentElement.clientHeight);
    return [...section.querySelectorAll('.panel-scroll li.panel-entry')].filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.height > 0 && rect.top >= list.top - 0.5 && rect.bottom <= bottom + 0.5;
    }).length;
  });
}

describe('the toolbar and the side column at a laptop’s size', () => {
  const setup = e2eWithBoard(layoutBoard);

  async function boardAt(viewport: { width: number; height: number }): Promise<Page> {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    return page;
  }

  const menus = [
    { name: '+ Møde', button: '[data-testid="add-meeting"]' },
    { name: 'Hent / udskriv', button: '[data-testid="downloads-menu"] > summary' },
    { name: 'Del', button: '[data-testid="share-open"]' },
  ] as const;

  for (const viewport of [LAPTOP, SMALL_LAPTOP]) {
    it(`opens each toolbar menu under its own button, on screen, at ${viewport.width}×${viewport.height}`, async () => {
      const page = await boardAt(viewport);
      for (const menu of menus) {
        const button = page.locator(menu.button);
        await button.click();
        const popover = page.locator('.menu-popover');
        await popover.waitFor();
        // The lazily loaded parts (downloads, share) have filled the box (no loading line left),
        // and the popover, placed again a frame after it grew, stands still.
        let last = '';
        const opened = await waitUntil(
          async () => {
            if ((await popover.locator('[role="status"], .plan-share-loading').count()) > 0)
              return null;
            const now = await box(popover);
            const same = JSON.stringify(now) === last;
            last = JSON.stringify(now);
            return same ? now : null;
          },
          `${menu.name}: the menu filled and placed`,
          5_000,
          100,
        );
        const anchor = await box(button);
        const where = `${menu.name}: button ${JSON.stringify(anchor)}, menu ${JSON.stringify(opened)}`;
        expect(onScreen(opened, viewport), where).toBe(true);
        // Just under the button…
        expect(opened.y, where).toBeGreaterThanOrEqual(anchor.y + anchor.height - 1);
        expect(opened.y, where).toBeLessThanOrEqual(anchor.y + anchor.height + 12);
        // …its left edge at the button's, or, where that would leave the screen, its right edge.
        const leftAligned = Math.abs(opened.x - anchor.x) <= 2;
        const rightAligned =
          Math.abs(opened.x + opened.width - (anchor.x + anchor.width)) <= 2 &&
          anchor.x + opened.width > viewport.width - 8;
        expect(leftAligned || rightAligned, where).toBe(true);
        if (menu.name === '+ Møde') {
          await screenshot(page, `toolbar-menu-add-meeting-${viewport.width}`);
          // The report's case: "+ Møde" is far from the right edge, so left-aligned.
          expect(leftAligned, where).toBe(true);
        }
        // Escape still closes it and gives the focus back to its button.
        await popover.locator('button').first().focus();
        await page.keyboard.press('Escape');
        await popover.waitFor({ state: 'detached' });
        expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
      }
      expect(setup.e2e.pageErrors).toEqual([]);
      // Alone on the board again for the next test (presence takes toolbar room).
      await page.context().close();
    });
  }

  it('draws Del as the toolbar’s other buttons: the same height, background and border', async () => {
    const page = await boardAt(LAPTOP);
    const look = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const style = getComputedStyle(element);
        const { height } = element.getBoundingClientRect();
        return { height, background: style.backgroundColor, border: style.borderColor };
      });
    const fit = await look('[data-testid="fit-board"]');
    expect(await look('[data-testid="share-open"]')).toEqual(fit);
    await page.context().close();
  });

  it('keeps the palette’s add form whole and two rows of the pool in view at 1366×768', async () => {
    const page = await boardAt(LAPTOP);
    expect(await wholeRowsInView(page, 'pool')).toBeGreaterThanOrEqual(2);
    await page.getByTestId('palette-add').click();
    const form = page.getByTestId('palette-add-form');
    await form.waitFor();
    await screenshot(page, 'side-column-palette-add-1366');
    const submit = form.locator('button[type="submit"]');
    expect(onScreen(await box(submit), LAPTOP)).toBe(true);
    expect(onScreen(await box(form.locator('button[type="button"]')), LAPTOP)).toBe(true);
    // Not hidden under anything either: the button itself is what a click there hits.
    const hit = await submit.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return (
        document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2) === element
      );
    });
    expect(hit).toBe(true);
    expect(await wholeRowsInView(page, 'pool')).toBeGreaterThanOrEqual(2);

    // The same the other way round: the pool's add form, and two rows of the palette.
    await form.locator('button[type="button"]').click();
    await page.getByTestId('pool-add').click();
    const poolForm = page.getByTestId('pool-add-form');
    await poolForm.waitFor();
    expect(onScreen(await box(poolForm.locator('button[type="submit"]')), LAPTOP)).toBe(true);
    expect(await wholeRowsInView(page, 'palette')).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });

  it('opens the add form right under the header of an empty participant list', async () => {
    const { e2e } = setup;
    const empty = await e2e.createBoard(createTemplateBoard({ title: TITLE, start: '2027-01-11' }));
    const { page } = await e2e.user({ viewport: LAPTOP });
    await openBoard(page, `${e2e.url}${empty.editUrl}`, { name: 'Mette' });
    await page.getByTestId('pool-add').click();
    const form = page.getByTestId('pool-add-form');
    await form.waitFor();
    const button = await box(page.getByTestId('pool-add'));
    // Not below an empty gap where no list is (165 px at 1366×768 before).
    expect((await box(form)).y - (button.y + button.height)).toBeLessThan(40);
    await screenshot(page, 'side-column-empty-pool-add-1366');
    await page.context().close();
  });

  it('shows a row’s whole edit form, with its buttons, at 1024×768', async () => {
    const page = await boardAt(SMALL_LAPTOP);
    for (const [edit, form, other] of [
      ['person-edit-p8', 'person-form-p8', 'palette'],
      ['palette-edit-form8', 'palette-form-form8', 'pool'],
    ] as const) {
      await page.getByTestId(edit).click();
      const opened = page.getByTestId(form);
      await opened.waitFor();
      await page.waitForTimeout(200);
      expect(onScreen(await box(opened), SMALL_LAPTOP), form).toBe(true);
      // Counted from the other list's top (the edit before may have scrolled it).
      await page
        .getByTestId(`${other}-panel`)
        .locator('.panel-scroll')
        .evaluate((list) => list.scrollTo(0, 0));
      expect(await wholeRowsInView(page, other), form).toBeGreaterThanOrEqual(2);
      await page.keyboard.press('Escape');
      await opened.waitFor({ state: 'detached' });
    }
    expect(setup.e2e.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('shows the title as long as its toolbar row has room, and always whole as a tooltip', async () => {
    for (const viewport of [{ width: 1920, height: 1080 }, LAPTOP, SMALL_LAPTOP]) {
      const page = await boardAt(viewport);
      const title = page.getByTestId('board-title');
      expect(await title.getAttribute('title')).toBe(TITLE);
      const fits = await title.evaluate((element) => element.scrollWidth <= element.clientWidth);
      // The room left in its row: the spacer's width and its margin.
      const room = await page.locator('.toolbar-spacer').evaluate((element) => {
        const style = getComputedStyle(element);
        return element.getBoundingClientRect().width + parseFloat(style.marginLeft);
      });
      const width = (await box(title)).width;
      const where = `${viewport.width}: fits ${fits}, room ${room}, width ${width}`;
      expect(fits || room < 2, where).toBe(true);
      // At 1024 px its row (of two) has room: it takes it, over the 220 px it was held to.
      if (viewport === SMALL_LAPTOP) expect(width, where).toBeGreaterThan(240);
      await page.context().close();
    }
  });

  it('shows every toolbar button without scrolling, alone at 1280×800 and five on the board at 1366×768', async () => {
    const { e2e, board } = setup;
    const names = ['Mette', 'Anne', 'Bent', 'Carla', 'Dorte'];
    for (const [viewport, people] of [
      [{ width: 1280, height: 800 }, 1],
      [LAPTOP, 5],
    ] as const) {
      const pages: Page[] = [];
      for (const name of names.slice(0, people)) {
        const { page } = await e2e.user({ viewport });
        await openBoard(page, `${e2e.url}${board.editUrl}`, { name });
        pages.push(page);
      }
      const first = pages[0];
      if (!first) throw new Error('no page');
      const where = `${viewport.width}×${viewport.height}, ${people} on the board`;
      // Everyone in the first user's presence list: their own avatar, three others and "+1".
      if (people > 1)
        await expect.poll(() => first.getByTestId('presence-more').textContent()).toBe('+1');
      const toolbar = first.locator('.toolbar');
      const fits = await toolbar.evaluate((element) => element.scrollWidth <= element.clientWidth);
      expect(fits, where).toBe(true);
      for (const testId of [
        'add-meeting',
        'fit-board',
        'toggle-plan',
        'downloads-menu',
        'share-open',
        'lang-switch',
      ]) {
        const button = first.getByTestId(testId);
        expect(onScreen(await box(button), viewport), `${testId} at ${where}`).toBe(true);
      }
      await screenshot(first, `toolbar-${viewport.width}-${people}-people`);
      if (people > 1) {
        // The "+1" names its person to a screen reader, and opens a list of them by keyboard.
        const more = first.getByTestId('presence-more');
        const label = (await more.getAttribute('aria-label')) ?? '';
        expect(label).toMatch(/^Også på tavlen: (Anne|Bent|Carla|Dorte)$/);
        await more.focus();
        await first.keyboard.press('Enter');
        const shown = first.getByTestId('presence-more-list');
        expect(await shown.textContent()).toBe(label.slice('Også på tavlen: '.length));
        expect(onScreen(await box(shown), viewport), `list at ${where}`).toBe(true);
        await screenshot(first, `toolbar-${viewport.width}-presence-more`);
        await first.keyboard.press('Escape');
        await expect.poll(() => shown.count()).toBe(0);
        expect(await more.evaluate((element) => element === document.activeElement)).toBe(true);
      }
      for (const page of pages) await page.context().close();
    }
  });

  it('shows what this user just added in its side list, at a laptop and a touch tablet', async () => {
    const { e2e, board } = setup;
    for (const [viewport, hasTouch] of [
      [LAPTOP, false],
      [SMALL_LAPTOP, true],
    ] as const) {
      const { page } = await e2e.user({ viewport, hasTouch });
      await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
      for (const [panel, field, name] of [
        ['pool', 'Navn eller kompetence', `Ny deltager ${viewport.width}`],
        ['palette', 'Navn på inddragelsesformen', `Walk and talk ${viewport.width}`],
      ] as const) {
        await page.getByTestId(`${panel}-add`).click();
        const form = page.getByTestId(`${panel}-add-form`);
        await form.getByLabel(field).fill(name);
        await form.getByLabel(field).press('Enter');
        const row = page.getByTestId(`${panel}-panel`).locator('li.panel-entry', { hasText: name });
        await row.waitFor();
        const list = await box(page.getByTestId(`${panel}-panel`).locator('.panel-scroll'));
        // Scrolled to the end, (most of) the new row in view: at 1024×768 the list with the add
        // form had no room left at all.
        const where = `${name} in view in its list at ${viewport.width}`;
        await expect
          .poll(
            async () => {
              const added = await box(row);
              const bottom = added.y + added.height;
              const shown = bottom - Math.max(added.y, list.y);
              return bottom <= list.y + list.height + 0.5 && shown >= added.height * 0.8;
            },
            { message: where },
          )
          .toBe(true);
        await screenshot(page, `side-list-added-${panel}-${viewport.width}`);
        // The form itself stays whole.
        expect(onScreen(await box(form.locator('button[type="submit"]')), viewport), where).toBe(
          true,
        );
        await form.locator('button[type="button"]').click();
      }
      expect(e2e.pageErrors).toEqual([]);
      await page.context().close();
    }
  });
});
