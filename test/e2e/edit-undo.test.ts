import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  center,
  mustRect,
  openBoard,
  noteIds,
  openEditorOn,
  planRow,
  screenshot,
  waitUntil,
  type PlanRowText,
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
    const { a, b } = await e2e.anneAndBent(board);
    const original = {
      participant: 'Jens Jensen',
      contribution: 'Oplæg om ensomhed',
      role: 'facilitator',
    };
    await rowIs(a.page, 'n1', original, 'A: original row');

    // A double-clicks the note: the editor opens over it.
    const note = center(await mustRect(a.page, 'note', 'n1'));
    await a.page.mouse.dblclick(note.x, note.y);
    const editor = a.page.getByRole('dialog', { name: 'Rediger post-it' });
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
    // Still in the field, but with nothing unsaved in it: Ctrl+Z is the board's undo.
    await b.page.keyboard.press('Control+z');
    await rowIs(b.page, 'n5', { contribution: 'Viden om skolen' }, 'B: undo reverts own change');
    // The board's undo, not the field's: A sees it too.
    await rowIs(a.page, 'n5', { contribution: 'Viden om skolen' }, "A: sees B's undo");
    await input.blur();
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

  it("saves only what the editor changed, keeping another user's change made meanwhile; a press outside saves", async () => {
    const { e2e, board } = setup;
    const { a, b } = await e2e.anneAndBent(board);

    // B opens the editor on n1 (in view at the opening); the cursor is in what the person contributes.
    const editor = await openEditorOn(b.page, 'n1');
    expect(
      await editor
        .getByLabel('Hvad skal personen bidrage med?')
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);

    // Meanwhile A changes the role in the table, and B's page has it.
    const role = a.page.getByTestId('plan-row-n1').getByTestId('plan-input-role');
    await role.fill('ordstyrer');
    await role.press('Enter');
    await rowIs(b.page, 'n1', { role: 'ordstyrer' }, "B: sees A's role");

    // B changes only the contribution and presses the board outside the editor.
    await editor.getByLabel('Hvad skal personen bidrage med?').fill('Viden om SFO');
    const canvas = await b.page.getByTestId('board-canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    // The parking area's empty bottom-left corner.
    await b.page.mouse.click(canvas.x + 40, canvas.y + canvas.height - 40);
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });

    const both = { contribution: 'Viden om SFO', role: 'ordstyrer' };
    await rowIs(a.page, 'n1', both, "A: B's contribution and A's role");
    await rowIs(b.page, 'n1', both, "B: B's contribution and A's role");
    await screenshot(b.page, '3-edit-concurrent-B');

    // The board title too: A's field has the focus while B renames the board;
    // A leaves the field without typing, and B's title stays.
    const titleA = a.page.getByTestId('board-title');
    const titleB = b.page.getByTestId('board-title');
    await titleA.click();
    await titleB.fill('Ensomhed blandt unge – forår');
    await titleB.press('Enter');
    await a.page.waitForTimeout(500);
    await titleA.blur();
    await expect.poll(() => titleB.inputValue()).toBe('Ensomhed blandt unge – forår');
    await expect.poll(() => titleA.inputValue()).toBe('Ensomhed blandt unge – forår');
    expect(e2e.pageErrors).toEqual([]);
  });
  it('a new note left empty goes again: Escape, or saving it empty', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    const before = (await noteIds(page)).length;
    const lane = await mustRect(page, 'lane', 'm2');
    const canvas = await page.getByTestId('board-canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    // An empty spot low in meeting 2, inside the view.
    const spot = {
      x: lane.x + lane.width / 2,
      y: Math.min(lane.y + lane.height, canvas.y + canvas.height) - 40,
    };
    const editor = page.getByRole('dialog', { name: 'Rediger post-it' });
    const count = async () => (await noteIds(page)).length;

    await page.mouse.dblclick(spot.x, spot.y);
    await editor.waitFor({ state: 'visible', timeout: 3_000 });
    await waitUntil(async () => (await count()) === before + 1, 'the new note is there');
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });
    await waitUntil(async () => (await count()) === before, 'Escape takes it back');
    // …and leaves nothing to undo: Ctrl+Z does not bring the empty note back.
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
    expect(await count()).toBe(before);

    await page.mouse.dblclick(spot.x, spot.y);
    await editor.waitFor({ state: 'visible', timeout: 3_000 });
    await page.keyboard.press('Enter');
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });
    await waitUntil(async () => (await count()) === before, 'saved empty, it goes too');

    await page.mouse.dblclick(spot.x, spot.y);
    await editor.waitFor({ state: 'visible', timeout: 3_000 });
    await editor.getByLabel('Idé').fill('Spørg de unge selv');
    await page.keyboard.press('Enter');
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });
    await waitUntil(async () => (await count()) === before + 1, 'a note with text stays');
    // One undo takes the new note away, text and all (not first its text).
    await page.keyboard.press('Control+z');
    await waitUntil(async () => (await count()) === before, 'one undo removes it');

    // Escape closes the editor also when the focus has left it (tabbed out onto the page).
    await page.mouse.dblclick(spot.x, spot.y);
    await editor.waitFor({ state: 'visible', timeout: 3_000 });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });
    await waitUntil(async () => (await count()) === before, 'and takes the empty note back');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('says so when the post-it being edited is deleted by someone else', async () => {
    const { e2e, board } = setup;
    const { a, b } = await e2e.anneAndBent(board);
    const editor = await openEditorOn(b.page, 'n1');

    const atA = center(await mustRect(a.page, 'note', 'n1'));
    await a.page.mouse.click(atA.x, atA.y);
    await a.page.keyboard.press('Delete');
    await editor.waitFor({ state: 'hidden', timeout: 5_000 });
    const notice = b.page.getByTestId('editor-vanished');
    await notice.waitFor({ state: 'visible', timeout: 3_000 });
    expect(await notice.innerText()).toBe("Post-it'en, du redigerede, er blevet slettet.");
    await a.page.keyboard.press('Control+z');
    await waitUntil(async () => (await noteIds(b.page)).includes('n1'), 'A undoes the delete');
    expect(e2e.pageErrors).toEqual([]);
  });
});
