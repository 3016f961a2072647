import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard } from './harness.ts';

/**
 * The production build's text files go compressed (vite.config.ts writes
 * them, server/static.ts sends them): the board page's start-up requests
 * arrive as brotli or gzip, and the page still runs. The service worker's
 * list of the build names the files only, never their compressed copies.
 */
describe('compressed assets', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('loads the board page from compressed files, and the service worker lists none of those', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    const sent: { path: string; coding: string | null; length: number }[] = [];
    page.on('response', async (response) => {
      const { pathname } = new URL(response.url());
      if (/\.(js|css)$|^\/b\//.test(pathname)) {
        const coding = await response.headerValue('content-encoding');
        const length = Number(await response.headerValue('content-length'));
        sent.push({ path: pathname, coding, length });
      }
    });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    expect(sent.filter(({ path }) => path.includes('/BoardPage-')).length).toBeGreaterThan(0);
    // The build leaves files under 1 kB as they are (rolldown's runtime).
    for (const { path, coding, length } of sent) {
      if (coding === null) expect(length, path).toBeLessThan(1024);
      else expect(['br', 'gzip'], path).toContain(coding);
    }
    expect(sent.filter(({ coding }) => coding !== null).length).toBeGreaterThan(3);
    expect(e2e.pageErrors).toEqual([]);

    const worker = await (await fetch(`${e2e.url}/sw.js`)).text();
    const listed = [...worker.matchAll(/\/assets\/[\w.-]+/g)].map(([path]) => path);
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.filter((path) => /\.(br|gz)$/.test(path))).toEqual([]);
    for (const path of listed) {
      const response = await fetch(`${e2e.url}${path}`, { method: 'HEAD' });
      expect(response.status, path).toBe(200);
    }
  });
});
