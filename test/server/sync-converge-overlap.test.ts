import { afterEach, describe, expect, it } from 'vitest';
import { readBoard } from '../../shared/doc-read.ts';
import { CELL_H } from '../../shared/layout.ts';
import { Harness, sleep, waitFor } from './helpers.ts';
import { apart, same, twoClients as clientsOf, type Client } from './overlap-clients.ts';

/**
 * Post-its placed at the same moment by two users, through a real server:
 * each client runs the overlap watch as the board page does (BoardSession),
 * on a Y.Doc synced by a real provider (overlap-clients.ts).
 */

const harness = new Harness();
afterEach(() => harness.cleanup());

const twoClients = (movable?: (id: string) => boolean) => clientsOf(harness, movable);

/** A parked idea made by `c`, once both clients have it. */
async function parkedIdea(c: Client, other: Client, id: string, row: number) {
  expect(
    c.actions.addNote({ id, kind: 'idea', lane: null, x: -500, y: 150 + row * CELL_H }).ok,
  ).toBe(true);
  await waitFor(() => readBoard(other.doc).notes.some((n) => n.id === id), `${id} synced`);
}

describe('post-its two users place into one free place at the same moment', () => {
  it('end up apart on both sides, moved by one client only, with equal documents', async () => {
    const { a, b, lane } = await twoClients();
    await parkedIdea(a, b, 'aaaaaaaa', 0);
    await parkedIdea(b, a, 'bbbbbbbb', 1);
    // One tick: neither client has the other's drop when it settles its own.
    expect(a.actions.dropNotes([{ id: 'aaaaaaaa', lane, x: 12, y: 12 }]).ok).toBe(true);
    expect(b.actions.dropNotes([{ id: 'bbbbbbbb', lane, x: 12, y: 12 }]).ok).toBe(true);
    expect(a.note('aaaaaaaa')).toMatchObject({ lane, x: 12, y: 12 });
    expect(b.note('bbbbbbbb')).toMatchObject({ lane, x: 12, y: 12 });
    await waitFor(
      () => apart(a, 'aaaaaaaa', 'bbbbbbbb') && apart(b, 'aaaaaaaa', 'bbbbbbbb') && same(a, b),
      'the two post-its apart on both clients',
    );
    // Equal order keys (both drops raised their note above the same board): the greater id yields.
    expect(a.repairs).toEqual([]);
    expect(b.repairs).toEqual([['bbbbbbbb']]);
    expect(b.note('aaaaaaaa')).toMatchObject({ x: 12, y: 12 });
    expect(readBoard(a.doc)).toEqual(readBoard(b.doc));
    // Quiet afterwards: no repair chases another.
    await sleep(200);
    expect(a.repairs.length + b.repairs.length).toBe(1);
  });

  it('undo of the repaired drop puts the post-it back where it was before the drop, in one step; redo too', async () => {
    const { a, b, lane } = await twoClients();
    await parkedIdea(a, b, 'aaaaaaaa', 0);
    await parkedIdea(b, a, 'bbbbbbbb', 1);
    const parked = b.note('bbbbbbbb');
    a.actions.dropNotes([{ id: 'aaaaaaaa', lane, x: 12, y: 12 }]);
    b.actions.dropNotes([{ id: 'bbbbbbbb', lane, x: 12, y: 12 }]);
    await waitFor(() => b.repairs.length === 1 && same(a, b), 'the repair on both clients');
    const repaired = b.note('bbbbbbbb');
    const steps = b.undo.undoStack.length;
    b.undo.undo();
    expect(b.note('bbbbbbbb')).toMatchObject({ lane: null, x: parked.x, y: parked.y });
    expect(b.undo.undoStack.length).toBe(steps - 1);
    await waitFor(() => same(a, b), 'the undo on both clients');
    expect(a.note('bbbbbbbb')).toMatchObject({ lane: null, x: parked.x, y: parked.y });
    b.undo.redo();
    expect(b.note('bbbbbbbb')).toMatchObject({ lane, x: repaired.x, y: repaired.y });
    await waitFor(() => same(a, b), 'the redo on both clients');
    expect(apart(a, 'aaaaaaaa', 'bbbbbbbb')).toBe(true);
    expect(b.repairs.length).toBe(1);
  });

  it('are left alone while their user drags them', async () => {
    const { a, b, lane } = await twoClients(() => false);
    await parkedIdea(a, b, 'aaaaaaaa', 0);
    await parkedIdea(b, a, 'bbbbbbbb', 1);
    a.actions.dropNotes([{ id: 'aaaaaaaa', lane, x: 12, y: 12 }]);
    b.actions.dropNotes([{ id: 'bbbbbbbb', lane, x: 12, y: 12 }]);
    await waitFor(() => same(a, b), 'both drops on both clients');
    await sleep(200);
    expect(a.repairs.length + b.repairs.length).toBe(0);
  });
});

