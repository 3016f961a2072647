import { describe, expect, it } from 'vitest';
import { generatedBoard } from '../helpers/boards.ts';
import { e2eWithBoard, openBoard, screenshot } from './harness.ts';
import { expectRefusedField } from './refusedField.ts';

/**
 * The walk, at 1366×768: ✎ on "Oplæg" in the method collection, "1,000" in
 * Minutter, Enter. The refusal came under Beskrivelse and pushed Gem and
 * Annuller below the screen's lower edge, and the minutes field showed nothing
 * wrong. The message belongs under its field, the field is marked invalid, and
 * the buttons stay in view.
 */
describe('a refused duration in the method collection’s edit form', () => {
  // Oplæg last: its form opens at the list's lower edge, where the message pushed the buttons out.
  const names = ['Workshop', 'Dialogmøde', 'Gruppearbejde', 'Walk and talk', 'Opsamling', 'Oplæg'];
  const setup = e2eWithBoard(() => ({
    ...generatedBoard({ notes: 20, people: 40, meetings: 6 }),
    palette: names.map((name, i) => ({
      id: `f${i}`,
      name,
      durationMinutes: 30,
      description: 'Kort om formen, så beskrivelsen har noget at vise.',
    })),
  }));

  it('shows the message under Minutter, marks the field and keeps the buttons in view', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    await page.getByTestId('palette-edit-f5').click();
    const form = page.getByTestId('palette-form-f5');
    const minutes = form.locator('input[name="minutes"]');
    await minutes.fill('1,000');
    await minutes.press('Enter');
    await form.getByRole('alert').waitFor();
    await screenshot(page, 'palette-form-refused-minutes-1366');

    await expectRefusedField(page, form, 'minutes', 'description');
    // Typing again clears the mark.
    await minutes.fill('45');
    expect(await minutes.getAttribute('aria-invalid')).not.toBe('true');
    expect(e2e.pageErrors).toEqual([]);
  });
});
