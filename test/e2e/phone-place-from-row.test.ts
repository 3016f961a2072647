import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  mustRect,
  openBoard,
  participantNoteIn,
  rectOf,
  screenshot,
  waitUntil,
} from './harness.ts';

/**
 * QA on a phone (390×844, touch): placing a person from their row's menu put the new post-it in
 * view under the side panels, which cover 280 of the 390 px; the strip beside them (110 px) is
 * narrower than a post-it at a readable zoom. The panels now close once a row's menu has placed
 * a post-it on a phone, the board takes the focus, and its live region says where it went.
 */

const PHONE = { width: 390, height: 844 };
const ctx = e2eWithBoard(() => scenarioBoard());

describe('placing from a side panel row on a phone', () => {
  it('closes the panels and shows the new post-it on the board, which has the focus', async () => {
    const { e2e, board } = ctx;
    const { page } = await e2e.user({ viewport: PHONE, hasTouch: true });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    const panels = page.getByTestId('toggle-panels');
    await panels.tap();
    await page.getByTestId('pool-panel').waitFor();

    await page.getByTestId('person-place-helle').tap();
    await page.getByRole('menuitem', { name: /Netværksmøde 2/ }).tap();
    const noteId = await participantNoteIn(e2e.url, board.id, 'm2');
    await page.getByTestId('pool-panel').waitFor({ state: 'detached' });
    // The board shows it once its render of the new board is done: wait for that, not a time.
    await waitUntil(
      async () =>
        (await rectOf(page, 'note', noteId)) !== null &&
        (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) ===
          'board-canvas',
      'the new post-it on the board, the board focused',
    );
    await screenshot(page, 'phone-place-from-row');

    expect(await panels.getAttribute('aria-pressed')).toBe('false');
    const canvas = await page.getByTestId('board-canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    const note = await mustRect(page, 'note', noteId);
    expect(note.x).toBeGreaterThanOrEqual(canvas.x);
    expect(note.x + note.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(note.y).toBeGreaterThanOrEqual(canvas.y);
    expect(note.y + note.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    // Nothing lies over the post-it's middle but the board.
    const onBoard = await page.evaluate(
      ([x, y]) =>
        document.elementFromPoint(x!, y!)?.closest('[data-testid="board-canvas"]') != null,
      [note.x + note.width / 2, note.y + note.height / 2],
    );
    expect(onBoard).toBe(true);
    expect(await page.evaluate(() => window.__netvaerkstavle?.selection())).toEqual([noteId]);
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null),
    ).toBe('board-canvas');
    const said = await page
      .getByTestId('board-canvas')
      .locator('xpath=..')
      .locator('[aria-live="polite"]')
      .first()
      .textContent();
    expect(said).toContain('Helle Hansen');
    expect(said).toContain('Netværksmøde 2');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('keeps the panels open on a wider screen, where the board beside them shows the post-it', async () => {
    const { e2e, board } = ctx;
    const { page } = await e2e.user({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    await page.getByTestId('pool-panel').waitFor();
    await page.getByTestId('person-place-anna').click();
    await page.getByRole('menuitem', { name: /Netværksmøde 3/ }).click();
    await participantNoteIn(e2e.url, board.id, 'm3');
    await page.waitForTimeout(300);
    expect(await page.getByTestId('toggle-panels').getAttribute('aria-pressed')).toBe('true');
    expect(e2e.pageErrors).toEqual([]);
  });
});
