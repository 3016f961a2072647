import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PARKING_X, PARKING_Y } from '../../shared/layout.ts';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  fetchBoard,
  mustRect,
  notePosition,
  openBoard,
  screenshot,
  showPlan,
  waitConnected,
  waitUntil,
} from './harness.ts';

/** The scenario board with an idea in the parking area, which has no row in the plan. */
function boardWithParkedIdea() {
  const board = scenarioBoard();
  const parked = { id: 'p1', kind: 'idea' as const, lane: null, text: 'Husk lokalet' };
  return { ...board, notes: [...board.notes, { ...parked, x: PARKING_X + 12, y: PARKING_Y + 12 }] };
}

const selection = (page: Page) => page.evaluate(() => window.__netvaerkstavle?.selection() ?? []);

/** Presses `key` and waits until the board has selected `id`. */
async function pressSelects(page: Page, key: string, id: string): Promise<void> {
  await page.keyboard.press(key);
  await waitUntil(
    async () => JSON.stringify(await selection(page)) === JSON.stringify([id]),
    `${key} selects ${id}`,
    3_000,
  );
}

/** The board's polite live region (the page's other one is the connection status). */
const announced = (page: Page) => page.locator('.canvas-area [aria-live="polite"]').textContent();

/** Whether the plan lists the note's row under the meeting. */
const rowIn = async (page: Page, meeting: string, note: string) =>
  (await page.getByTestId(`plan-meeting-${meeting}`).getByTestId(`plan-row-${note}`).count()) === 1;

/**
 * The board by keyboard alone: Tab to it, the arrows from post-it to post-it
 * (the parked idea too), Alt+→ into the next meeting (the plan follows), and
 * Ctrl+Z puts it back.
 */
describe('the board by keyboard', () => {
  const setup = e2eWithBoard(boardWithParkedIdea);

  it('reaches every post-it with the arrows and moves one to the next meeting with Alt+→', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await showPlan(page);
    await waitConnected(page);

    // Tab from the top of the page until the board has the focus.
    await waitUntil(
      async () => {
        await page.keyboard.press('Tab');
        return page.evaluate(() => document.activeElement?.classList.contains('board-canvas'));
      },
      'Tab reaches the board',
      15_000,
      0,
    );
    expect(await selection(page)).toEqual([]);

    // Nothing selected: the first post-it of the first meeting.
    await pressSelects(page, 'ArrowRight', 'n1');
    expect(await announced(page)).toBe('Jens Jensen, ØS — Netværksmøde 1');
    await pressSelects(page, 'ArrowRight', 'f2');
    await pressSelects(page, 'ArrowRight', 'n5');
    await pressSelects(page, 'ArrowLeft', 'f2');
    await pressSelects(page, 'ArrowLeft', 'n1');
    // Into the parking area: the idea no plan row reaches.
    await pressSelects(page, 'ArrowLeft', 'p1');
    expect(await announced(page)).toBe('Idé: Husk lokalet — Parkering');
    // The keys that were there keep working: Enter edits, Escape gives the focus back to the board.
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: 'Rediger post-it' });
    await editor.waitFor({ state: 'visible', timeout: 3_000 });
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });
    await pressSelects(page, 'ArrowRight', 'n1');

    // Alt+→: into meeting 2, settled clear of the form there, still selected, in view, told.
    expect(await rowIn(page, 'm1', 'n1')).toBe(true);
    await page.keyboard.press('Alt+ArrowRight');
    await waitUntil(() => rowIn(page, 'm2', 'n1'), 'the plan lists n1 under meeting 2', 3_000);
    expect(await rowIn(page, 'm1', 'n1')).toBe(false);
    const moved = await notePosition(page, 'n1');
    expect(moved?.lane).toBe('m2');
    expect(moved).not.toEqual({ lane: 'm2', x: 12, y: 12 });
    expect(await selection(page)).toEqual(['n1']);
    await waitUntil(
      async () => (await announced(page)) === 'Jens Jensen, ØS — Netværksmøde 2',
      'the move is told',
      3_000,
    );
    const note = await mustRect(page, 'note', 'n1');
    const canvas = await page.getByTestId('board-canvas').boundingBox();
    if (!canvas) throw new Error('no board');
    expect(note.x).toBeGreaterThanOrEqual(canvas.x);
    expect(note.y).toBeGreaterThanOrEqual(canvas.y);
    expect(note.x + note.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(note.y + note.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    await screenshot(page, 'keyboard-moved-to-meeting-2');

    // One undo step puts it back where it stood.
    await page.keyboard.press('Control+z');
    await waitUntil(() => rowIn(page, 'm1', 'n1'), 'undo puts n1 back in meeting 1', 3_000);
    expect(await notePosition(page, 'n1')).toEqual({ lane: 'm1', x: 12, y: 12 });
    expect(e2e.pageErrors).toEqual([]);
  });

  it("makes a new post-it with N in the selected post-it's meeting; Escape takes an untouched one back", async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await waitConnected(page);
    const count = () => page.evaluate(() => window.__netvaerkstavle?.noteIds().length ?? 0);
    const before = await count();
    const canvas = page.getByTestId('board-canvas');
    await canvas.focus();
    await pressSelects(page, 'ArrowRight', 'n1');
    await page.keyboard.press('Alt+ArrowRight'); // n1 into meeting 2: N follows the selection there
    await waitUntil(async () => (await notePosition(page, 'n1'))?.lane === 'm2', 'n1 in m2', 3_000);

    const editor = page.getByRole('dialog', { name: 'Rediger post-it' });
    await page.keyboard.press('n');
    await editor.waitFor({ state: 'visible', timeout: 3_000 });
    await page.keyboard.type('Husk kaffe');
    await page.keyboard.press('Enter');
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });
    await waitUntil(async () => (await count()) === before + 1, 'a new post-it', 3_000);
    const [made] = await selection(page);
    if (made === undefined) throw new Error('the new post-it is not selected');
    expect(await notePosition(page, made)).toMatchObject({ lane: 'm2' });
    await waitUntil(
      async () => {
        const note = (await fetchBoard(e2e.url, board.id)).notes.find((n) => n.id === made);
        return note?.kind === 'idea' && note.text === 'Husk kaffe';
      },
      'the server has its text',
      3_000,
    );

    // N again, Escape at once: nothing is left, and nothing to undo.
    await page.keyboard.press('n');
    await editor.waitFor({ state: 'visible', timeout: 3_000 });
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });
    await waitUntil(async () => (await count()) === before + 1, 'the untouched one is gone', 3_000);
    expect(e2e.pageErrors).toEqual([]);
  });

  it("shows the keyboard's focus ring round the board for Tab, not for a returning user's click", async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    // Returning: the name is remembered, so nothing has the focus when the board opens.
    await page.reload();
    await openBoard(page, `${e2e.url}${board.editUrl}`);
    const canvas = page.getByTestId('board-canvas');
    const ring = () =>
      canvas.evaluate(
        (element) => element === document.activeElement && element.matches(':focus-visible'),
      );
    const lane = await mustRect(page, 'lane', 'm1');
    await page.mouse.click(lane.x + lane.width / 2, lane.y + lane.height - 20);
    await waitUntil(
      () => canvas.evaluate((element) => element === document.activeElement),
      'the click focused the board',
      3_000,
    );
    expect(await ring()).toBe(false);
    // Keyboard: away and back with Tab, and the ring shows.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await ring()).toBe(true);
    expect(e2e.pageErrors).toEqual([]);
  });
});
