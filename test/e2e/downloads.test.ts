import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { pngPixelsNear } from './canvasPixels.ts';
import type { Page } from 'playwright-core';
import {
  center,
  download,
  e2eWithBoard,
  fetchBoard,
  fitBoard,
  mustRect,
  noteIds,
  openBoard,
  screenshot,
  waitReady,
  waitUntil,
} from './harness.ts';

const selectedIds = (page: Page) => page.evaluate(() => window.__netvaerkstavle?.selection() ?? []);

/**
 * Issue 6 §5: the downloads are saved as files and their contents hold the
 * plan — the DOCX's word/document.xml has the meeting headings; the CSV starts
 * with the UTF-8 BOM and separates with ';' (what Danish Excel expects).
 */
describe('downloads', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('saves a DOCX with the meeting headings, a CSV for Excel, the whole board as PNG, and prints', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });

    const docx = await download(page, 'download-docx');
    expect(docx.name).toMatch(/\.docx$/);
    const files = unzipSync(new Uint8Array(docx.bytes));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const text = xml.replace(/<[^>]+>/g, '');
    for (let n = 1; n <= 5; n++) expect(text).toContain(`Netværksmøde ${n}`);
    expect(text).toContain('Afsluttende møde');
    expect(text).toContain('Ensomhed blandt unge');
    expect(text).toContain('Jens Jensen');
    expect(text).toContain('Oplæg om ensomhed');

    const csv = await download(page, 'download-csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').split(/\r?\n/);
    expect(lines[0]).toContain(';');
    expect(lines[0]?.split(';').length).toBeGreaterThanOrEqual(3);
    const jens = lines.find((line) => line.includes('Jens Jensen'));
    expect(jens).toBeDefined();
    expect(jens).toContain('Oplæg om ensomhed');

    // The other text downloads arrive as files with the plan in them.
    for (const kind of ['md', 'html'] as const) {
      const file = await download(page, `download-${kind}`);
      expect(file.name).toMatch(new RegExp(`\\.${kind}$`));
      expect(file.bytes.toString('utf8')).toContain('Jens Jensen');
    }
    // The PNG is the whole board at 2x: wider than the screen, not just the viewport.
    const png = await download(page, 'download-png');
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const viewport = page.viewportSize()?.width ?? 0;
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(viewport * 1.5);

    // Print: the A4-landscape HTML export goes to the browser's print dialog.
    await page.evaluate(() => {
      // The dialog is the browser's own: check the document handed to it.
      const frames = window as unknown as { __printed?: string[] };
      frames.__printed = [];
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLIFrameElement) frames.__printed?.push(node.srcdoc);
      }).observe(document.body, { childList: true });
    });
    await page.getByTestId('print').click();
    await page.waitForFunction(
      () => ((window as unknown as { __printed?: string[] }).__printed ?? []).length > 0,
    );
    const printed = await page.evaluate(
      () => (window as unknown as { __printed: string[] }).__printed[0] ?? '',
    );
    expect(printed).toMatch(/@page\s*\{[^}]*A4 landscape/);
    expect(printed).toContain('Netværksmøde 1');
    expect(printed).toContain('Jens Jensen');

    await screenshot(page, '5-downloads');
    expect(e2e.pageErrors).toEqual([]);
  });

  it("gives an English user the plan's files in English: the DOCX's headings, the CSV's columns", async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');

    const docx = await download(page, 'download-docx');
    const files = unzipSync(new Uint8Array(docx.bytes));
    const text = strFromU8(files['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, '');
    for (let n = 1; n <= 5; n++) expect(text).toContain(`Network meeting ${n}`);
    expect(text).toContain('Final meeting');
    expect(text).toContain('Network participant');
    expect(text).not.toContain('Netværksmøde');
    expect(text).not.toContain('Netværksdeltager');
    expect(text).toContain('Jens Jensen');
    expect(strFromU8(files['word/styles.xml'] ?? new Uint8Array())).toContain('en-GB');

    const csv = await download(page, 'download-csv');
    const lines = csv.bytes.subarray(3).toString('utf8').split(/\r?\n/);
    expect(lines[0]?.split(';').slice(0, 3)).toEqual(['Meeting', 'Sub-theme', 'Date']);
    expect(lines.find((line) => line.includes('Jens Jensen'))).toMatch(/^Network meeting \d;/);
    // The menu no longer says the files are Danish.
    expect(await page.getByTestId('downloads-menu').textContent()).not.toContain('Danish');
    expect(e2e.pageErrors).toEqual([]);
  });

  it("the PNG shows the board, not this screen's selection", async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await fitBoard(page);
    /** The pixels of a downloaded PNG in the selection's blue (SELECTION, client/canvas/colors.ts). */
    const selectionBlue = async () => {
      const png = await download(page, 'download-png');
      return (await pngPixelsNear(page, png.bytes, [0x1d, 0x64, 0xd8])).count;
    };
    const unselected = await selectionBlue();
    const note = center(await mustRect(page, 'note', 'n1'));
    await page.mouse.click(note.x, note.y);
    await waitUntil(async () => (await selectedIds(page)).includes('n1'), 'n1 is selected');
    expect(await selectionBlue()).toBe(unselected);
    // The selection is still there on the screen afterwards.
    expect(await selectedIds(page)).toEqual(['n1']);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('the JSON download is a backup: imported on the landing page, it opens as a new board with the same content', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    const backup = await download(page, 'download-json');
    expect(backup.name).toMatch(/\.json$/);

    await page.goto(`${e2e.url}/`);
    await page.getByTestId('import-file').setInputFiles({
      name: backup.name,
      mimeType: 'application/json',
      buffer: backup.bytes,
    });
    await page.waitForURL(
      (url) => /^\/b\/[\w-]+$/.test(url.pathname) && !url.pathname.endsWith(board.id),
      {
        timeout: 10_000,
      },
    );
    await waitReady(page);
    const copyId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const [original, copy] = await Promise.all([
      fetchBoard(e2e.url, board.id),
      fetchBoard(e2e.url, copyId),
    ]);
    expect(copy).toEqual(original);
    expect((await noteIds(page)).sort()).toEqual(original.notes.map((n) => n.id).sort());
    expect(e2e.pageErrors).toEqual([]);
  });

  it('closes the toolbar menus with Escape and with a press outside them', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1400, height: 900 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    const downloads = page.getByTestId('downloads-menu');
    const addMeeting = page.getByTestId('add-meeting');
    const isOpen = (menu: 'downloads' | 'add') =>
      (menu === 'downloads' ? downloads : addMeeting.locator('xpath=..')).evaluate(
        (details) => (details as HTMLDetailsElement).open,
      );

    await downloads.locator('summary').click();
    await page.getByTestId('download-csv').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    expect(await isOpen('downloads')).toBe(false);

    await addMeeting.click();
    await page.getByTestId('add-network-meeting').waitFor({ state: 'visible' });
    // Opening the other menu is a press outside this one.
    await downloads.locator('summary').click();
    await page.getByTestId('download-csv').waitFor({ state: 'visible' });
    expect(await isOpen('add')).toBe(false);

    // A press on the board closes the downloads menu.
    const canvas = await page.getByTestId('board-canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height - 30);
    expect(await isOpen('downloads')).toBe(false);
    expect(e2e.pageErrors).toEqual([]);
  });
  it('on a tablet-wide screen the plan and the side panels take turns, so the board keeps its width', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1024, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    const pressed = (id: string) => page.getByTestId(id).getAttribute('aria-pressed');
    expect(await pressed('toggle-panels')).toBe('true');
    await page.getByTestId('toggle-plan').click();
    await page.getByTestId('plan-view').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await pressed('toggle-panels')).toBe('false');
    const canvas = await page.getByTestId('board-canvas').boundingBox();
    expect(canvas?.width ?? 0).toBeGreaterThan(450);
    await page.getByTestId('toggle-panels').click();
    expect(await pressed('toggle-plan')).toBe('false');

    // "Del" opens over the board, not clipped by the toolbar (which scrolls sideways here).
    await page.getByTestId('share-open').click();
    for (const id of ['share-edit-link', 'share-view-link', 'share-view-copy']) {
      const shown = await page.getByTestId(id).evaluate((element) => {
        const r = element.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return hit !== null && (element === hit || element.contains(hit));
      });
      expect(shown, `${id} is on top`).toBe(true);
    }
    expect(e2e.pageErrors).toEqual([]);
  });
});
