import { describe, expect, it } from 'vitest';
import { paperExampleBoard } from '../helpers/boards.ts';
import { e2eWithBoard, fetchBoard, openBoard, showPlan, waitUntil } from './harness.ts';

/**
 * A plan field saves on blur or Enter. A reload (F5, or the browser's own after an update)
 * right after typing gives the field no blur: the contribution typed was lost without a word,
 * though the field had shown it. The page's last moment (pagehide) now saves it as a blur would.
 */
describe('a plan field typed in when the page goes', () => {
  const setup = e2eWithBoard(paperExampleBoard);

  it('keeps the text when the page is reloaded without leaving the field', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Kim' });
    await showPlan(page);
    const field = page.getByTestId('plan-row-n1').locator('textarea').first();
    await field.fill('Oplæg om ensomhed blandt unge');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.reload({ waitUntil: 'domcontentloaded' });
    const saved = await waitUntil(async () => {
      const stored = await fetchBoard(e2e.url, board.id);
      const note = stored.notes.find((n) => n.id === 'n1');
      const text = note?.kind === 'participant' ? note.contribution : null;
      return text === 'Oplæg om ensomhed blandt unge' ? text : null;
    }, 'the typed contribution on the server').catch(() => null);
    expect(saved).toBe('Oplæg om ensomhed blandt unge');
    expect(e2e.pageErrors).toEqual([]);
  });
});
