import { describe, expect, it } from 'vitest';
import { LIMITS, type Person } from '../../shared/schema.ts';
import { generatedBoard } from '../helpers/boards.ts';
import { e2eWithBoard, openBoard, screenshot } from './harness.ts';
import { expectRefusedField } from './refusedField.ts';

const names = ['Anne Hansen', 'Peter Mathiesen', 'Lise Lund', 'Ib Holm', 'Karin Bak', 'Ole Dam'];
const people: Person[] = [...Array(12).keys()].map((i) => ({
  id: `p${i}`,
  name: `${names[i % names.length]} ${i}`,
  affiliation: 'Ungdomsskolen',
  category: 'professional',
  core: false,
}));

/**
 * The walk: the participant pool's form showed a refused name or affiliation
 * at the form's foot, under Kerne, and no field looked wrong. As the method
 * collection's form does: the message under its field, the field marked
 * invalid with the danger border, the buttons kept in view at 1366×768.
 */
describe('a refused field in the participant pool’s form', () => {
  const setup = e2eWithBoard(() => ({
    ...generatedBoard({ notes: 20, people: 0, meetings: 6 }),
    people,
  }));

  it('shows each refusal under its own field and marks that field', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });

    // The add form, below the list: an empty name, then one over the limit.
    await page.getByTestId('pool-add').click();
    const add = page.getByTestId('pool-add-form');
    const name = add.locator('input[name="name"]');
    await name.press('Enter');
    await expectRefusedField(page, add, 'name', 'affiliation');
    await name.fill('x'.repeat(LIMITS.shortTextChars + 1));
    // Typing clears the mark.
    expect(await name.getAttribute('aria-invalid')).not.toBe('true');
    await name.press('Enter');
    await expectRefusedField(page, add, 'name', 'affiliation');
    await screenshot(page, 'person-form-refused-name-1366');

    // An edit of the last row, at the list's lower edge: an affiliation over the limit.
    await add.getByRole('button', { name: 'Luk' }).click();
    await page.getByTestId('person-edit-p11').click();
    const edit = page.getByTestId('person-form-p11');
    const affiliation = edit.locator('input[name="affiliation"]');
    await affiliation.fill('y'.repeat(LIMITS.shortTextChars + 5));
    await affiliation.press('Enter');
    await expectRefusedField(page, edit, 'affiliation', 'category');
    expect(await edit.locator('input[name="name"]').getAttribute('aria-invalid')).toBeNull();
    await screenshot(page, 'person-form-refused-affiliation-1366');
    expect(e2e.pageErrors).toEqual([]);
  });
});
