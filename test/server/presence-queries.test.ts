import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGE_TYPES } from '../../shared/protocol.ts';
import { QUERY_ANSWER_INTERVAL_MS } from '../../server/sync/room-presence.ts';
import { Harness, createBoard, mark, marks, sleep, waitFor } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

const QUERY = Uint8Array.of(MESSAGE_TYPES.queryAwareness);
/** Bytes of presence the room holds, so an answer carrying it is easy to tell apart. */
const BIG = 20_000;

describe('query-awareness', () => {
  it('a flood gets one answer at once and one at the end of the interval; the others notice nothing', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const anna = await harness.syncedProvider(server, board.id);
    const bo = await harness.syncedProvider(server, board.id);
    anna.awareness.setLocalStateField('note', 'x'.repeat(BIG));
    await waitFor(() => bo.awareness.getStates().has(anna.doc.clientID), 'bo sees anna');
    let boPresenceMessages = 0;
    bo.awareness.on('update', () => boPresenceMessages++);

    const flooder = await harness.raw(server, board.id);
    await waitFor(() => flooder.received.length >= 2, 'the flooder joined');
    await sleep(50);
    const before = flooder.received.length;
    // Under MAX_MESSAGES_PER_SECOND (300): each frame is allowed, and each asks for everyone.
    for (let i = 0; i < 200; i++) flooder.send(QUERY);
    const bigAnswers = () =>
      flooder.received
        .slice(before)
        .filter((m) => m[0] === MESSAGE_TYPES.awareness && m.length > BIG).length;
    await waitFor(() => bigAnswers() >= 1, 'the first answer');
    mark(anna.doc, 'during the flood');
    await waitFor(() => marks(bo.doc).has('during the flood'), 'bo still syncs');
    await sleep(QUERY_ANSWER_INTERVAL_MS / 2);
    expect(bigAnswers()).toBe(1);
    await waitFor(() => bigAnswers() === 2, 'the trailing answer', QUERY_ANSWER_INTERVAL_MS * 3);
    await sleep(QUERY_ANSWER_INTERVAL_MS / 2);
    expect(bigAnswers()).toBe(2);
    expect(flooder.closeCode).toBeNull();
    expect(boPresenceMessages).toBe(0);
  });
});
