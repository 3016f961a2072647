import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { CLOSE_CODES, MESSAGE_TYPES } from '../../shared/protocol.ts';
import { paperExampleBoard } from '../helpers/boards.ts';
import {
  Harness,
  createBoard,
  getJson,
  mark,
  marks,
  sleep,
  waitFor,
  type RawSocket,
} from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random bytes, plus frames that look right at the start and go wrong later. */
function malformedFrame(next: () => number): Uint8Array {
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
  const body = bytes(1 + Math.floor(next() * 64));
  switch (Math.floor(next() * 8)) {
    case 0:
      return body; // pure noise
    case 1:
      return Uint8Array.of(0, 0, ...body); // sync step 1 with a broken state vector
    case 2:
      return Uint8Array.of(0, 2, body.length, ...body); // an update of noise
    case 3:
      return Uint8Array.of(0, 1, 0xff, 0xff, 0xff, 0xff, 0x0f, ...body); // length past the end
    case 4:
      return Uint8Array.of(1, body.length, ...body); // awareness of noise
    case 5:
      return Uint8Array.of(0, 9, 1, 0); // unknown sync type
    case 6:
      return Uint8Array.of(0x80, 0x80, 0x80); // unterminated varint
    default:
      return Uint8Array.of(7 + Math.floor(next() * 100), ...body); // unknown message type
  }
}

/** Valid frames that change nothing: query awareness, an empty update, an auth message. */
function harmlessFrame(next: () => number): Uint8Array {
  const frames = [Uint8Array.of(3), Uint8Array.of(0, 2, 2, 0, 0), Uint8Array.of(2, 0)];
  return frames[Math.floor(next() * frames.length)]!;
}

describe('malformed frames', () => {
  it('survives 10,000 random and malformed frames: only the sender is closed, the room syncs on, the board is unharmed', async () => {
    const server = await harness.server({ maxMessagesPerSecond: 100_000 });
    const file = paperExampleBoard();
    const board = await createBoard(server, file);
    const a = await harness.syncedProvider(server, board.id);
    const b = await harness.syncedProvider(server, board.id);
    const next = random(20_27);

    let sent = 0;
    const codes = new Set<number>();
    const burst = async () => {
      const raw: RawSocket = await harness.raw(server, board.id);
      // The first bad frame closes the socket; harmless frames before it are processed.
      const count = 1 + Math.floor(next() * 8);
      for (let i = 0; i < count; i++, sent++) {
        raw.send(next() < 0.3 ? harmlessFrame(next) : malformedFrame(next));
      }
      raw.send(malformedFrame(next));
      sent++;
      codes.add((await raw.closed).code);
      raw.terminate();
    };
    while (sent < 10_000) {
      await Promise.all(Array.from({ length: 25 }, burst));
      mark(a.doc, `during-${sent}`);
    }
    for (const code of codes) {
      expect([CLOSE_CODES.badMessage, CLOSE_CODES.internalError, 1006, 1002, 1007]).toContain(code);
    }
    expect(codes.has(CLOSE_CODES.badMessage)).toBe(true);

    mark(b.doc, 'after');
    await waitFor(
      () => marks(a.doc).has('after') && marks(b.doc).has(`during-${sent}`),
      'the other clients keep syncing',
      30_000,
    );
    expect(readBoard(b.doc)).toEqual(file);
    expect(await getJson(server, `/api/boards/${board.id}`)).toEqual(file);
    expect(await getJson(server, '/healthz')).toMatchObject({ ok: true, store: 'ok' });
    const fresh = await harness.syncedProvider(server, board.id);
    expect(Y.encodeStateVector(fresh.doc)).toEqual(Y.encodeStateVector(a.doc));
    // 4 s alone; several times that on a loaded 2-core machine (30 s was not enough).
  }, 120_000);

  it('closes a socket that sends a text frame with 4400', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const raw = await harness.raw(server, board.id);
    raw.send('hello');
    expect((await raw.closed).code).toBe(CLOSE_CODES.badMessage);
  });

  it('refuses an update whose delete set is broken with 4400 before any of it is applied, stored or broadcast', async () => {
    const dataDir = harness.tempDir();
    const server = await harness.server({ dataDir });
    const board = await createBoard(server);
    const other = await harness.syncedProvider(server, board.id);
    const source = new Y.Doc();
    mark(source, 'smuggled', 'from a malformed frame');
    const whole = Y.encodeStateAsUpdate(source);
    // Valid structs, then the delete set's client count cut off: Yjs would
    // integrate the structs before it finds out.
    const broken = whole.slice(0, whole.length - 1);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
    syncProtocol.writeUpdate(encoder, broken);
    const raw = await harness.raw(server, board.id);
    raw.send(encoding.toUint8Array(encoder));
    expect((await raw.closed).code).toBe(CLOSE_CODES.badMessage);

    mark(other.doc, 'after');
    const late = await harness.syncedProvider(server, board.id);
    await waitFor(() => marks(late.doc).has('after'), 'the room carries on');
    await sleep(50);
    expect(marks(other.doc).has('smuggled')).toBe(false);
    expect(marks(late.doc).has('smuggled')).toBe(false);
    await server.close();
    const store = openSqliteStore(dataDir);
    const stored = await store.load(board.id);
    await store.close();
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.mergeUpdates([stored!.snapshot, ...stored!.updates]));
    expect(marks(reloaded).has('after')).toBe(true);
    expect(marks(reloaded).has('smuggled')).toBe(false);
  });
});
