import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import type { WarmUpTiming } from '../../server/page-warm-up.ts';
import { Harness, createBoard, sleep, waitFor } from './helpers.ts';
import { controlledStore, type ControlledStore } from './store-wrappers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** A built page and the files it names (the default names none: the quiet rule decides). */
interface Page {
  readonly html: string;
  readonly files: readonly string[];
}
const PLAIN_PAGE: Page = {
  html: '<!doctype html><title>Netværkstavlen</title>',
  files: [],
};

/** A server with a built page, its store's loads held until `release` (a slow disk). */
async function serverWithHeldLoads(
  options: { maxConcurrentExports?: number; pageWarmUp?: WarmUpTiming; page?: Page } = {},
) {
  const { page = PLAIN_PAGE, ...serverOptions } = options;
  const store: ControlledStore = controlledStore(openSqliteStore(harness.tempDir()));
  const staticDir = harness.tempDir();
  writeFileSync(join(staticDir, 'index.html'), page.html);
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'index-abc123.js'), 'console.log(1)');
  for (const file of page.files) writeFileSync(join(staticDir, file), `/* ${file} */`);
  const server = await harness.server({ store, staticDir, roomIdleMs: 10_000, ...serverOptions });
  let release = (): void => {};
  const hold = () => (store.loadGate = new Promise((resolve) => (release = resolve)));
  harness.onCleanup(() => release());
  return { store, server, hold, release: () => release() };
}

describe('page warm-ups', () => {
  it('load the boards of pages opened while exports hold every slot', async () => {
    const { store, server, hold, release } = await serverWithHeldLoads({ maxConcurrentExports: 1 });
    const exported = await createBoard(server);
    const opened = [
      await createBoard(server),
      await createBoard(server),
      await createBoard(server),
    ];
    hold();
    const download = fetch(`${server.url}/api/boards/${exported.id}/plan.docx`);
    await waitFor(() => store.loadCalls === 1, 'the export’s load holds the only slot');
    for (const board of opened)
      expect((await fetch(`${server.url}${board.editUrl}`)).status).toBe(200);
    await waitFor(() => store.loadCalls === 4, 'every opened board loading');
    release();
    expect((await download).status).toBe(200);
    await waitFor(() => server.stats().rooms === 4, 'all four boards in memory');
  });

  it('take no slot from an export asked for while they load', async () => {
    const { store, server, hold, release } = await serverWithHeldLoads({ maxConcurrentExports: 2 });
    const opened = [await createBoard(server), await createBoard(server)];
    const exported = await createBoard(server);
    hold();
    for (const board of opened)
      expect((await fetch(`${server.url}${board.viewUrl}`)).status).toBe(200);
    await waitFor(() => store.loadCalls === 2, 'both pages’ boards loading');
    const download = fetch(`${server.url}/api/boards/${exported.viewId}/plan.md`);
    await waitFor(() => store.loadCalls === 3, 'the export’s board loading');
    release();
    expect((await download).status).toBe(200);
  });

  it('load a board once when 30 people open its page at once, and its sockets find it loaded', async () => {
    const { store, server } = await serverWithHeldLoads();
    const board = await createBoard(server);
    const pages = await Promise.all(
      Array.from({ length: 30 }, () => fetch(`${server.url}${board.editUrl}`)),
    );
    expect(pages.map((page) => page.status)).toEqual(Array(30).fill(200));
    await waitFor(() => store.loadCalls === 1 && server.stats().rooms === 1, 'the board loading');
    const clients = await Promise.all(
      [1, 2, 3].map(() => harness.syncedProvider(server, board.id)),
    );
    expect(clients.every((client) => client.synced)).toBe(true);
    expect(store.loadCalls).toBe(1);
  });
});

