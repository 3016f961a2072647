import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../../shared/doc-read.ts';
import { WS_WHOLE_BOARD_QUERY } from '../../shared/protocol.ts';
import { generatedBoard } from '../helpers/boards.ts';
import { Harness, createBoard, sleep, waitFor } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** Sync step 2 frames: messageSync (0), step 2 (1), then the update. */
const isSyncStep2 = (frame: Uint8Array) => frame[0] === 0 && frame[1] === 1;

function docFromStep2(frame: Uint8Array): Y.Doc {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder); // messageSync
  decoding.readVarUint(decoder); // sync step 2
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  return doc;
}

describe(`the sync endpoint with ?${WS_WHOLE_BOARD_QUERY}`, () => {
  it('sends the whole board on connecting, without a sync step 1 from the client', async () => {
    const server = await harness.server();
    const board = await createBoard(server, generatedBoard({ notes: 50, people: 10, meetings: 6 }));
    const raw = await harness.raw(server, `${board.id}?${WS_WHOLE_BOARD_QUERY}`);
    await waitFor(() => raw.received.some(isSyncStep2), 'the whole board');
    const frame = raw.received.find(isSyncStep2);
    if (!frame) throw new Error('no sync step 2');
    expect(readBoard(docFromStep2(frame)).notes).toHaveLength(50);
  });

  it('does not send the board again for the client’s empty sync step 1, but for a later one', async () => {
    const server = await harness.server();
    const board = await createBoard(server, generatedBoard({ notes: 20, people: 5, meetings: 6 }));
    const raw = await harness.raw(server, `${board.id}?${WS_WHOLE_BOARD_QUERY}`);
    const boards = () => raw.received.filter(isSyncStep2).length;
    await waitFor(() => boards() === 1, 'the whole board');
    const emptyStep1 = Uint8Array.of(0, 0, 1, 0); // sync, step 1, a state vector of no clients
    raw.send(emptyStep1);
    await sleep(200);
    expect(boards()).toBe(1);
    raw.send(emptyStep1);
    await waitFor(() => boards() === 2, 'an answer to the second step 1');
  });

  it('works with the view id too, which still cannot write', async () => {
    const server = await harness.server();
    const board = await createBoard(server, generatedBoard({ notes: 5, people: 3, meetings: 6 }));
    const raw = await harness.raw(server, `${board.viewId}?${WS_WHOLE_BOARD_QUERY}`);
    await waitFor(() => raw.received.some(isSyncStep2), 'the whole board');
    expect(raw.closeCode).toBeNull();
  });

  it('sends nothing of the kind without the query', async () => {
    const server = await harness.server();
    const board = await createBoard(server, generatedBoard({ notes: 5, people: 3, meetings: 6 }));
    const plain = await harness.raw(server, board.id);
    const other = await harness.raw(server, `${board.id}?state=partial`);
    await sleep(200);
    expect(plain.received.length).toBeGreaterThan(0); // the server's own sync step 1
    expect(plain.received.some(isSyncStep2)).toBe(false);
    expect(other.received.some(isSyncStep2)).toBe(false);
  });
});
