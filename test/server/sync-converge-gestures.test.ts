import { afterEach, describe, expect, it } from 'vitest';
import { readBoard } from '../../shared/doc-read.ts';
import { CELL_W } from '../../shared/layout.ts';
import { expectSensible } from '../shared/concurrent.ts';
import { Harness, sleep, waitFor } from './helpers.ts';
import { same, twoClients } from './overlap-clients.ts';

/**
 * Two users' gestures at the same moment through a real server, each client
 * running the overlap watch as the board page does: the clients end with the
 * same board, and it reads right (test/shared/concurrent.ts, `expectSensible`).
 */

const harness = new Harness();
afterEach(() => harness.cleanup());

describe('two users acting at the same moment through the server', () => {
  it('reordering meetings, adding the core participants, attaching one participant to two forms: one sensible board', async () => {
    const { a, b, lane } = await twoClients(harness);
    expect(a.actions.addPerson({ id: 'jens', name: 'Jens', core: true }).ok).toBe(true);
    expect(a.actions.addPerson({ id: 'anna', name: 'Anna' }).ok).toBe(true);
    const notes = [
      { id: 'form-one', kind: 'form', lane, x: 12, y: 12, name: 'Oplæg' },
      { id: 'form-two', kind: 'form', lane, x: 12 + CELL_W, y: 12, name: 'Workshop' },
      { id: 'anna-note', kind: 'participant', lane: null, x: -400, y: 400, person: 'anna' },
    ] as const;
    for (const note of notes) expect(a.actions.addNote(note).ok).toBe(true);
    await waitFor(() => same(a, b), 'the setup on b');
    const [first, second, third] = readBoard(a.doc).meetings.map((m) => m.id);
    if (!first || !second || !third) throw new Error('too few meetings');

    // One tick: neither client has the other's writes when it makes its own.
    expect(a.actions.moveMeeting(first, 1).ok).toBe(true);
    expect(b.actions.moveMeeting(second, 0).ok).toBe(true);
    expect(a.actions.addCoreParticipants(third).ok).toBe(true);
    expect(b.actions.addCoreParticipants(third).ok).toBe(true);
    expect(a.actions.attachToForm('anna-note', 'form-one').ok).toBe(true);
    expect(b.actions.attachToForm('anna-note', 'form-two').ok).toBe(true);

    await waitFor(() => same(a, b), 'both clients have every write');
    // Any repair of the overlap watch (50 ms after a change) has been made and exchanged.
    await sleep(200);
    await waitFor(() => same(a, b), 'both clients have every repair');
    const board = readBoard(a.doc);
    expect(readBoard(b.doc)).toEqual(board);
    expectSensible(board);

    const ids = board.meetings.map((m) => m.id);
    expect(ids.slice(0, 2)).toEqual([second, first]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(board.meetings.at(-1)?.kind).toBe('final');
    const jens = board.notes.filter((n) => n.kind === 'participant' && n.person === 'jens');
    expect(jens.map((n) => n.lane)).toEqual([third]);
    const anna = board.notes.find((n) => n.id === 'anna-note');
    if (anna?.kind !== 'participant' || anna.form === null) throw new Error('anna not attached');
    const form = board.notes.find((n) => n.id === anna.form);
    expect(anna).toMatchObject({ lane, x: form?.x });
  });
});
