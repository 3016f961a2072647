import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CLOSE_CODES, MESSAGE_TYPES } from '../../shared/protocol.ts';
import { Harness, createBoard, getJson, mark, marks, waitFor } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
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
});
