// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LandingPage } from '../../../client/app/LandingPage.tsx';
import type { Lang } from '../../../shared/i18n/index.ts';
import { validBoardFile } from '../../shared/validate-fixture.ts';
import { byTestId, mount, type Mounted } from '../plan/harness.tsx';

/**
 * The landing page's import speaks to the person who chose the file: a file
 * that is no board file at all gets the message alone, not the JSON path `$`
 * or `$.format` the API reports.
 */

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
});

async function importShows(text: string, lang: Lang = 'da'): Promise<string[]> {
  const fetch = vi.spyOn(globalThis, 'fetch');
  mounted = mount(<LandingPage lang={lang} setLang={() => {}} navigate={() => {}} />);
  const input = byTestId<HTMLInputElement>(mounted.container, 'import-file');
  const file = new File([text], 'plan.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const errors = byTestId(mounted.container, 'import-errors');
  // Checked before any request: nothing reaches the server.
  expect(fetch).not.toHaveBeenCalled();
  return [...errors.querySelectorAll('li')].map((li) => li.textContent ?? '');
}

describe('the landing page: import errors', () => {
  it('shows only the message when the file is not a board file at all', async () => {
    const shown = await importShows(JSON.stringify({ ...validBoardFile(), format: 'x' }));
    expect(shown).toEqual([
      'Filen er ikke en Netværkstavle-fil (formatet er „x“, men skal være „netvaerkstavle/board“)',
    ]);
  });

  it('shows only the message when the file is not JSON', async () => {
    const [shown = ''] = await importShows('{"format": ', 'en');
    expect(shown).toMatch(/^The file is not valid JSON/);
  });

  it('says where a problem in a board file is, without "$."', async () => {
    const board = validBoardFile();
    board.meetings[0] = { ...board.meetings[0], date: '2027-02-30' };
    expect(await importShows(JSON.stringify(board))).toEqual([
      'meetings[0].date: Datoen 2027-02-30 findes ikke',
    ]);
  });
});
