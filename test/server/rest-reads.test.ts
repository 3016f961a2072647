import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { updateBoard } from '../../shared/ops/index.ts';
import type { Board } from '../../shared/schema.ts';
import { Harness, capturedLog, createBoard, getJson, sleep, waitFor } from './helpers.ts';
import { controlledStore } from './store-wrappers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

describe('REST reads of a board', () => {
  it('load a board not in memory once and render an unchanged board once, however often it is downloaded', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const { logger, count } = capturedLog();
    const server = await harness.server({ store, logger, roomIdleMs: 60_000 });
    const board = await createBoard(server, { title: 'Før' });
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${server.url}/api/boards/${board.viewId}/plan.docx`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    expect(store.loadCalls).toBe(1);
    expect(count('board-rendered', { kind: 'docx:da' })).toBe(1);

    // A change renders it anew, from the changed board.
    const client = await harness.syncedProvider(server, board.id);
    updateBoard(client.doc, { title: 'Efter' });
    await waitFor(() => store.appendCalls > 0, 'the edit stored');
    const markdown = await (await fetch(`${server.url}/api/boards/${board.id}/plan.md`)).text();
    expect(markdown).toContain('Efter');
    expect((await fetch(`${server.url}/api/boards/${board.id}/plan.docx`)).status).toBe(200);
    expect(count('board-rendered', { kind: 'docx:da' })).toBe(2);
    expect(store.loadCalls).toBe(1);
  });

  it('answer 503 with Retry-After beyond MAX_CONCURRENT_EXPORTS, and again once a slot is free', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store, maxConcurrentExports: 1 });
    const first = await createBoard(server);
    const second = await createBoard(server);
    store.loadDelayMs = 300; // a cold load holds its slot this long
    const slow = fetch(`${server.url}/api/boards/${first.id}/plan.docx`);
    await waitFor(() => store.loadCalls === 1, 'first load started');
    const refused = await fetch(`${server.url}/api/boards/${second.id}`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(((await refused.json()) as { error: string }).error).toBe('busy');
    expect(store.loadCalls).toBe(1); // the refused read loaded nothing
    expect((await slow).status).toBe(200);
    store.loadDelayMs = 0;
    expect((await fetch(`${server.url}/api/boards/${second.id}`)).status).toBe(200);
  });

  it('asked for at once share one load and one rendering instead of taking more slots', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const { logger, count } = capturedLog();
    const server = await harness.server({ store, logger, maxConcurrentExports: 1 });
    const board = await createBoard(server);
    store.loadDelayMs = 300; // the others come while the first loads
    const first = fetch(`${server.url}/api/boards/${board.id}/plan.docx`);
    await waitFor(() => store.loadCalls === 1, 'first load started');
    const others = [1, 2, 3].map(() => fetch(`${server.url}/api/boards/${board.viewId}/plan.docx`));
    const statuses = (await Promise.all([first, ...others])).map((response) => response.status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(count('board-rendered', { kind: 'docx:da' })).toBe(1);
    expect(store.loadCalls).toBe(1);
  });

  it('of a board whose load outlasts ROOM_IDLE_MS answer it, and the board leaves memory after', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store, roomIdleMs: 20 });
    const board = await createBoard(server, { title: 'Langsom' });
    store.loadDelayMs = 200; // the idle grace ends while the board is loading
    const response = await fetch(`${server.url}/api/boards/${board.viewId}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as Board).title).toBe('Langsom');
    expect(store.loadCalls).toBe(1);
    await waitFor(() => server.stats().rooms === 0, 'the read board unloaded');
  });

  it('while the store fails answer at once with the board as its clients have it (no wait on the retries)', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store, storeRetryMs: 60_000 });
    const board = await createBoard(server, { title: 'Før' });
    const client = await harness.syncedProvider(server, board.id);
    store.failWrites = true;
    updateBoard(client.doc, { title: 'Kun i hukommelsen' });
    await waitFor(() => server.stats().store === 'degraded', 'the append failed');
    const started = Date.now();
    expect(((await getJson(server, `/api/boards/${board.viewId}`)) as Board).title).toBe(
      'Kun i hukommelsen',
    );
    expect(Date.now() - started).toBeLessThan(1_000);
    store.failWrites = false;
  });

  it('of a live board include an edit only once it is stored (kill -9 cannot take back what a reader got)', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store });
    const board = await createBoard(server, { title: 'Gemt' });
    const client = await harness.syncedProvider(server, board.id);
    let release = (): void => {};
    store.appendGate = new Promise((resolve) => (release = resolve));
    updateBoard(client.doc, { title: 'Ikke gemt endnu' });
    await waitFor(() => store.appendCalls > 0, 'the edit applied and its append started');

    let released = false;
    let answeredBeforeRelease = false;
    const read = getJson(server, `/api/boards/${board.viewId}`).then((file) => {
      answeredBeforeRelease = !released;
      return file as Board;
    });
    const meta = getJson(server, `/api/boards/${board.id}/meta`).then((answer) => {
      answeredBeforeRelease ||= !released;
      return answer as { title: string };
    });
    await sleep(200);
    released = true;
    release();
    store.appendGate = null;
    expect((await read).title).toBe('Ikke gemt endnu');
    expect((await meta).title).toBe('Ikke gemt endnu');
    expect(answeredBeforeRelease).toBe(false);
  });
  it('answer 503 store-slow after STORE_WAIT_MS when a store write or load never settles, and free their slot', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const { logger, count } = capturedLog();
    const server = await harness.server({
      store,
      logger,
      storeWaitMs: 300,
      maxConcurrentExports: 1,
    });
    const board = await createBoard(server, { title: 'Før' });
    const other = await createBoard(server);
    const client = await harness.syncedProvider(server, board.id);
    let release = (): void => {};
    store.appendGate = new Promise((resolve) => (release = resolve)); // an append that hangs
    harness.onCleanup(() => release()); // so the server can shut down
    updateBoard(client.doc, { title: 'Aldrig gemt' });
    await waitFor(() => store.appendCalls > 0, 'the edit applied and its append started');

    const started = Date.now();
    const [file, docx] = await Promise.all([
      fetch(`${server.url}/api/boards/${board.viewId}`),
      fetch(`${server.url}/api/boards/${board.id}/plan.docx`),
    ]);
    expect(Date.now() - started).toBeLessThan(3_000);
    for (const response of [file, docx]) {
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(((await response.json()) as { error: string }).error).toBe('store-slow');
    }
    expect(count('read-store-slow', { board: board.id, waitingFor: 'writes' })).toBe(2);

    // A load that hangs holds the only slot no longer than that either.
    store.appendGate = null;
    let releaseLoad = (): void => {};
    store.loadGate = new Promise((resolve) => (releaseLoad = resolve));
    harness.onCleanup(() => releaseLoad());
    const cold = await fetch(`${server.url}/api/boards/${other.id}/plan.md`);
    expect(cold.status).toBe(503);
    expect(((await cold.json()) as { error: string }).error).toBe('store-slow');
    expect(count('read-store-slow', { board: other.id, waitingFor: 'load' })).toBe(1);
    store.loadGate = null;
    const third = await createBoard(server, { title: 'Tredje' });
    expect(((await getJson(server, `/api/boards/${third.id}`)) as Board).title).toBe('Tredje');
  });

  it('answer 503 store-slow after STORE_WAIT_MS when looking the id up never settles', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store, storeWaitMs: 300 });
    const board = await createBoard(server);
    let release = (): void => {};
    store.resolveGate = new Promise((resolve) => (release = resolve));
    harness.onCleanup(() => release());
    const response = await fetch(`${server.url}/api/boards/${board.viewId}/plan.csv`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(((await response.json()) as { error: string }).error).toBe('store-slow');
  });
});
