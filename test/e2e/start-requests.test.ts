import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard } from './harness.ts';

/**
 * The page's entry runs, and opens the board's socket, once its own scripts
 * are here: the entry and what it imports before it runs are few files, so
 * with the board page's code (preloaded by the HTML) they go out in one round
 * of the browser's six connections per host. As ten files (eight for the entry)
 * the entry waited for a second round, behind the board page's code (issue 4).
 */
describe('start-up requests', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('loads the entry from at most three scripts, all asked for before the board socket opens', async () => {
    const { e2e, board } = setup;
    const html = await (await fetch(`${e2e.url}${board.editUrl}`)).text();
    const entryFiles = [
      ...html.matchAll(
        /<script type="module"[^>]*src="([^"]+)"|<link rel="modulepreload"[^>]*href="([^"]+)"/g,
      ),
    ].map((match) => match[1] ?? match[2]);
    expect(entryFiles.length).toBeGreaterThan(0);
    expect(entryFiles.length, entryFiles.join(' ')).toBeLessThanOrEqual(3);

    const { page } = await e2e.user();
    const beforeSocket: string[] = [];
    let socketOpened = false;
    page.on('websocket', () => {
      socketOpened = true;
    });
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (!socketOpened && /\.(js|css)$/.test(pathname)) beforeSocket.push(pathname);
    });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    for (const file of entryFiles) expect(beforeSocket, file).toContain(file);
    // The entry's scripts, its stylesheet and the board page's preloaded code and styles.
    expect(beforeSocket.filter((path) => path.endsWith('.js')).length).toBeLessThanOrEqual(6);
    expect(e2e.pageErrors).toEqual([]);
  });
});
