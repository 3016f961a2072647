import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  center,
  mustRect,
  openBoard,
  planRow,
  screenshot,
  waitUntil,
  type PlanRowText,
  showPlan,
} from './harness.ts';

/**
 * Issue 6 §3: edit a note in place (name, contribution, role) → the plan table
 * follows; undo and redo restore it; B's undo does not revert A's change.
 */
describe('editing a note in place, with undo and redo', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  const rowIs = async (page: Page, id: string, want: Partial<PlanRowText>, what: string) => {
    let last: PlanRowText | null = null;
    try {
      await waitUntil(
        async () => {
          last = await planRow(page, id);
          const row = last;
          if (!row) return false;
          return Object.entries(want).every(([key, value]) =>
            key === 'participant'
              ? row.participant.includes(String(value))
              : row[key as keyof PlanRowText] === value,
          );
        },
        what,
        3_000,
      );
    } catch (error) {
      throw new Error(`${String(error)}; row ${id}: ${JSON.stringify(last)}`);
    }
  };

  it('follows in the table, undoes and redoes, and undo is per user', async () => {
    const { e2e, board } = setup;
    const a = await e2e.user();
    const b = await e2e.user();
    await openBoard(a.page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await showPlan(a.page);
    await openBoard(b.page, `${e2e.url}${board.editUrl}`, { name: 'Bent' });
    await showPlan(b.page);
    const original = {
      participant: 'Jens Jensen',
      contribution: 'Oplæg om ensomhed',
      role: 'facilitator',
    };
    await rowIs(a.page, 'n1', original, 'A: original row');

    // A double-clicks the note: the editor opens over it.
    const note = center(await mustRect(a.page, 'note', 'n1'));
    await a.page.mouse.dblclick(note.x, note.y);
    const editor = a.page.getByRole('dialog', { name: 'Rediger note' });
    await editor.waitFor({ state: 'visible', timeout: 3_000 });
    await editor.getByLabel('Navn eller kompetence').fill('Jens Juhl');
    await editor.getByLabel('Hvad skal personen bidrage med?').fill('Fortæller om projektet');
    await editor.getByLabel('Rolle', { exact: true }).fill('oplægsholder');
    await screenshot(a.page, '3-edit-in-place-editor');
    await editor.getByLabel('Rolle', { exact: true }).press('Enter');
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });

    const edited = {
      participant: 'Jens Juhl',
      contribution: 'Fortæller om projektet',
      role: 'oplægsholder',
    };
    await rowIs(a.page, 'n1', edited, 'A: row follows the edit');
    await rowIs(b.page, 'n1', edited, 'B: row follows the edit');

    // Undo (one step: the editor's save is one change) and redo, for both users.
    await a.page.getByTestId('undo').click();
    await rowIs(a.page, 'n1', original, 'A: undo restores');
    await rowIs(b.page, 'n1', original, 'B: sees the undo');
    await a.page.getByTestId('redo').click();
    await rowIs(a.page, 'n1', edited, 'A: redo re-applies');
    await rowIs(b.page, 'n1', edited, 'B: sees the redo');

    // B changes another row in the table, then undoes with the keyboard twice:
    // B's own change goes back, A's edit stays.
    const input = b.page.getByTestId('plan-row-n5').getByTestId('plan-input-contribution');
    await input.fill('Viden om skolen og SFO');
    await input.press('Enter');
    await rowIs(a.page, 'n5', { contribution: 'Viden om skolen og SFO' }, "A: sees B's change");
    await input.blur();
    await b.page.keyboard.press('Control+z');
    await rowIs(b.page, 'n5', { contribution: 'Viden om skolen' }, 'B: undo reverts own change');
    await b.page.keyboard.press('Control+z');
    // The button may be disabled (nothing of B's left to undo): that is fine too.
    await b.page
      .getByTestId('undo')
      .click({ timeout: 1_000 })
      .catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 500));
    await rowIs(b.page, 'n1', edited, "B: A's change survives B's undo");
    await rowIs(a.page, 'n1', edited, "A: own change survives B's undo");
    expect((await planRow(a.page, 'n5'))?.contribution).toBe('Viden om skolen');

    await screenshot(a.page, '3-edit-undo-A');
    await screenshot(b.page, '3-edit-undo-B');
    expect(e2e.pageErrors).toEqual([]);
  });
});
