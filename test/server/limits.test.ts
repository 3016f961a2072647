import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createLogger } from '../../server/log.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { CLOSE_CODES, MESSAGE_TYPES } from '../../shared/protocol.ts';
import { Harness, createBoard, getJson, mark, marks, sleep, waitFor } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * Updates of one client that all depend on its first change, which is never
 * sent: the server can only keep them waiting (Yjs' pending structs).
 */
function updatesMissingTheirStart(count: number, bytesEach: number): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = 424_242;
  doc.getMap('junk').set('withheld', true);
  const updates: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const before = Y.encodeStateVector(doc);
    doc.getMap('junk').set(`k${i}`, 'x'.repeat(bytesEach));
    updates.push(Y.encodeStateAsUpdate(doc, before));
  }
  doc.destroy();
  return updates;
}

async function storedBoard(dataDir: string, id: string): Promise<Uint8Array> {
  const store = openSqliteStore(dataDir);
  try {
    const stored = await store.load(id);
    return Y.mergeUpdates([stored!.snapshot, ...stored!.updates]);
  } finally {
    await store.close();
  }
}

function queryAwarenessFrame(): Uint8Array {
  return new Uint8Array([MESSAGE_TYPES.queryAwareness]);
}

describe('limits', () => {
  it('closes a socket that sends a frame over the size limit with 1009', async () => {
    const server = await harness.server({ maxMessageBytes: 64 * 1024 });
    const board = await createBoard(server);
    const other = await harness.syncedProvider(server, board.id);
    const raw = await harness.raw(server, board.id);
    raw.send(new Uint8Array(64 * 1024 + 1));
    expect((await raw.closed).code).toBe(CLOSE_CODES.messageTooBig);
    mark(other.doc, 'still-works');
    const late = await harness.syncedProvider(server, board.id);
    await waitFor(() => marks(late.doc).has('still-works'), 'room carries on');
  });

  it('closes a socket that sends too many messages per second with 1008', async () => {
    const server = await harness.server({ maxMessagesPerSecond: 50 });
    const board = await createBoard(server);
    const raw = await harness.raw(server, board.id);
    for (let i = 0; i < 80; i++) raw.send(queryAwarenessFrame());
    expect((await raw.closed).code).toBe(CLOSE_CODES.policyViolation);
    const calm = await harness.raw(server, board.id);
    for (let i = 0; i < 20; i++) calm.send(queryAwarenessFrame());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calm.closeCode).toBeNull();
  });

  it('closes with 1013 past the connections per board, and in total', async () => {
    const server = await harness.server({ maxConnectionsPerBoard: 2, maxConnections: 3 });
    const board = await createBoard(server);
    const other = await createBoard(server);
    await harness.raw(server, board.id);
    await harness.raw(server, board.id);
    const third = await harness.raw(server, board.id);
    expect((await third.closed).code).toBe(CLOSE_CODES.tryAgainLater);
    await harness.raw(server, other.id);
    const fourth = await harness.raw(server, other.id);
    expect((await fourth.closed).code).toBe(CLOSE_CODES.tryAgainLater);
  });

  it('refuses an update that would grow the document past its limit with 4413', async () => {
    const server = await harness.server({ maxDocBytes: 64 * 1024 });
    const board = await createBoard(server);
    const raw = await harness.raw(server, board.id);
    const big = new Y.Doc();
    big.getMap('test').set('blob', 'x'.repeat(70 * 1024));
    raw.send(updateFrame(Y.encodeStateAsUpdate(big)));
    expect((await raw.closed).code).toBe(CLOSE_CODES.documentTooLarge);
    const health = (await getJson(server, '/healthz')) as { ok: boolean };
    expect(health.ok).toBe(true);
    const reader = await harness.syncedProvider(server, board.id);
    expect(marks(reader.doc).has('blob')).toBe(false);
  });

  it('refuses with 4413 the update that grows the board past its limit, however small, from whichever client; the stored board keeps the rest', async () => {
    const limit = 64 * 1024;
    const dataDir = harness.tempDir();
    const events: Array<Record<string, unknown>> = [];
    const logger = createLogger('warn', (line) => {
      events.push(JSON.parse(line) as Record<string, unknown>);
    });
    const server = await harness.server({ dataDir, logger, maxDocBytes: limit });
    const board = await createBoard(server);
    // Two clients take turns adding 4 KiB each: no single frame, nor either
    // client's share, comes near the limit; the board does.
    const sockets = [await harness.raw(server, board.id), await harness.raw(server, board.id)];
    const docs = [new Y.Doc(), new Y.Doc()];
    let sent = 0;
    while (sockets.every((socket) => socket.closeCode === null) && sent < 40) {
      const doc = docs[sent % 2]!;
      const before = Y.encodeStateVector(doc);
      doc.getMap('test').set(`k${sent}`, 'x'.repeat(4 * 1024));
      sockets[sent % 2]!.send(updateFrame(Y.encodeStateAsUpdate(doc, before)));
      sent++;
      await sleep(10);
    }
    const refused = sockets.find((socket) => socket.closeCode !== null);
    expect(refused?.closeCode).toBe(CLOSE_CODES.documentTooLarge);
    expect(sent).toBeGreaterThan(10);
    const line = events.find((event) => event.code === CLOSE_CODES.documentTooLarge);
    expect(line).toMatchObject({ event: 'bad-message', board: board.id, limit });
    expect(line?.bytes).toBeGreaterThan(limit / 2);

    const reader = await harness.syncedProvider(server, board.id);
    const kept = marks(reader.doc).size;
    expect(kept).toBeGreaterThan(10);
    expect(kept).toBeLessThan(sent);
    await server.close();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, await storedBoard(dataDir, board.id));
    expect(stored.getMap('test').size).toBe(kept);
    expect(Y.encodeStateAsUpdate(stored).length).toBeLessThanOrEqual(limit);
  });

  it('refuses with 4413 updates kept waiting for missing ones once they carry the board past its limit; joiners and the store never get them', async () => {
    const limit = 64 * 1024;
    const dataDir = harness.tempDir();
    const server = await harness.server({ dataDir, maxDocBytes: limit });
    const board = await createBoard(server);
    const raw = await harness.raw(server, board.id);
    for (const update of updatesMissingTheirStart(10, 10 * 1024)) raw.send(updateFrame(update));
    expect((await raw.closed).code).toBe(CLOSE_CODES.documentTooLarge);

    const joiner = await harness.syncedProvider(server, board.id);
    expect(Y.encodeStateAsUpdate(joiner.doc).length).toBeLessThan(limit / 4);
    expect(joiner.doc.store.pendingStructs).toBeNull();
    // A legitimate edit, so that closing compacts the board into a new snapshot.
    mark(joiner.doc, 'still-works');
    const witness = await harness.syncedProvider(server, board.id);
    await waitFor(() => marks(witness.doc).has('still-works'), 'the room carries on');
    await server.close();
    const stored = await storedBoard(dataDir, board.id);
    expect(stored.length).toBeLessThan(limit / 4);
  });

  it('refuses with 4413 more than 2 MiB kept waiting for missing updates, however large the board may grow', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const raw = await harness.raw(server, board.id);
    for (const update of updatesMissingTheirStart(5, 512 * 1024)) raw.send(updateFrame(update));
    expect((await raw.closed).code).toBe(CLOSE_CODES.documentTooLarge);
    const joiner = await harness.syncedProvider(server, board.id);
    expect(joiner.doc.store.pendingStructs).toBeNull();
  });

  it('applies an update that arrives before the one it depends on, once that one comes', async () => {
    const server = await harness.server({ maxDocBytes: 64 * 1024 });
    const board = await createBoard(server);
    const reader = await harness.syncedProvider(server, board.id);
    const raw = await harness.raw(server, board.id);
    const source = new Y.Doc();
    mark(source, 'first');
    const firstUpdate = Y.encodeStateAsUpdate(source);
    const afterFirst = Y.encodeStateVector(source);
    mark(source, 'second');
    const secondUpdate = Y.encodeStateAsUpdate(source, afterFirst);
    raw.send(updateFrame(secondUpdate));
    raw.send(updateFrame(firstUpdate));
    await waitFor(
      () => marks(reader.doc).has('first') && marks(reader.doc).has('second'),
      'both updates applied',
    );
    expect(raw.closeCode).toBeNull();
  });

  it('drops too much waiting for missing updates stored by an older server when the board loads', async () => {
    const limit = 64 * 1024;
    const store = openSqliteStore(harness.tempDir());
    const server = await harness.server({ store, maxDocBytes: limit });
    const board = await createBoard(server);
    for (const update of updatesMissingTheirStart(10, 10 * 1024)) {
      await store.append(board.id, update);
    }
    const editor = await harness.syncedProvider(server, board.id);
    expect(editor.doc.store.pendingStructs).toBeNull();
    mark(editor.doc, 'edit');
    const reader = await harness.syncedProvider(server, board.id);
    await waitFor(() => marks(reader.doc).has('edit'), 'the edit arrives');
    expect(editor.wsconnected).toBe(true);
  });
});
