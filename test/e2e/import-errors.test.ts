import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioBoard } from './fixtures.ts';
import { E2E, screenshot, sleep } from './harness.ts';

/** Issue 6 §8: importing a broken board file shows readable errors and creates nothing. */
describe('importing a broken board file', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await E2E.start();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  /** Chooses a file in the import field; returns the board-creating requests the page sent. */
  async function importFile(page: Page, name: string, text: string): Promise<string[]> {
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/api/boards'))
        posts.push(request.url());
    });
    await page.getByTestId('import-file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
    await page.getByTestId('import-errors').waitFor({ state: 'visible', timeout: 5_000 });
    await sleep(300);
    return posts;
  }

  it('lists what is wrong with a board file, in Danish, and stays on the landing page', async () => {
    const { page } = await e2e.user();
    await page.goto(`${e2e.url}/`);
    const broken = scenarioBoard() as unknown as Record<string, unknown> & {
      meetings: Record<string, unknown>[];
      notes: Record<string, unknown>[];
    };
    const first = broken.meetings[0];
    if (first) first.date = '2027-02-30';
    broken.notes.push({
      id: 'x1',
      kind: 'participant',
      lane: 'nowhere',
      x: 0,
      y: 0,
      person: 'ghost',
    });
    const posts = await importFile(page, 'tavle.json', JSON.stringify(broken));

    const errors = await page.getByTestId('import-errors').innerText();
    expect(errors.length).toBeGreaterThan(20);
    // Readable: the problems are named in words, not as a stack trace or raw JSON.
    expect(errors).not.toMatch(/ZodError|\bat .*\.js:\d+|^\s*[[{]/);
    expect(errors).toMatch(/2027-02-30|dato/i);
    expect(errors.split('\n').filter((line) => line.trim() !== '').length).toBeGreaterThanOrEqual(
      3,
    );
    expect(new URL(page.url()).pathname).toBe('/');
    expect(posts).toEqual([]);
    await screenshot(page, '8-import-errors');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('says so when the file is not JSON at all', async () => {
    const { page } = await e2e.user();
    await page.goto(`${e2e.url}/`);
    const posts = await importFile(page, 'noter.json', '{"format": "netvaerkstavle/board", ');
    const errors = await page.getByTestId('import-errors').innerText();
    expect(errors.trim().length).toBeGreaterThan(10);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(posts).toEqual([]);
    await screenshot(page, '8-import-not-json');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('reads the same file again when it is chosen again (mended after an error)', async () => {
    const { page } = await e2e.user();
    await page.goto(`${e2e.url}/`);
    await importFile(page, 'tavle.json', '{"hello": "world"}');
    expect(await page.getByTestId('import-errors').innerText()).toContain(
      'ikke en Netværkstavle-fil',
    );
    // The browser fires no change for the file the field already holds: opening the chooser
    // must empty it, or the mended file, chosen again under its name, is never read.
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-choose').click();
    await chooser;
    expect(
      await page.getByTestId('import-file').evaluate((input: HTMLInputElement) => input.value),
    ).toBe('');
    const chosen = page.waitForEvent('filechooser');
    await page.getByTestId('import-choose').click();
    await (
      await chosen
    ).setFiles({
      name: 'tavle.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenarioBoard('Mended')), 'utf8'),
    });
    await page.waitForURL((url) => url.pathname.startsWith('/b/'), { timeout: 10_000 });
    expect(e2e.pageErrors).toEqual([]);
  });

  it("offers the file in the page's language, not the browser's", async () => {
    // The browser's file button said "Choose File" and "No file chosen" on the Danish page.
    const { page } = await e2e.user();
    await page.goto(`${e2e.url}/`);
    const choose = page.getByTestId('import-choose');
    expect(await choose.innerText()).toBe('Vælg en fil …');
    const input = await page.getByTestId('import-file').boundingBox();
    expect(input?.width).toBeLessThanOrEqual(1);
    await page.getByTestId('lang-switch').click();
    expect(await choose.innerText()).toBe('Choose a file…');
    expect(e2e.pageErrors).toEqual([]);
  });
});
