import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, screenshot, waitConnected } from './harness.ts';

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

    a.page.once('dialog', (dialog) => void dialog.accept());
    await a.page.getByTestId('plan-meeting-m2').getByTestId('plan-meeting-actions').click();
    await a.page.getByTestId('plan-meeting-delete').click();

    const said =
      '„Netværksmøde 2: Undertema 2“ er slettet af Anne. Mødets post-its ligger nu i parkeringen.';
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
});
