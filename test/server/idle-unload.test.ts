import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { Harness, createBoard, mark, marks, sleep, waitFor } from './helpers.ts';
import { controlledStore } from './store-wrappers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

describe('idle boards', () => {
  it('leave memory after the grace period with every update stored, and load again', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store, roomIdleMs: 100 });
    const board = await createBoard(server);
    const client = await harness.syncedProvider(server, board.id);
    for (let i = 0; i < 30; i++) mark(client.doc, `k${i}`);
    await sleep(20);
    expect(server.stats().rooms).toBe(1);
    client.destroy();
    await sleep(50);
    expect(server.stats().rooms).toBe(1); // still within the grace period
    await waitFor(() => server.stats().rooms === 0, 'room unloaded');
    expect(server.stats().connections).toBe(0);
    // Unloading compacted the log into the snapshot.
    expect((await store.list())[0]?.logLength).toBe(0);

    const reader = await harness.syncedProvider(server, board.id);
    expect(marks(reader.doc).size).toBe(30);
    expect(store.loadCalls).toBe(2);
  });

  it('stay loaded while someone comes back within the grace period', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    // A grace far longer than the 50 ms away: a busy machine must not make the return late.
    const server = await harness.server({ store, roomIdleMs: 1_000 });
    const board = await createBoard(server);
    const first = await harness.syncedProvider(server, board.id);
    first.destroy();
    await sleep(50);
    await harness.syncedProvider(server, board.id);
    await sleep(200);
    expect(server.stats().rooms).toBe(1);
    expect(store.loadCalls).toBe(1);
  });

  it('start loading when their page is asked for, so the websocket finds them ready', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const staticDir = harness.tempDir();
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Netværkstavlen</title>');
    // The page's warm load waits this long for its websocket, also on a busy machine.
    const server = await harness.server({ store, staticDir, roomIdleMs: 1_000 });
    const board = await createBoard(server);
    expect((await fetch(`${server.url}${board.viewUrl}`)).status).toBe(200);
    await waitFor(() => server.stats().rooms === 1, 'board loaded by its page');
    const client = await harness.syncedProvider(server, board.id);
    expect(store.loadCalls).toBe(1);
    client.destroy();

    // An unknown id loads and stores nothing; an unvisited warm board leaves after the grace.
    expect((await fetch(`${server.url}/b/${'x'.repeat(22)}`)).status).toBe(200);
    await waitFor(() => server.stats().rooms === 0, 'warm board unloaded');
    expect(store.loadCalls).toBe(1);
    expect(await store.list()).toHaveLength(1);
  });
});
