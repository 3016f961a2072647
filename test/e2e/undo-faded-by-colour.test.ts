import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard } from './harness.ts';

/**
 * The toolbar's undo and redo, disabled, are faded by their colours, not by
 * an opacity: undo turns on at a session's first edit (mostly a drop), and an
 * opacity going from 0.45 to 1 took away the button's stacking context, so the
 * page was laid out again and its paint properties rebuilt in the drop's own
 * task (toolbar.css).
 */
describe('the toolbar’s disabled undo and redo', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('look faded without an opacity of their own', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    const looks = await page.evaluate(() =>
      ['undo', 'redo', 'fit-board'].map((id) => {
        const button = document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
        if (!button) throw new Error(`no ${id} button`);
        const style = getComputedStyle(button);
        return { disabled: button.disabled, opacity: style.opacity, color: style.color };
      }),
    );
    const [undo, redo, enabled] = looks;
    expect(undo).toMatchObject({ disabled: true, opacity: '1' });
    expect(redo).toMatchObject({ disabled: true, opacity: '1' });
    expect(enabled).toMatchObject({ disabled: false, opacity: '1' });
    // Faded all the same: not the text colour of a button that can be pressed.
    expect(undo?.color).not.toBe(enabled?.color);
    expect(e2e.pageErrors).toEqual([]);
  });
});