describe('a page’s warm-up waits for the server to be quiet', () => {
  it('so the page’s scripts, asked for right after it, are answered before the board loads', async () => {
    // Its load holds the event loop (100–250 ms at 3,000 notes): begun as the page was sent, it
    // held the scripts the browser asks for next. Within the quiet window they come first.
    const { store, server } = await serverWithHeldLoads({
      pageWarmUp: { quietMs: 2_000, maxWaitMs: 10_000 },
    });
    const board = await createBoard(server);
    expect((await fetch(`${server.url}${board.editUrl}`)).status).toBe(200);
    const script = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toBe('console.log(1)');
    expect(store.loadCalls).toBe(0);
    await waitFor(
      () => store.loadCalls === 1 && server.stats().rooms === 1,
      'the board loading',
      10_000,
    );
  });

  it('while a request is in flight, and at the latest after its longest wait', async () => {
    const { store, server } = await serverWithHeldLoads({
      pageWarmUp: { quietMs: 50, maxWaitMs: 60_000 },
    });
    const board = await createBoard(server);
    // An upload still coming in: its body is never finished until the test ends it.
    const { port } = new URL(server.url);
    const upload = request({
      port,
      method: 'POST',
      path: '/api/boards',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '100' },
    });
    upload.on('error', () => {});
    upload.write('{');
    expect((await fetch(`${server.url}${board.viewUrl}`)).status).toBe(200);
    await sleep(500);
    expect(store.loadCalls).toBe(0);
    upload.destroy();
    await waitFor(() => store.loadCalls === 1, 'the board loading once the upload ended');

    const busy = await serverWithHeldLoads({ pageWarmUp: { quietMs: 60_000, maxWaitMs: 100 } });
    const other = await createBoard(busy.server);
    expect((await fetch(`${busy.server.url}${other.editUrl}`)).status).toBe(200);
    await waitFor(() => busy.store.loadCalls === 1, 'the board loading after the longest wait');
  });

  it('and a socket that comes first loads the board once, the warm-up then finding it', async () => {
    const { store, server } = await serverWithHeldLoads({
      pageWarmUp: { quietMs: 300, maxWaitMs: 300 },
    });
    const board = await createBoard(server);
    expect((await fetch(`${server.url}${board.editUrl}`)).status).toBe(200);
    const client = await harness.syncedProvider(server, board.id);
    expect(client.synced).toBe(true);
    await sleep(600);
    expect(store.loadCalls).toBe(1);
    expect(server.stats().rooms).toBe(1);
  });

  it('and an unknown id loads and stores nothing', async () => {
    const { store, server } = await serverWithHeldLoads({
      pageWarmUp: { quietMs: 0, maxWaitMs: 0 },
    });
    expect((await fetch(`${server.url}/b/AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(200);
    await sleep(200);
    expect(store.loadCalls).toBe(0);
    expect(server.stats().rooms).toBe(0);
  });
});

/** A page as the build writes it: its entry and chunks, and the board page's code it preloads. */
const BUILT_PAGE = `<!doctype html><html><head>
<script>if (/^\\/[bv]\\//.test(location.pathname)) for (const [rel, href, as] of [["modulepreload","assets/BoardPage-b1.js",""],["preload","assets/BoardPage-b2.css","style"]]) {}</script>
<script type="module" crossorigin src="/assets/index-abc123.js"></script>
<link rel="modulepreload" crossorigin href="/assets/start-s1.js">
<link rel="stylesheet" crossorigin href="/assets/index-i1.css">
</head><body><div id="root"></div></body></html>`;
const PAGE_FILES = [
  '/assets/index-abc123.js',
  '/assets/start-s1.js',
  '/assets/index-i1.css',
  '/assets/BoardPage-b1.js',
  '/assets/BoardPage-b2.css',
];

/** A server serving the built page, with a quiet rule that never comes. */
const serverWithBuiltPage = () =>
  serverWithHeldLoads({
    page: { html: BUILT_PAGE, files: PAGE_FILES },
    pageWarmUp: { quietMs: 60_000, maxWaitMs: 60_000 },
  });

describe('a page’s warm-up starts once the page’s files are sent', () => {
  it('the last one of them, in whatever order they are asked for, long before the quiet rule', async () => {
    const { store, server } = await serverWithBuiltPage();
    const board = await createBoard(server);
    expect((await fetch(`${server.url}${board.editUrl}`)).status).toBe(200);
    const [last, ...first] = [...PAGE_FILES].reverse();
    // Two at once and the rest one by one, as a browser's connections come free.
    const files = await Promise.all(first.map((file) => fetch(`${server.url}${file}`)));
    for (const file of files) await file.text();
    expect(files.map((file) => file.status)).toEqual(Array(first.length).fill(200));
    await sleep(200);
    expect(store.loadCalls).toBe(0);
    expect((await fetch(`${server.url}${last}`)).status).toBe(200);
    await waitFor(
      () => store.loadCalls === 1 && server.stats().rooms === 1,
      'the board loading once the last file was sent',
    );
  });

  it('for a view page too, and a board page with an unknown id loads nothing', async () => {
    const { store, server } = await serverWithBuiltPage();
    const board = await createBoard(server);
    expect((await fetch(`${server.url}/v/AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(200);
    for (const file of PAGE_FILES) await (await fetch(`${server.url}${file}`)).text();
    await sleep(200);
    expect(store.loadCalls).toBe(0);
    expect((await fetch(`${server.url}${board.viewUrl}`)).status).toBe(200);
    for (const file of PAGE_FILES) await (await fetch(`${server.url}${file}`)).text();
    await waitFor(() => store.loadCalls === 1, 'the view page’s board loading');
    expect(server.stats().rooms).toBe(1);
  });

  it('not while one of them is missing, nor for files sent before the page was asked for', async () => {
    const { store, server } = await serverWithBuiltPage();
    const board = await createBoard(server);
    for (const file of PAGE_FILES) await (await fetch(`${server.url}${file}`)).text();
    expect((await fetch(`${server.url}${board.editUrl}`)).status).toBe(200);
    for (const file of PAGE_FILES.slice(1)) await (await fetch(`${server.url}${file}`)).text();
    await sleep(300);
    expect(store.loadCalls).toBe(0);
  });

  it('and a quiet moment once some of them were sent waits for the rest', async () => {
    // A busy browser asks for its second round of files late: the quiet rule would start
    // the load between the rounds and hold them.
    const { store, server } = await serverWithHeldLoads({
      page: { html: BUILT_PAGE, files: PAGE_FILES },
      pageWarmUp: { quietMs: 50, maxWaitMs: 60_000 },
    });
    const board = await createBoard(server);
    expect((await fetch(`${server.url}${board.editUrl}`)).status).toBe(200);
    const [first, ...rest] = PAGE_FILES;
    await (await fetch(`${server.url}${first}`)).text();
    await sleep(400);
    expect(store.loadCalls).toBe(0);
    for (const file of rest) await (await fetch(`${server.url}${file}`)).text();
    await waitFor(() => store.loadCalls === 1, 'the board loading once the rest were sent');
  });
});