describe('undoing a delete after someone put a post-it in its place', () => {
  it('settles the restored post-it next to it; redo deletes it, undo brings it back there', async () => {
    const { a, b, lane } = await twoClients();
    expect(a.actions.addNote({ id: 'aaaaaaaa', kind: 'idea', lane, x: 12, y: 12 }).ok).toBe(true);
    expect(a.actions.deleteNotes(['aaaaaaaa']).ok).toBe(true);
    await parkedIdea(b, a, 'bbbbbbbb', 0);
    expect(b.actions.dropNotes([{ id: 'bbbbbbbb', lane, x: 12, y: 12 }]).ok).toBe(true);
    await waitFor(() => a.note('bbbbbbbb').lane === lane, 'the drop on a');
    a.undo.undo();
    expect(a.note('aaaaaaaa').lane).toBe(lane);
    await Promise.resolve();
    expect(apart(a, 'aaaaaaaa', 'bbbbbbbb')).toBe(true);
    expect(a.note('bbbbbbbb')).toMatchObject({ x: 12, y: 12 });
    const settled = a.note('aaaaaaaa');
    await waitFor(() => same(a, b), 'the restore on b');
    expect(apart(b, 'aaaaaaaa', 'bbbbbbbb')).toBe(true);
    a.undo.redo();
    expect(readBoard(a.doc).notes.some((n) => n.id === 'aaaaaaaa')).toBe(false);
    a.undo.undo();
    await Promise.resolve();
    expect(a.note('aaaaaaaa')).toMatchObject({ lane, x: settled.x, y: settled.y });
    expect(a.repairs.length).toBe(1);
    await waitFor(() => same(a, b), 'the last undo on b');
    expect(readBoard(a.doc)).toEqual(readBoard(b.doc));
  });
});

describe('two users attaching a participant to one form at the same moment', () => {
  it('both end up stacked under the form, the loose note below them, moved by one client only', async () => {
    const { a, b, lane } = await twoClients();
    expect(a.actions.addPerson({ id: 'personaa', name: 'Jens' }).ok).toBe(true);
    const notes = [
      { id: 'ffffffff', kind: 'form', lane, x: 12, y: 12, name: 'Oplæg' },
      { id: 'llllllll', kind: 'idea', lane, x: 12, y: 12 + CELL_H },
      { id: 'pppppppa', kind: 'participant', lane: null, x: -500, y: 150, person: 'personaa' },
      {
        id: 'pppppppb',
        kind: 'participant',
        lane: null,
        x: -500,
        y: 150 + CELL_H,
        person: 'personaa',
      },
    ] as const;
    for (const note of notes) expect(a.actions.addNote(note).ok).toBe(true);
    await waitFor(() => same(a, b), 'the notes on b');
    // One tick: neither client has the other's attachment when it stacks its own.
    expect(a.actions.attachToForm('pppppppa', 'ffffffff').ok).toBe(true);
    expect(b.actions.attachToForm('pppppppb', 'ffffffff').ok).toBe(true);
    expect(a.note('pppppppa')).toMatchObject({ lane, x: 12, y: 12 + CELL_H });
    expect(b.note('pppppppb')).toMatchObject({ lane, x: 12, y: 12 + CELL_H });
    const stacked = (c: Client) =>
      c.note('pppppppa').y === 12 + CELL_H &&
      c.note('pppppppb').y === 12 + 2 * CELL_H &&
      c.note('llllllll').y === 12 + 3 * CELL_H;
    await waitFor(
      () => stacked(a) && stacked(b) && same(a, b),
      'both participants stacked under the form on both clients',
    );
    // Equal order keys: the greater id yields and joins the stack again, below the other.
    expect(a.repairs).toEqual([]);
    expect(b.repairs.length).toBe(1);
    for (const id of ['pppppppa', 'pppppppb']) {
      expect(a.note(id)).toMatchObject({ lane, x: 12, form: 'ffffffff' });
    }
    expect(readBoard(a.doc)).toEqual(readBoard(b.doc));
    await sleep(200);
    expect(a.repairs.length + b.repairs.length).toBe(1);
  });
});

describe('one user attaching a participant while another drops a note under the same form', () => {
  it("the participant stays in the form's stack on both clients, the note below it", async () => {
    const { a, b, lane } = await twoClients();
    expect(a.actions.addPerson({ id: 'personaa', name: 'Jens' }).ok).toBe(true);
    const notes = [
      { id: 'ffffffff', kind: 'form', lane, x: 12, y: 12, name: 'Oplæg' },
      // The greater id: the participant is the one of the two that yields.
      { id: 'pppppppz', kind: 'participant', lane: null, x: -500, y: 150, person: 'personaa' },
      { id: 'aaaaaaaa', kind: 'idea', lane: null, x: -500, y: 150 + CELL_H },
    ] as const;
    for (const note of notes) expect(a.actions.addNote(note).ok).toBe(true);
    await waitFor(() => same(a, b), 'the notes on b');
    // One tick: each writes into the free place under the form without the other's write.
    expect(a.actions.attachToForm('pppppppz', 'ffffffff').ok).toBe(true);
    expect(b.actions.dropNotes([{ id: 'aaaaaaaa', lane, x: 12, y: 12 + CELL_H }]).ok).toBe(true);
    const stacked = (c: Client) =>
      c.note('pppppppz').y === 12 + CELL_H &&
      c.note('pppppppz').x === 12 &&
      c.note('aaaaaaaa').y === 12 + 2 * CELL_H;
    await waitFor(
      () => stacked(a) && stacked(b) && same(a, b),
      'the participant under its form, the note below, on both clients',
    );
    expect(a.repairs.length + b.repairs.length).toBe(1);
    expect(readBoard(a.doc)).toEqual(readBoard(b.doc));
  });
});
