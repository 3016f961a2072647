import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/schema.ts';
import { paperExampleBoard } from '../helpers/boards.ts';
import {
  e2eWithBoard,
  fetchBoard,
  mustRect,
  openBoard,
  openEditorOn,
  showPlan,
  waitUntil,
} from './harness.ts';

/**
 * A plan field and the board's title save on blur or Enter; a post-it's or a meeting header's
 * editor on Enter, Gem or a press elsewhere. A reload (F5, or the browser's own after an update)
 * right after typing gave none of these: the text typed was lost without a word, though the
 * field had shown it. The page's last moment (pagehide) now saves it as a blur would.
 */
describe('a field typed in when the page is reloaded', () => {
  const setup = e2eWithBoard(paperExampleBoard);

  /** Reads the server's board until `read` gives `want` (or 5 s pass), then what it gives. */
  async function stored<T>(read: (board: Board) => T, want: T): Promise<T> {
    const { e2e, board } = setup;
    const now = async () => read(await fetchBoard(e2e.url, board.id));
    await waitUntil(async () => (await now()) === want, 'the typed text on the server').catch(
      () => null,
    );
    return now();
  }

  it("keeps a plan field's text typed without leaving the field", async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Kim' });
    await showPlan(page);
    const field = page.getByTestId('plan-row-n1').locator('textarea').first();
    await field.fill('Oplæg om ensomhed blandt unge');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.reload({ waitUntil: 'domcontentloaded' });
    const contribution = (now: Board) => {
      const note = now.notes.find((n) => n.id === 'n1');
      return note?.kind === 'participant' ? note.contribution : null;
    };
    expect(await stored(contribution, 'Oplæg om ensomhed blandt unge')).toBe(
      'Oplæg om ensomhed blandt unge',
    );
    expect(e2e.pageErrors).toEqual([]);
  });

  it('keeps the board title typed without leaving the field', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Kim' });
    await page.getByTestId('board-title').fill('Ensomhed blandt unge i Nordby');
    await page.reload({ waitUntil: 'domcontentloaded' });
    const title = (now: Board) => now.title;
    expect(await stored(title, 'Ensomhed blandt unge i Nordby')).toBe(
      'Ensomhed blandt unge i Nordby',
    );
    expect(e2e.pageErrors).toEqual([]);
  });

  it("keeps what was typed in a post-it's editor", async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Kim' });
    const editor = await openEditorOn(page, 'n1');
    await editor
      .getByRole('textbox', { name: 'Hvad skal personen bidrage med?' })
      .fill('Oplæg om ensomhed');
    await page.reload({ waitUntil: 'domcontentloaded' });
    const contribution = (now: Board) => {
      const note = now.notes.find((n) => n.id === 'n1');
      return note?.kind === 'participant' ? note.contribution : null;
    };
    expect(await stored(contribution, 'Oplæg om ensomhed')).toBe('Oplæg om ensomhed');
    expect(e2e.pageErrors).toEqual([]);
  });

  it("keeps what was typed in a meeting header's editor", async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Kim' });
    const lane = await mustRect(page, 'lane', 'm1');
    await page.mouse.dblclick(lane.x + 60, lane.y + 20);
    const editor = page.getByRole('dialog', { name: /^Rediger møde/ });
    await editor.waitFor({ state: 'visible', timeout: 3_000 });
    await editor.getByRole('textbox', { name: 'Undertema' }).fill('Unges egne stemmer');
    await page.reload({ waitUntil: 'domcontentloaded' });
    const subtheme = (now: Board) => now.meetings.find((m) => m.id === 'm1')?.subtheme;
    expect(await stored(subtheme, 'Unges egne stemmer')).toBe('Unges egne stemmer');
    expect(e2e.pageErrors).toEqual([]);
  });
});
