import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { watchServerStore } from '../../client/sync/serverStore.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import {
  Harness,
  capturedLog,
  createBoard,
  getJson,
  mark,
  marks,
  sleep,
  waitFor,
} from './helpers.ts';
import { controlledStore } from './store-wrappers.ts';

const harness = new Harness();
afterEach(() => {
  vi.restoreAllMocks();
  return harness.cleanup();
});

/** What the server told `provider` about storing its board, in order. */
function toldBy(provider: WebsocketProvider): boolean[] {
  const told: boolean[] = [];
  watchServerStore(provider, (unsaved) => told.push(unsaved));
  return told;
}

describe('the clients of a board whose edits the store does not take', () => {
  it('are told once its appends have hung for STORE_WAIT_MS, the sender too, a joiner at once, and all once they are stored', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store, storeWaitMs: 300 });
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const b = await harness.syncedProvider(server, board.id);
    // y-websocket's own handling of the message: no "Unable to compute message", no warning.
    const plain = await harness.syncedProvider(server, board.id);
    const consoleError = vi.spyOn(console, 'error');
    const consoleWarn = vi.spyOn(console, 'warn');
    const told = { a: toldBy(a), b: toldBy(b) };

    let release = (): void => {};
    store.appendGate = new Promise((resolve) => (release = resolve)); // a write that hangs
    harness.onCleanup(() => release());
    mark(a.doc, 'held');
    await waitFor(() => told.a.length > 0 && told.b.length > 0, 'both clients told');
    expect(told).toEqual({ a: [true], b: [true] });
    expect(marks(b.doc).has('held')).toBe(false); // held back with its append

    const joiner = harness.provider(server, board.id);
    const joinerTold = toldBy(joiner);
    await waitFor(() => joinerTold.length > 0, 'the joiner told');
    expect(joinerTold).toEqual([true]);

    store.appendGate = null;
    release();
    await waitFor(() => told.a.length === 2 && told.b.length === 2, 'told it is stored');
    expect(told).toEqual({ a: [true, false], b: [true, false] });
    await waitFor(() => marks(b.doc).has('held') && marks(plain.doc).has('held'), 'edit sent');
    await waitFor(() => joinerTold.length === 2 && joiner.synced, 'the joiner told and synced');
    expect(joinerTold).toEqual([true, false]);
    expect(marks(joiner.doc).has('held')).toBe(true);
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
  });

  it("turn /healthz degraded with their notice, not before: it reads the rooms' own status", async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store, storeWaitMs: 300 });
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const told = toldBy(a);

    let release = (): void => {};
    store.appendGate = new Promise((resolve) => (release = resolve)); // a write that hangs
    harness.onCleanup(() => release());
    mark(a.doc, 'held');
    await waitFor(() => store.appendCalls > 0, 'the append started');
    // Past STORE_WAIT_MS in one turn: the room's timer has not run, so no one is told yet.
    const until = performance.now() + 300 + 50;
    while (performance.now() < until);
    expect(server.stats().store).toBe('ok');
    await waitFor(() => told.length > 0, 'the client told');
    expect(told).toEqual([true]);
    expect(server.stats().store).toBe('degraded');

    store.appendGate = null;
    release();
    await waitFor(() => told.length === 2, 'told it is stored');
    expect(server.stats().store).toBe('ok');
  });

  it('are told while its writes fail (edits in memory only, retried), and once a retry stored them', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store, storeRetryMs: 50 });
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const b = await harness.syncedProvider(server, board.id);
    const told = { a: toldBy(a), b: toldBy(b) };

    store.failWrites = true;
    mark(a.doc, 'in memory');
    await waitFor(() => told.a.length > 0 && told.b.length > 0, 'both clients told');
    expect(marks(b.doc).has('in memory')).toBe(true); // a failed write holds nothing back
    store.failWrites = false;
    await waitFor(() => told.a.length === 2 && told.b.length === 2, 'told it is stored');
    expect(told).toEqual({ a: [true, false], b: [true, false] });
  });

  it('are told when a compaction hangs for STORE_WAIT_MS, which holds back the broadcasts after it', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const { logger, count } = capturedLog();
    const server = await harness.server({
      store,
      logger,
      storeWaitMs: 300,
      compactAfterUpdates: 1,
    });
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const b = await harness.syncedProvider(server, board.id);
    const told = { a: toldBy(a), b: toldBy(b) };

    let release = (): void => {};
    store.compactGate = new Promise((resolve) => (release = resolve)); // a compaction that hangs
    harness.onCleanup(() => release());
    mark(a.doc, 'first'); // stored and sent, then the log is compacted after one update
    await waitFor(() => marks(b.doc).has('first'), 'the first edit sent');
    mark(a.doc, 'second'); // stored, its broadcast queued behind the compaction
    await waitFor(() => told.a.length > 0 && told.b.length > 0, 'both clients told');
    expect(told).toEqual({ a: [true], b: [true] });
    expect(marks(b.doc).has('second')).toBe(false);
    expect(await getJson(server, '/healthz')).toMatchObject({ store: 'degraded' });
    expect(count('store-write-slow', { board: board.id, ms: 300 })).toBe(1);

    store.compactGate = null;
    release();
    await waitFor(() => told.a.length === 2 && told.b.length === 2, 'told it is stored');
    expect(told).toEqual({ a: [true, false], b: [true, false] });
    await waitFor(() => marks(b.doc).has('second'), 'the second edit sent');
    expect(await getJson(server, '/healthz')).toMatchObject({ store: 'ok' });
    expect(count('store-write-settled', { board: board.id })).toBe(1);
  });

  it('are not told "stored" between a compaction that hangs and its failure', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const { logger, count } = capturedLog();
    const server = await harness.server({
      store,
      logger,
      storeWaitMs: 300,
      storeRetryMs: 300,
      compactAfterUpdates: 1,
    });
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const b = await harness.syncedProvider(server, board.id);
    const told = { a: toldBy(a), b: toldBy(b) };

    let release = (): void => {};
    store.compactGate = new Promise((resolve) => (release = resolve));
    harness.onCleanup(() => release());
    mark(a.doc, 'first');
    await waitFor(() => told.a.length > 0 && told.b.length > 0, 'both clients told');
    store.failWrites = true; // the hung compaction fails when it answers
    store.compactGate = null;
    release();
    await waitFor(() => count('store-write-failed', { board: board.id }) === 1, 'the failure');
    await sleep(100);
    expect(told).toEqual({ a: [true], b: [true] });

    store.failWrites = false; // a retry stores it
    await waitFor(() => told.a.length === 2 && told.b.length === 2, 'told it is stored', 10_000);
    expect(told).toEqual({ a: [true, false], b: [true, false] });
  });
});
