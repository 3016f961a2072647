import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { Harness, createBoard, waitFor } from './helpers.ts';
import { controlledStore, type ControlledStore } from './store-wrappers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** A server with a built page, its store's loads held until `release` (a slow disk). */
async function serverWithHeldLoads(options: { maxConcurrentExports?: number } = {}) {
  const store: ControlledStore = controlledStore(openSqliteStore(harness.tempDir()));
  const staticDir = harness.tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Netværkstavlen</title>');
  const server = await harness.server({ store, staticDir, roomIdleMs: 10_000, ...options });
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
