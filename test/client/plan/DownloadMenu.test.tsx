// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DownloadMenu } from '../../../client/plan/DownloadMenu.tsx';
import { downloadBlob } from '../../../client/plan/download.ts';
import { projectPlan } from '../../../shared/projection.ts';
import { parseBoardJson } from '../../../shared/validate.ts';
import { paperExampleBoard } from '../../helpers/boards.ts';
import { documentXml } from '../../shared/docx-xml.ts';
import { byTestId, mount, type Mounted } from './harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
});

const TODAY = '2027-03-01';

function show(lang: 'da' | 'en' = 'da') {
  const board = paperExampleBoard();
  const files: { blob: Blob; fileName: string }[] = [];
  const printed: string[] = [];
  const exportPng = vi.fn(
    async () => new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
  );
  mounted = mount(
    <DownloadMenu
      plan={projectPlan(board)}
      board={board}
      lang={lang}
      exportPng={exportPng}
      download={(blob, fileName) => files.push({ blob, fileName })}
      print={(html) => printed.push(html)}
      today={() => TODAY}
    />,
  );
  return { container: mounted.container, files, printed, exportPng, board };
}

/**
 * Clicks a button and waits until the work it started has settled. (`settled`
 * must not look at the DOM: React applies the updates only when act ends.)
 */
async function press(container: Element, testId: string, settled: () => boolean) {
  await act(async () => {
    byTestId(container, testId).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.waitFor(() => expect(settled()).toBe(true), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('downloads', () => {
  it('makes a Word file named after the plan and today', async () => {
    const { container, files } = show();
    await press(container, 'download-docx', () => files.length > 0);
    expect(files[0]?.fileName).toBe('planlaegning-ensomhed-blandt-unge-2027-03-01.docx');
    expect(files[0]?.blob.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
    // A DOCX is a zip archive: "PK".
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it('makes CSV, Markdown and HTML files of the plan with their types', async () => {
    const { container, files } = show();
    await press(container, 'download-csv', () => files.length === 1);
    await press(container, 'download-md', () => files.length === 2);
    await press(container, 'download-html', () => files.length === 3);
    expect(files.map((f) => [f.fileName, f.blob.type])).toEqual([
      ['planlaegning-ensomhed-blandt-unge-2027-03-01.csv', 'text/csv; charset=utf-8'],
      ['planlaegning-ensomhed-blandt-unge-2027-03-01.md', 'text/markdown; charset=utf-8'],
      ['planlaegning-ensomhed-blandt-unge-2027-03-01.html', 'text/html; charset=utf-8'],
    ]);
    expect(await files[1]!.blob.text()).toContain('Netværksmøde 1: Hvad ved vi?');
  });

  it('backs up the board file as JSON that imports again as the same board', async () => {
    const { container, files, board } = show();
    await press(container, 'download-json', () => files.length > 0);
    expect(files[0]?.fileName).toBe('tavle-ensomhed-blandt-unge-2027-03-01.json');
    expect(files[0]?.blob.type).toBe('application/json');
    const parsed = parseBoardJson(await files[0]!.blob.text());
    expect(parsed.ok && parsed.value).toEqual(board);
  });

  it("saves the canvas's PNG of the whole board", async () => {
    const { container, files, exportPng } = show();
    await press(container, 'download-png', () => files.length > 0);
    expect(exportPng).toHaveBeenCalledTimes(1);
    expect(files[0]?.fileName).toBe('tavle-ensomhed-blandt-unge-2027-03-01.png');
    expect(files[0]?.blob.type).toBe('image/png');
  });

  it('prints the A4-landscape HTML export of the plan', async () => {
    const { container, printed } = show();
    expect(byTestId(container, 'print').textContent).toBe('Udskriv / Gem som PDF');
    await press(container, 'print', () => printed.length > 0);
    expect(printed[0]).toContain('@page { size: A4 landscape');
    expect(printed[0]).toContain('Netværksmøde 1: Hvad ved vi?, 12. januar 2027');
  });

  it('shows a message instead of failing silently when a file cannot be made', async () => {
    const { container, exportPng } = show('en');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    exportPng.mockRejectedValueOnce(new Error('canvas gone'));
    await press(container, 'download-png', () => logged.mock.calls.length > 0);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'The file could not be created. Try again.',
    );
  });

  it("gives an English user the plan's files and print in English, with no note about Danish", async () => {
    const { container, files, printed } = show('en');
    expect(container.textContent).not.toContain('Danish');
    await press(container, 'download-csv', () => files.length === 1);
    await press(container, 'download-md', () => files.length === 2);
    await press(container, 'download-docx', () => files.length === 3);
    await press(container, 'print', () => printed.length > 0);
    const csv = await files[0]!.blob.text();
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFMeeting;Sub-theme;Date;Start time;Duration (min);Involvement forms (min);Location;' +
        'Network participant;What should the person contribute?;How? (Involvement form);Core participant',
    );
    const markdown = await files[1]!.blob.text();
    expect(markdown).toContain('## Network meeting 1: Hvad ved vi?, 12 January 2027');
    expect(markdown).not.toContain('Netværksmøde');
    const xml = await documentXml(new Uint8Array(await files[2]!.blob.arrayBuffer()));
    expect(xml).toContain('Network meeting 1: Hvad ved vi?, 12 January 2027');
    expect(printed[0]).toContain('<html lang="en">');
    expect(printed[0]).toContain('<th scope="col">Network participant</th>');
    // The file names speak the files' language too (the title as typed).
    expect(files.map((file) => file.fileName)).toEqual([
      'planning-ensomhed-blandt-unge-2027-03-01.csv',
      'planning-ensomhed-blandt-unge-2027-03-01.md',
      'planning-ensomhed-blandt-unge-2027-03-01.docx',
    ]);
  });

  it('hands the file to the browser through a temporary <a download>', () => {
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });
    downloadBlob(new Blob(['x']), 'plan.md');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'plan.md', attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
