import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { createId } from '../../shared/ids.ts';
import { WS_WHOLE_BOARD_QUERY } from '../../shared/protocol.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import type { BoardStore } from '../../server/store/types.ts';
import { generatedBoard } from '../helpers/boards.ts';
import { Harness, waitFor } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

const isSyncStep2 = (frame: Uint8Array) => frame[0] === 0 && frame[1] === 1;

function updateOf(frame: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder); // messageSync
  decoding.readVarUint(decoder); // sync step 2
  return decoding.readVarUint8Array(decoder);
}

/**
 * A board stored as a snapshot whose bytes are not the document's own
 * encoding (two updates merged), so an answer equal to them can only be the
 * stored bytes themselves.
 */
async function storeMergedSnapshot(
  store: BoardStore,
): Promise<{ id: string; snapshot: Uint8Array }> {
  const seeded = createBoardDoc(generatedBoard({ notes: 40, people: 8, meetings: 6 }));
  const later = new Y.Doc();
  Y.applyUpdate(later, Y.encodeStateAsUpdate(seeded));
  const before = Y.encodeStateVector(later);
  later.getMap('meta').set('title', 'Ændret titel');
  const snapshot = Y.mergeUpdates([
    Y.encodeStateAsUpdate(seeded),
    Y.encodeStateAsUpdate(later, before),
  ]);
  expect(snapshot).not.toEqual(Y.encodeStateAsUpdate(later));
  const ids = { id: createId(128), viewId: createId(128) };
  await store.create(ids, snapshot);
  return { id: ids.id, snapshot };
}

async function wholeBoardAnswer(store: BoardStore, id: string): Promise<Uint8Array> {
  const server = await harness.server({ store });
  const raw = await harness.raw(server, `${id}?${WS_WHOLE_BOARD_QUERY}`);
  await waitFor(() => raw.received.some(isSyncStep2), 'the whole board');
  const frame = raw.received.find(isSyncStep2);
  if (!frame) throw new Error('no sync step 2');
  return updateOf(frame);
}

describe('the whole-board answer of a board just loaded', () => {
  it('is the stored snapshot itself when nothing was stored after it (no encoding again)', async () => {
    const store = openSqliteStore(harness.tempDir());
    const { id, snapshot } = await storeMergedSnapshot(store);
    const answer = await wholeBoardAnswer(store, id);
    expect(answer).toEqual(snapshot);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, answer);
    expect(readBoard(doc).title).toBe('Ændret titel');
  });

  it('is the document encoded afresh when updates follow the snapshot, and holds them', async () => {
    const store = openSqliteStore(harness.tempDir());
    const { id, snapshot } = await storeMergedSnapshot(store);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot);
    const before = Y.encodeStateVector(doc);
    doc.getMap('meta').set('title', 'Titel fra loggen');
    await store.append(id, Y.encodeStateAsUpdate(doc, before));
    const answer = await wholeBoardAnswer(store, id);
    expect(answer).not.toEqual(snapshot);
    const joined = new Y.Doc();
    Y.applyUpdate(joined, answer);
    expect(readBoard(joined).title).toBe('Titel fra loggen');
  });

  it('is encoded afresh when the snapshot holds updates still waiting, which the load drops', async () => {
    const store = openSqliteStore(harness.tempDir());
    const seeded = createBoardDoc(generatedBoard({ notes: 10, people: 4, meetings: 3 }));
    // A client whose first change never arrived: its later, large one waits (pending).
    const client = new Y.Doc();
    client.getMap('meta').set('first', 1);
    const before = Y.encodeStateVector(client);
    client.getMap('meta').set('big', 'z'.repeat(2_300_000));
    const state = new Y.Doc();
    Y.applyUpdate(state, Y.encodeStateAsUpdate(seeded));
    Y.applyUpdate(state, Y.encodeStateAsUpdate(client, before));
    expect(state.store.pendingStructs).not.toBeNull();
    const ids = { id: createId(128), viewId: createId(128) };
    await store.create(ids, Y.encodeStateAsUpdate(state));
    const joined = new Y.Doc();
    Y.applyUpdate(joined, await wholeBoardAnswer(store, ids.id));
    expect(joined.store.pendingStructs).toBeNull();
    expect(readBoard(joined).notes).toHaveLength(10);
  });
});
