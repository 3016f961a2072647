import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/log.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { Harness, createBoard, marks, mark, waitFor } from './helpers.ts';
import { controlledStore } from './store-wrappers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

describe('loading a board', () => {
  it('loads once under concurrent connections and syncs nothing before the load finished', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store });
    const board = await createBoard(server, { title: 'Slow' });
    store.loadDelayMs = 300;
    const syncedAt: number[] = [];
    const titlesAtSync: string[] = [];
    const providers = Array.from({ length: 8 }, (_, i) =>
      harness.provider(server, i % 2 === 0 ? board.id : board.viewId),
    );
    for (const provider of providers) {
      provider.on('sync', (synced: boolean) => {
        if (!synced) return;
        syncedAt.push(Date.now());
        titlesAtSync.push(readBoard(provider.doc).title);
      });
    }
    // An edit made while the board is still loading is buffered, then applied and kept.
    mark(providers[0]!.doc, 'early-edit');
    await waitFor(() => syncedAt.length === providers.length, 'all synced');
    expect(store.loadCalls).toBe(1);
    for (const at of syncedAt) expect(at).toBeGreaterThanOrEqual(store.loadFinishedAt!);
    expect(titlesAtSync).toEqual(Array(providers.length).fill('Slow'));
    await waitFor(
      () => providers.every((p) => marks(p.doc).has('early-edit')),
      'early edit everywhere',
    );
  });

  it('closes the sockets of a failed load with 4500, writes nothing, and loads again later', async () => {
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store });
    const board = await createBoard(server, { title: 'Kept' });
    store.failLoads = true;
    const raw = await harness.raw(server, board.id);
    raw.send(Uint8Array.of(0, 2, 2, 0, 0));
    expect((await raw.closed).code).toBe(CLOSE_CODES.loadFailed);
    expect(server.stats().rooms).toBe(0);
    const stored = await store.load(board.id).catch(() => null);
    expect(stored).toBeNull(); // still failing: nothing was written in between
    store.failLoads = false;
    expect((await store.list())[0]?.logLength).toBe(0);
    const provider = await harness.syncedProvider(server, board.id);
    expect(readBoard(provider.doc).title).toBe('Kept');
  });

  it('closes a socket with 1008 (logged once) that sends more than four full frames’ worth while the board loads', async () => {
    const events: string[] = [];
    const logger = createLogger('warn', (line) => events.push(line));
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store, logger, maxMessageBytes: 64 * 1024 });
    const board = await createBoard(server);
    store.loadDelayMs = 1_000;
    const raw = await harness.raw(server, board.viewId);
    // Junk the room would refuse with 4400 once loaded: only the buffer's limit closes it sooner.
    const fullFrame = new Uint8Array(64 * 1024);
    for (let i = 0; i < 8; i++) raw.send(fullFrame);
    expect((await raw.closed).code).toBe(CLOSE_CODES.policyViolation);
    expect(store.loadFinishedAt).toBeNull();
    expect(events.filter((line) => line.includes('"load-buffer-full"'))).toHaveLength(1);
  });
});
