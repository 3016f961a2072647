import { describe, expect, it } from 'vitest';
import { generatedBoard } from '../helpers/boards.ts';
import {
  center,
  dragFromTo,
  e2eWithBoard,
  mustRect,
  noteIds,
  notePosition,
  openBoard,
  rectOf,
  screenshot,
  waitUntil,
} from './harness.ts';

/**
 * A participant pool of hundreds renders only the rows near its view (memory:
 * about 3 kB per rendered row). Scrolled with the wheel as a user does, every
 * row comes into view, and one from the far end drags onto a meeting like any.
 */
describe('a long participant pool', () => {
  const setup = e2eWithBoard(() => generatedBoard({ notes: 60, people: 400, meetings: 6 }));

  /** A new page on the board, with the mouse over the pool's list (where the wheel scrolls it). */
  async function poolPage() {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    const list = page.getByTestId('pool-panel').locator('.panel-scroll');
    const box = await list.boundingBox();
    if (!box) throw new Error('no pool list on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const wheel = async (steps: number, dy: number) => {
      for (let i = 0; i < steps; i++) await page.mouse.wheel(0, dy);
    };
    const scrollTop = () => list.evaluate((element) => element.scrollTop);
    return { page, list, box, wheel, scrollTop };
  }

  it('scrolls to its last person, who drags into a meeting', async () => {
    const { page, list, box } = await poolPage();
    const rows = list.locator('li.panel-entry');
    await waitUntil(async () => (await rows.count()) > 0, 'pool rows', 5_000);
    expect(await rows.count()).toBeLessThan(60);
    expect(await rows.first().getAttribute('aria-setsize')).toBe('400');
    expect(await rectOf(page, 'pool', 'p399')).toBeNull();

    // The wheel over the list, as a user scrolls it, until the last person shows.
    const last = await waitUntil(
      async () => {
        const rect = await rectOf(page, 'pool', 'p399');
        if (rect && rect.y + rect.height <= box.y + box.height + 1) return rect;
        await page.mouse.wheel(0, 2_000);
        return null;
      },
      'the last person in view',
      15_000,
      50,
    );
    // Nothing blank on the way: the list's middle shows a row, not a spacer.
    const middle = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('li')?.getAttribute('data-testid'),
      [box.x + 40, box.y + box.height / 2] as const,
    );
    expect(middle).toMatch(/^pool-entry-p3\d\d$/);
    expect(await rows.count()).toBeLessThan(80);
    await screenshot(page, 'long-pool-end');

    const placed = page.getByTestId('pool-placed-p399');
    const placedBefore = Number(await placed.textContent());
    const before = new Set(await noteIds(page));
    const lane = await mustRect(page, 'lane', 'm1');
    await dragFromTo(page, center(last), { x: lane.x + lane.width / 2, y: lane.y + 400 }, 25);
    const created = await waitUntil(
      async () => (await noteIds(page)).find((id) => !before.has(id)),
      'the new note',
      3_000,
    );
    expect(await notePosition(page, created)).toMatchObject({ lane: 'm1' });
    // The row counts the meeting it is now placed in.
    await expect.poll(async () => Number(await placed.textContent())).toBe(placedBefore + 1);
  });

  it('scrolls freely after a meeting is picked from a row’s menu, the row keeping the focus', async () => {
    const { page, box, wheel, scrollTop } = await poolPage();
    await page.getByTestId('pool-entry-p3').click();
    const menu = page.getByTestId('person-place-menu-p3');
    await menu.getByRole('menuitem').nth(2).click();
    await expect.poll(() => menu.count()).toBe(0);
    // The focus is back on the row: scrolling away must neither move nor refocus it.
    const trigger = page.getByTestId('person-place-p3');
    const focused = () => trigger.evaluate((element) => element === document.activeElement);
    expect(await focused()).toBe(true);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await wheel(5, 1_500);
    await expect.poll(scrollTop).toBeGreaterThan(5_000);
    await page.waitForTimeout(300);
    expect(await scrollTop()).toBeGreaterThan(5_000);
    expect(await focused()).toBe(true);
  });

  it('keeps an open editor and what was typed in it while the pool scrolls', async () => {
    const { page, box, wheel, scrollTop } = await poolPage();
    await page.getByTestId('person-edit-p5').click();
    const name = page.getByTestId('person-form-p5').locator('[name="name"]');
    await name.fill('Halvskrevet navn');
    // The focus elsewhere (the search box), then away down the list and back.
    const filter = page.getByTestId('pool-filter');
    await filter.focus();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await wheel(6, 2_000);
    await expect.poll(scrollTop).toBeGreaterThan(8_000);
    await wheel(8, -2_000);
    await expect.poll(scrollTop).toBe(0);
    expect(await name.inputValue()).toBe('Halvskrevet navn');
    // The focus stayed in the search box: the editor did not take it back.
    expect(await filter.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
