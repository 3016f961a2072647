import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import type { Page } from 'playwright-core';
import { e2eWithBoard, mustRect, screenshot, sleep, waitConnected } from './harness.ts';

/**
 * A live workshop (QA walk): when Anne deletes meeting 2, Bent's board says
 * which meeting went, by whom, and where its post-its are, in a bubble that
 * takes no focus, and to a screen reader through the board's live region;
 * Anne, who confirmed it, is told nothing more.
 */
describe('a meeting deleted by someone else', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('tells Bent, not Anne, when Anne deletes meeting 2', async () => {
    const { e2e, board } = setup;
    const { a, b } = await e2e.anneAndBent(board);
    await waitConnected(a.page);
    await waitConnected(b.page);
    const focused = () =>
      b.page.evaluate(() => {
        const element = document.activeElement;
        return element ? `${element.tagName}#${element.getAttribute('data-testid') ?? ''}` : '';
      });
    const focusedBefore = await focused();

    await a.page.getByTestId('plan-meeting-m2').getByTestId('plan-meeting-actions').click();
    await a.page.getByTestId('plan-meeting-delete').click();
    await a.page.getByTestId('confirm-delete').click();

    const said =
      '„Netværksmøde: Undertema 2“ er slettet af Anne. Mødets post-its ligger nu i parkeringen.';
    const notice = b.page.getByTestId('meeting-deleted-notice');
    await notice.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await notice.innerText()).toBe(said);
    // Heard too, through the board's polite live region; the focus stays where it was.
    const live = b.page.locator('[aria-live="polite"].visually-hidden');
    await expect
      .poll(() => live.evaluateAll((els) => els.map((e) => e.textContent)))
      .toContain(said);
    expect(await focused()).toBe(focusedBefore);
    await screenshot(b.page, 'meeting-deleted-notice-B');

    // A click takes it away.
    await notice.click();
    await notice.waitFor({ state: 'detached', timeout: 2_000 });
    expect(await a.page.getByTestId('meeting-deleted-notice').count()).toBe(0);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('tells Bent, editing meeting 2’s header, in one bubble; meetings deleted in a row join it', async () => {
    const { e2e } = setup;
    // A board of its own: the test before deleted meeting 2 of the file's board.
    const board = await e2e.createBoard(scenarioBoard());
    const { a, b } = await e2e.anneAndBent(board, { fit: true });
    const lane = await mustRect(b.page, 'lane', 'm2');
    await b.page.mouse.dblclick(lane.x + 60, lane.y + 20);
    const editor = b.page.getByRole('dialog', { name: 'Rediger møde: Netværksmøde 2' });
    await editor.waitFor({ state: 'visible', timeout: 3_000 });

    await deleteMeeting(a.page, 'm2');
    await editor.waitFor({ state: 'hidden', timeout: 5_000 });
    const said =
      '„Netværksmøde: Undertema 2“ er slettet af Anne. Mødets post-its ligger nu i parkeringen.';
    const notice = b.page.getByTestId('meeting-deleted-notice');
    await notice.waitFor({ state: 'visible', timeout: 5_000 });
    // Not a second bubble saying the meeting being edited went: the one names it.
    await sleep(300);
    expect(await bubbles(b.page)).toEqual([said]);
    await screenshot(b.page, 'meeting-deleted-notice-editing-B');

    // Two more, one after the other: both join the bubble, named by their sub-themes. Not by
    // their numbers: each was numbered 2 when it went, and „Netværksmøde 2“ is still on the board.
    // Meeting 4 held no post-its, so nothing tells who deleted it: not a list that may be wrong.
    await deleteMeeting(a.page, 'm3');
    await deleteMeeting(a.page, 'm4');
    await expect
      .poll(() => bubbles(b.page), { timeout: 5_000 })
      .toEqual([
        '„Netværksmøde: Undertema 2“, „Netværksmøde: Undertema 3“ og „Netværksmøde: Undertema 4“ ' +
          'er slettet af en anden. Mødernes post-its ligger nu i parkeringen.',
      ]);
    await screenshot(b.page, 'meeting-deleted-notice-three-B');
    expect(await bubbles(a.page)).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
  });
});

/** Deletes a meeting from its block in the plan, confirming the question. */
async function deleteMeeting(page: Page, id: string): Promise<void> {
  const block = page.getByTestId(`plan-meeting-${id}`);
  await block.getByTestId('plan-meeting-actions').click();
  await block.getByTestId('plan-meeting-delete').click();
  await page.getByTestId('confirm-delete').click();
  await block.waitFor({ state: 'detached', timeout: 5_000 });
}

/** The texts of the board's bubbles that say what was deleted. */
function bubbles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '[data-testid="meeting-deleted-notice"], [data-testid="editor-vanished"]',
      ),
    ].map((bubble) => bubble.textContent ?? ''),
  );
}
