import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { attachedParticipantPlaces, notePlaceItem } from '../../shared/note-items.ts';
import { CELL_H, CELL_W } from '../../shared/layout.ts';
import { BoardEdit, moveNotes, rejoinStacks } from '../../shared/ops/index.ts';
import { leftBehind, stackedParticipants } from '../../shared/overlap.ts';
import type { Note } from '../../shared/schema.ts';
import { aForm, aParticipant, anIdea, twoMeetingBoard } from './fixtures.ts';

/**
 * A participant attached under a form while another user dragged the form
 * away (shared/overlap.ts): the client that placed it finds it left behind
 * and puts it back into the form's stack.
 */

const participant = (id: string, x: number, y: number, form: string | null = 'frm') =>
  aParticipant({ id, person: 'jens', form, lane: 'm1', x, y });
const form = (x: number, y: number) => aForm({ id: 'frm', lane: 'm1', x, y });
const ids = (...list: string[]) => new Set(list);

describe('stackedParticipants: where a placed participant stood in its stack', () => {
  it("records the placed participants in their form's stack with the form's place", () => {
    const notes = [
      form(12, 12),
      participant('pa', 12, 12 + CELL_H),
      participant('pb', 12, 12 + 2 * CELL_H),
      // Attached, but standing away from the stack (its user dragged it there).
      participant('away', 12 + CELL_W, 12 + 5 * CELL_H),
      participant('loose', 12, 12 + 3 * CELL_H, null),
    ];
    const stacked = stackedParticipants(notes, ids('pb', 'away', 'loose', 'frm'));
    expect([...stacked]).toEqual([['pb', { form: 'frm', lane: 'm1', x: 12, y: 12 }]]);
    expect(stackedParticipants(notes, ids('loose')).size).toBe(0);
  });
});

describe('leftBehind: participants whose form was dragged away from them', () => {
  const then = new Map([['pb', { form: 'frm', lane: 'm1', x: 12, y: 12 }]]);
  const moved: Note[] = [
    form(12 + CELL_W, 12),
    participant('pa', 12 + CELL_W, 12 + CELL_H),
    participant('pb', 12, 12 + 2 * CELL_H),
  ];

  it('finds a watched participant still attached, out of the stack of its moved form', () => {
    expect(leftBehind(moved, then, ids('pb'))).toEqual(['pb']);
  });

  it('leaves one that is not watched (someone moved it since), or whose form did not move', () => {
    expect(leftBehind(moved, then, ids())).toEqual([]);
    const stayed = [form(12, 12), participant('pb', 12, 12 + 5 * CELL_H)];
    expect(leftBehind(stayed, then, ids('pb'))).toEqual([]);
  });

  it('leaves one that is in the stack of its moved form, detached, or attached to another form', () => {
    const along = [form(12 + CELL_W, 12), participant('pb', 12 + CELL_W, 12 + CELL_H)];
    expect(leftBehind(along, then, ids('pb'))).toEqual([]);
    const detached = [form(12 + CELL_W, 12), participant('pb', 12, 12 + 2 * CELL_H, null)];
    expect(leftBehind(detached, then, ids('pb'))).toEqual([]);
    const other = [...moved.slice(0, 2), participant('pb', 12, 12 + 2 * CELL_H, 'frm2')];
    expect(leftBehind(other, then, ids('pb'))).toEqual([]);
  });
});

const boardDoc = (notes: Note[]) => createBoardDoc(twoMeetingBoard(notes));

const noteOf = (doc: Y.Doc, id: string) => readBoard(doc).notes.find((n) => n.id === id);

function opsOf(doc: Y.Doc): string[] {
  const ops: string[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin instanceof BoardEdit) ops.push(tr.origin.op);
  });
  return ops;
}

