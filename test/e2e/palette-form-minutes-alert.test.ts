import { describe, expect, it } from 'vitest';
import { generatedBoard } from '../helpers/boards.ts';
import { e2eWithBoard, openBoard, screenshot } from './harness.ts';

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
    const alert = form.getByRole('alert');
    await alert.waitFor();
    await screenshot(page, 'palette-form-refused-minutes-1366');

    expect(await minutes.getAttribute('aria-invalid')).toBe('true');
    const border = await minutes.evaluate((input) => getComputedStyle(input).borderTopColor);
    const danger = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.color = 'var(--danger)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
    expect(border).toBe(danger);
    // Under Minutter, above Beskrivelse.
    const under = await form.evaluate((element) => {
      const top = (selector: string) =>
        element.querySelector(selector)?.getBoundingClientRect().top ?? Number.NaN;
      return {
        minutes: top('input[name="minutes"]'),
        alert: top('[role="alert"]'),
        description: top('textarea[name="description"]'),
      };
    });
    expect(under.alert).toBeGreaterThan(under.minutes);
    expect(under.alert).toBeLessThan(under.description);
    expect(await minutes.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));

    for (const name of ['Gem', 'Annuller']) {
      const box = await form.getByRole('button', { name, exact: true }).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    }
    // Typing again clears the mark.
    await minutes.fill('45');
    expect(await minutes.getAttribute('aria-invalid')).not.toBe('true');
    expect(e2e.pageErrors).toEqual([]);
  });
});
