import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/schema.ts';
import { paperExampleBoard } from '../helpers/boards.ts';
import {
  e2eWithBoard,
  fetchBoard,
  mustRect,
  openBoard,
  openEditorOn,
  waitUntil,
} from './harness.ts';

/**
 * A post-it's or a meeting header's editor saves on Enter, Gem or a press elsewhere. A reload
 * (F5, or the browser's own) with the editor open gave it none of these: the text typed was
 * lost without a word. The page's last moment (pagehide) now saves it as a press elsewhere does.
 */
describe('an open editor when the page is reloaded', () => {
  const setup = e2eWithBoard(paperExampleBoard);

  /** Reloads the page, then reads the server's board until it says `want` (or 5 s pass). */
  async function reloadAndRead<T>(page: Page, read: (board: Board) => T, want: T): Promise<T> {
    const { e2e, board } = setup;
    await page.reload({ waitUntil: 'domcontentloaded' });
    const stored = async () => read(await fetchBoard(e2e.url, board.id));
    await waitUntil(async () => (await stored()) === want, 'the typed text on the server').catch(
      () => null,
    );
    return stored();
  }

  it("keeps what was typed in a post-it's editor", async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Kim' });
    const editor = await openEditorOn(page, 'n1');
    await editor
      .getByRole('textbox', { name: 'Hvad skal personen bidrage med?' })
      .fill('Oplæg om ensomhed');
    const contribution = (stored: Board) => {
      const note = stored.notes.find((n) => n.id === 'n1');
      return note?.kind === 'participant' ? note.contribution : null;
    };
    expect(await reloadAndRead(page, contribution, 'Oplæg om ensomhed')).toBe('Oplæg om ensomhed');
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
    const subtheme = (stored: Board) => stored.meetings.find((m) => m.id === 'm1')?.subtheme;
    expect(await reloadAndRead(page, subtheme, 'Unges egne stemmer')).toBe('Unges egne stemmer');
    expect(e2e.pageErrors).toEqual([]);
  });
});
