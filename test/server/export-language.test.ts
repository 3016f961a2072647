import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { paperExampleBoard } from '../helpers/boards.ts';
import { documentXml } from '../shared/docx-xml.ts';
import { Harness, capturedLog, createBoard } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

const exportUrl = (url: string, id: string, ext: string, query = '') =>
  `${url}/api/boards/${id}/plan.${ext}${query}`;

async function text(response: Response, ext: string): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return ext === 'docx'
    ? documentXml(bytes)
    : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

describe('REST: plan exports in the language asked for', () => {
  it('answer ?lang=en in English (the Word file rendered by the worker too), and ?lang=da as without', async () => {
    const server = await harness.server();
    const board = await createBoard(server, paperExampleBoard());
    for (const ext of ['md', 'csv', 'html', 'json', 'docx']) {
      const english = await fetch(exportUrl(server.url, board.viewId, ext, '?lang=en'));
      expect(english.status, ext).toBe(200);
      const englishText = await text(english, ext);
      // The CSV has the heading's parts in columns of their own, the date as Excel sorts it.
      const heading = (words: string) => (ext === 'csv' ? words.split(':')[0] : words);
      expect(englishText, ext).toContain(
        heading('Network meeting 1: Hvad ved vi?, 12 January 2027'),
      );
      const danish = await text(await fetch(exportUrl(server.url, board.id, ext)), ext);
      expect(danish, ext).toContain(heading('Netværksmøde 1: Hvad ved vi?, 12. januar 2027'));
      const asked = await fetch(exportUrl(server.url, board.id, ext, '?lang=da'));
      expect(await text(asked, ext), ext).toBe(danish);
    }
    const csv = await text(await fetch(exportUrl(server.url, board.id, 'csv', '?lang=en')), 'csv');
    expect(csv.startsWith('\uFEFFMeeting;Sub-theme;Date;Start time;')).toBe(true);
    const docx = await fetch(exportUrl(server.url, board.id, 'docx', '?lang=en'));
    const files = unzipSync(new Uint8Array(await docx.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Network participant');
    expect(xml).toContain('Overview: who comes when');
    expect(xml).not.toContain('Netværksdeltager');
    expect(strFromU8(files['word/styles.xml'] ?? new Uint8Array())).toContain('en-GB');
  });

  it('name the English file in English (planning-…), the Danish one planlaegning-…', async () => {
    const server = await harness.server();
    const board = await createBoard(server, paperExampleBoard());
    const english = await fetch(exportUrl(server.url, board.viewId, 'docx', '?lang=en'));
    expect(english.headers.get('content-disposition')).toMatch(
      /^attachment; filename="planning-ensomhed-blandt-unge-\d{4}-\d{2}-\d{2}\.docx"; /,
    );
    const danish = await fetch(exportUrl(server.url, board.viewId, 'csv', '?lang=da'));
    expect(danish.headers.get('content-disposition')).toMatch(
      /^attachment; filename="planlaegning-ensomhed-blandt-unge-\d{4}-\d{2}-\d{2}\.csv"; /,
    );
  });

  it.each(['?lang=de', '?lang=', '?lang=EN', '?lang=en&lang=da'])(
    'answer 400 invalid-lang for %s',
    async (query) => {
      const server = await harness.server();
      const board = await createBoard(server);
      const response = await fetch(exportUrl(server.url, board.id, 'csv', query));
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({
        error: 'invalid-lang',
        message: 'lang must be "da" or "en" (default "da")',
      });
    },
  );

  it('keep each language’s rendering apart: a kept Danish file is never sent for English', async () => {
    const { logger, count } = capturedLog();
    const server = await harness.server({ logger });
    const board = await createBoard(server, paperExampleBoard());
    for (const ext of ['md', 'docx']) {
      const danish = await text(await fetch(exportUrl(server.url, board.id, ext)), ext);
      expect(danish).toContain('Netværksmøde 1');
      for (let i = 0; i < 2; i++) {
        const english = await fetch(exportUrl(server.url, board.id, ext, '?lang=en'));
        const englishText = await text(english, ext);
        expect(englishText).toContain('Network meeting 1');
        expect(englishText).not.toContain('Netværksmøde 1');
      }
      const again = await text(await fetch(exportUrl(server.url, board.id, ext, '?lang=da')), ext);
      expect(again).toBe(danish);
      // Each language rendered once, then kept while the board is unchanged.
      expect(count('board-rendered', { kind: `${ext}:da` })).toBe(1);
      expect(count('board-rendered', { kind: `${ext}:en` })).toBe(1);
    }
  });
});