describe('rejoinStacks: a left-behind participant joins its form stack again', () => {
  const board = () =>
    boardDoc([
      form(12 + CELL_W, 12),
      participant('pa', 12 + CELL_W, 12 + CELL_H),
      anIdea({ id: 'loose', lane: 'm1', x: 12 + CELL_W, y: 12 + 2 * CELL_H }),
      participant('pb', 12, 12 + 2 * CELL_H),
    ]);

  it('below the stack, pushing the note in the way, keeping the z-order, in one transaction', () => {
    const doc = board();
    const ops = opsOf(doc);
    const order = readBoard(doc).notes.map((n) => n.id);
    expect(rejoinStacks(doc, ['pb']).ok).toBe(true);
    expect(ops).toEqual(['rejoinStacks']);
    expect(noteOf(doc, 'pb')).toMatchObject({ x: 12 + CELL_W, y: 12 + 2 * CELL_H, form: 'frm' });
    expect(noteOf(doc, 'loose')).toMatchObject({ x: 12 + CELL_W, y: 12 + 3 * CELL_H });
    expect(readBoard(doc).notes.map((n) => n.id)).toEqual(order);
  });

  it('writes nothing while someone holds the form, the participant or a note it would push', () => {
    for (const held of ['frm', 'pb', 'loose']) {
      const doc = board();
      const ops = opsOf(doc);
      expect(rejoinStacks(doc, ['pb'], (id) => id === held).ok).toBe(true);
      expect(ops, held).toEqual([]);
      expect(noteOf(doc, 'pb')).toMatchObject({ x: 12, y: 12 + 2 * CELL_H });
    }
  });

  it('writes nothing for a participant whose form went to another meeting, or that has none', () => {
    const doc = boardDoc([
      aForm({ id: 'frm', lane: 'm2', x: 12, y: 12 }),
      participant('pb', 12, 12 + CELL_H),
      participant('pc', 12 + CELL_W, 12, null),
    ]);
    const ops = opsOf(doc);
    expect(rejoinStacks(doc, ['pb', 'pc']).ok).toBe(true);
    expect(ops).toEqual([]);
    expect(rejoinStacks(doc, ['frm']).ok).toBe(false);
  });
});

describe('attachedParticipantPlaces (what the overlap watch checks after every gesture)', () => {
  it('lists the participants attached to a form in their own meeting, with their place items', () => {
    const doc = createBoardDoc(
      twoMeetingBoard([
        aForm({ id: 'f1', lane: 'm1' }),
        aParticipant({ id: 'here', lane: 'm1', person: 'jens', form: 'f1' }),
        aParticipant({ id: 'moved', lane: 'm2', person: 'jens', form: 'f1' }),
        aParticipant({ id: 'loose', lane: 'm1', person: 'jens', form: null }),
        anIdea({ id: 'idea', lane: 'm1' }),
      ]),
    );
    const found = attachedParticipantPlaces(doc);
    expect([...found.keys()]).toEqual(['here']);
    expect(found.get('here')).toBe(notePlaceItem(doc, 'here'));
    // Never fewer than the board reads as attached.
    const attached = readBoard(doc).notes.filter((n) => n.kind === 'participant' && n.form);
    expect(attached.map((n) => n.id)).toEqual(['here']);
  });
});

describe('attachedParticipantPlaces of a step (the items it inserted), not of every note', () => {
  const board = () =>
    createBoardDoc(
      twoMeetingBoard([
        aForm({ id: 'f1', lane: 'm1' }),
        aParticipant({ id: 'here', lane: 'm1', person: 'jens', form: 'f1', x: 12, y: 150 }),
        aParticipant({ id: 'other', lane: 'm1', person: 'jens', form: 'f1', x: 12, y: 300 }),
        anIdea({ id: 'idea', lane: 'm1', x: 400, y: 12 }),
      ]),
    );
  /** What one write inserted, as an undo step holds it (overlapWatch.ts). */
  const inserted = (doc: Y.Doc, write: () => unknown) => {
    const clock = Y.getState(doc.store, doc.clientID);
    write();
    const made = Y.createDeleteSet();
    made.clients.set(doc.clientID, [{ clock, len: Y.getState(doc.store, doc.clientID) - clock }]);
    return made;
  };

  it('finds the attached participants the step placed, and only those', () => {
    const doc = board();
    const step = inserted(doc, () =>
      moveNotes(doc, [
        { id: 'here', lane: 'm1', x: 12, y: 160 },
        { id: 'idea', lane: 'm1', x: 400, y: 40 },
      ]),
    );
    const found = attachedParticipantPlaces(doc, step);
    expect([...found.keys()]).toEqual(['here']);
    expect(found.get('here')).toBe(notePlaceItem(doc, 'here'));
    // The same as going through every note and keeping what the step inserted.
    const all = [...attachedParticipantPlaces(doc)].filter(([, item]) =>
      Y.isDeleted(step, item.id),
    );
    expect([...found]).toEqual(all);
  });

  it('finds none for a step that placed no attached participant, or whose place was written again', () => {
    const doc = board();
    const ideaOnly = inserted(doc, () =>
      moveNotes(doc, [{ id: 'idea', lane: 'm1', x: 400, y: 60 }]),
    );
    expect(attachedParticipantPlaces(doc, ideaOnly).size).toBe(0);
    const first = inserted(doc, () => moveNotes(doc, [{ id: 'other', lane: 'm1', x: 12, y: 310 }]));
    moveNotes(doc, [{ id: 'other', lane: 'm1', x: 12, y: 320 }]);
    expect(attachedParticipantPlaces(doc, first).size).toBe(0);
  });
});
