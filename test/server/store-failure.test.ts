import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/log.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { Harness, capturedLog, createBoard, getJson, mark, marks, waitFor } from './helpers.ts';
import { controlledStore } from './store-wrappers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

describe('a failing store', () => {
  it('keeps the room alive, reports degraded health, retries, and stores everything once it recovers', async () => {
    const dataDir = harness.tempDir();
    const store = controlledStore(openSqliteStore(dataDir));
    const server = await harness.server({ store, storeRetryMs: 50 });
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const b = await harness.syncedProvider(server, board.id);

    store.failWrites = true;
    for (let i = 0; i < 20; i++) mark(a.doc, `while-failing-${i}`);
    await waitFor(() => marks(b.doc).size === 20, 'room keeps syncing');
    expect(await getJson(server, '/healthz')).toMatchObject({ ok: true, store: 'degraded' });

    store.failWrites = false;
    await waitFor(() => server.stats().store === 'ok', 'store recovers');
    expect(await getJson(server, '/healthz')).toMatchObject({ store: 'ok' });
    mark(a.doc, 'after-recovery');
    await waitFor(() => marks(b.doc).has('after-recovery'), 'sync after recovery');

    await server.close();
    const again = await harness.server({ dataDir });
    const reader = await harness.syncedProvider(again, board.id);
    expect(marks(reader.doc).size).toBe(21);
  });

  it('keeps a board that cannot be stored in memory instead of unloading it', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store, storeRetryMs: 20, roomIdleMs: 20 });
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    store.failWrites = true;
    mark(a.doc, 'unsaved');
    await waitFor(() => server.stats().store === 'degraded', 'degraded');
    a.destroy();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(server.stats().rooms).toBe(1);
    store.failWrites = false;
    await waitFor(() => server.stats().rooms === 0, 'unloaded after the write succeeded');
    const reader = await harness.syncedProvider(server, board.id);
    expect(marks(reader.doc).has('unsaved')).toBe(true);
  });

  it('reports degraded health while boards cannot be created or loaded, not only while a room cannot write', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store });
    const board = await createBoard(server);

    store.failCreates = true;
    const refused = await fetch(`${server.url}/api/boards`, { method: 'POST', body: '' });
    expect(refused.status).toBe(503);
    expect(await getJson(server, '/healthz')).toMatchObject({ store: 'degraded' });
    store.failCreates = false;
    await createBoard(server);
    expect(await getJson(server, '/healthz')).toMatchObject({ store: 'ok' });

    store.failLoads = true;
    const raw = await harness.raw(server, board.id);
    expect((await raw.closed).code).toBe(CLOSE_CODES.loadFailed);
    expect(await getJson(server, '/healthz')).toMatchObject({ store: 'degraded' });
    store.failLoads = false;
    const reader = await harness.syncedProvider(server, board.id);
    expect(reader.synced).toBe(true);
    expect(await getJson(server, '/healthz')).toMatchObject({ store: 'ok' });
  });
  it('reports a store write that never settles as degraded, and does not keep shutdown waiting on it (no client has that edit)', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const events: Array<Record<string, unknown>> = [];
    const logger = createLogger('error', (line) =>
      events.push(JSON.parse(line) as Record<string, unknown>),
    );
    const server = await harness.server({ store, logger, storeWaitMs: 300 });
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const b = await harness.syncedProvider(server, board.id);
    let release = (): void => {};
    store.appendGate = new Promise((resolve) => (release = resolve)); // a write that hangs
    harness.onCleanup(() => release());
    mark(a.doc, 'never-stored');
    await waitFor(() => store.appendCalls > 0, 'the edit applied and its append started');
    await waitFor(() => server.stats().store === 'degraded', 'a hung write reported');
    expect(await getJson(server, '/healthz')).toMatchObject({ store: 'degraded' });

    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(marks(b.doc).has('never-stored')).toBe(false); // held back with its append
    expect(events).toContainEqual(
      expect.objectContaining({
        event: 'shutdown-unsaved-board',
        board: board.id,
        reason: 'store not answering',
      }),
    );
  });

  it('answers a creation 503 store-slow after STORE_WAIT_MS when the store does not store it, and removes the board should its write land later', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const { logger, count } = capturedLog();
    const server = await harness.server({ store, logger, storeWaitMs: 300 });
    const create = () =>
      fetch(`${server.url}/api/boards`, { method: 'POST', body: '{"title":"Hængt"}' });
    let release = (): void => {};
    store.createGate = new Promise((resolve) => (release = resolve)); // a write that hangs
    harness.onCleanup(() => release());
    const started = Date.now();
    const refused = await create();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(((await refused.json()) as { error: string }).error).toBe('store-slow');
    expect(await getJson(server, '/healthz')).toMatchObject({ store: 'degraded' });

    // The write lands after all: the board whose ids no one was told is removed again.
    store.createGate = null;
    release();
    await waitFor(() => count('board-create-undone') === 1, 'the late board removed');
    expect(await store.list()).toEqual([]);
    expect(await getJson(server, '/healthz')).toMatchObject({ store: 'ok' });

    // One that fails late leaves nothing to remove; the next creation is stored.
    store.createGate = new Promise((resolve) => (release = resolve));
    expect((await create()).status).toBe(503);
    store.failCreates = true;
    store.createGate = null;
    release();
    await waitFor(() => count('board-create-late-failed') === 1, 'the late failure');
    store.failCreates = false;
    const board = await createBoard(server, { title: 'Gemt' });
    expect((await store.list()).map((one) => one.id)).toEqual([board.id]);
    expect(count('board-create-undone')).toBe(1);
    expect(await getJson(server, '/healthz')).toMatchObject({ store: 'ok' });
  });
});
