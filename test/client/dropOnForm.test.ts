import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { computeLayout } from '../../client/canvas/boardGeometry.ts';
import { planDrop, writeDrop } from '../../client/canvas/dropPlacement.ts';
import { createBoardActions } from '../../client/sync/actions.ts';
import { createBoardDoc, rootTypes } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { CELL_H, CELL_W, NOTE_HEIGHT, NOTE_WIDTH, tooClose } from '../../shared/layout.ts';
import { BoardEdit } from '../../shared/ops/index.ts';
import type { Note } from '../../shared/schema.ts';
import { boardWith, form, idea, participant } from './boardFixture.ts';

/**
 * Issue 4: "Drop a participant onto a form note to attach it: it stacks under
 * that form". The whole drop as the canvas makes it (planDrop, then writeDrop
 * in one transaction) on a real document: the participant ends up in the
 * form's stack, and the notes in the way move down to make room.
 */

const [A, B] = ['meetingAAA1', 'meetingBBB2'];
const row = (i: number) => 12 + i * CELL_H;
const RIGHT = 12 + CELL_W;

function boardDoc(notes: Note[]) {
  const doc = createBoardDoc(boardWith(notes));
  const undo = new Y.UndoManager(rootTypes(doc), {
    trackedOrigins: new Set([BoardEdit]),
    captureTimeout: 0,
  });
  const ops: string[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin instanceof BoardEdit) ops.push(tr.origin.op);
  });
  return { doc, undo, ops };
}

/** Drags `ids` by the first one and lets go with the pointer on the form's centre. */
function dropOnto(doc: Y.Doc, ids: string[], formId: string) {
  const layout = computeLayout(readBoard(doc));
  const grabbed = layout.noteById.get(ids[0] ?? '');
  const target = layout.noteById.get(formId);
  if (!grabbed || !target) throw new Error('no such note');
  const pointer = { x: target.x + NOTE_WIDTH / 2, y: target.y + NOTE_HEIGHT / 2 };
  const dx = pointer.x - (grabbed.x + NOTE_WIDTH / 2);
  const dy = pointer.y - (grabbed.y + NOTE_HEIGHT / 2);
  const plan = planDrop(layout, ids, dx, dy, pointer);
  const actions = createBoardActions(doc, 'tester');
  actions.together('moveNotes', () => writeDrop(actions, plan));
}

const notes = (doc: Y.Doc) => new Map(readBoard(doc).notes.map((n) => [n.id, n]));

function expectNoneTooClose(doc: Y.Doc) {
  const all = readBoard(doc).notes;
  for (const [i, one] of all.entries()) {
    for (const other of all.slice(i + 1)) {
      if (one.lane === other.lane)
        expect(tooClose(one, other), `${one.id} ${other.id}`).toBe(false);
    }
  }
}

describe('a participant dropped onto a form stacks under it', () => {
  it('goes right under the form and pushes the unattached note standing there down, in one undo step', () => {
    // The walkthrough's case A: Jens stood unattached right under the form, Helle to the right.
    const { doc, undo, ops } = boardDoc([
      form('walk', B, 12, row(0)),
      participant('jens', B, 12, row(1)),
      participant('helle', B, RIGHT, row(2)),
    ]);
    dropOnto(doc, ['helle'], 'walk');
    const after = notes(doc);
    expect(after.get('helle')).toMatchObject({ form: 'walk', lane: B, x: 12, y: row(1) });
    expect(after.get('jens')).toMatchObject({ form: null, lane: B, x: 12, y: row(2) });
    expectNoneTooClose(doc);
    expect(ops).toEqual(['moveNotes']);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(notes(doc).get('helle')).toMatchObject({ form: null, x: RIGHT, y: row(2) });
    expect(notes(doc).get('jens')).toMatchObject({ x: 12, y: row(1) });
  });

  it('stacks participants dropped one after the other in the order they came, the loose note below them', () => {
    // Case B: an unattached note right under the form must not end up inside its stack.
    const { doc } = boardDoc([
      form('oplaeg', B, 12, row(0)),
      participant('ung', B, 12, row(1)),
      participant('soeren', A, 12, row(0)),
      participant('helle', A, 12, row(1)),
    ]);
    dropOnto(doc, ['soeren'], 'oplaeg');
    dropOnto(doc, ['helle'], 'oplaeg');
    const after = notes(doc);
    expect(after.get('soeren')).toMatchObject({ form: 'oplaeg', lane: B, x: 12, y: row(1) });
    expect(after.get('helle')).toMatchObject({ form: 'oplaeg', lane: B, x: 12, y: row(2) });
    expect(after.get('ung')).toMatchObject({ form: null, x: 12, y: row(3) });
    expectNoneTooClose(doc);
  });

  it('in a full lane, moves the notes of the form’s column down one row and leaves the other column', () => {
    const column = [1, 2, 3, 4].map((i) => idea(`below${i}`, B, 12, row(i)));
    const beside = [0, 1, 2, 3, 4].map((i) => idea(`beside${i}`, B, RIGHT, row(i)));
    const { doc } = boardDoc([
      form('f', B, 12, row(0)),
      ...column,
      ...beside,
      participant('p', A, 12, row(0)),
    ]);
    dropOnto(doc, ['p'], 'f');
    const after = notes(doc);
    expect(after.get('p')).toMatchObject({ form: 'f', lane: B, x: 12, y: row(1) });
    for (const i of [1, 2, 3, 4]) expect(after.get(`below${i}`)).toMatchObject({ y: row(i + 1) });
    for (const i of [0, 1, 2, 3, 4]) {
      expect(after.get(`beside${i}`)).toMatchObject({ x: RIGHT, y: row(i) });
    }
    expectNoneTooClose(doc);
  });

  it('a form with its stack in the way moves down whole', () => {
    const { doc } = boardDoc([
      form('f', B, 12, row(0)),
      form('g', B, 12, row(1)),
      participant('g1', B, 12, row(2), 'g'),
      participant('p', A, 12, row(0)),
    ]);
    dropOnto(doc, ['p'], 'f');
    const after = notes(doc);
    expect(after.get('p')).toMatchObject({ form: 'f', y: row(1) });
    expect(after.get('g')).toMatchObject({ y: row(2) });
    expect(after.get('g1')).toMatchObject({ form: 'g', y: row(3) });
  });

  it('writes nothing when the participant is already in that form’s stack', () => {
    const { doc, undo } = boardDoc([
      form('f', B, 12, row(0)),
      participant('p1', B, 12, row(1), 'f'),
      participant('p2', B, 12, row(2), 'f'),
      idea('loose', B, 12, row(3)),
    ]);
    const before = Y.encodeStateVector(doc);
    dropOnto(doc, ['p1'], 'f');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(undo.undoStack).toHaveLength(0);
  });

  it('brings an attached participant that stands apart back into the stack', () => {
    const { doc } = boardDoc([
      form('f', B, 12, row(0)),
      participant('p1', B, 12, row(1), 'f'),
      participant('away', B, RIGHT, row(3), 'f'),
    ]);
    dropOnto(doc, ['away'], 'f');
    expect(notes(doc).get('away')).toMatchObject({ form: 'f', x: 12, y: row(2) });
  });

  it('stacks several participants dropped at once in reading order; a dragged idea settles clear', () => {
    const { doc, undo } = boardDoc([
      form('f', B, 12, row(0)),
      idea('loose', B, 12, row(1)),
      participant('second', A, 12, row(1)),
      participant('first', A, 12, row(0)),
      idea('along', A, RIGHT, row(0)),
    ]);
    dropOnto(doc, ['second', 'first', 'along'], 'f');
    const after = notes(doc);
    expect(after.get('first')).toMatchObject({ form: 'f', lane: B, x: 12, y: row(1) });
    expect(after.get('second')).toMatchObject({ form: 'f', lane: B, x: 12, y: row(2) });
    expect(after.get('loose')).toMatchObject({ x: 12, y: row(3) });
    expect(after.get('along')?.lane).toBe(B);
    expectNoneTooClose(doc);
    expect(undo.undoStack).toHaveLength(1);
  });

  it('stacks under a parked form too', () => {
    const { doc } = boardDoc([
      form('f', null, -500, 200),
      idea('under', null, -500, 200 + CELL_H),
      participant('p', A, 12, row(0)),
    ]);
    dropOnto(doc, ['p'], 'f');
    const after = notes(doc);
    expect(after.get('p')).toMatchObject({ form: 'f', lane: null, x: -500, y: 200 + CELL_H });
    expect(after.get('under')).toMatchObject({ x: -500, y: 200 + 2 * CELL_H });
  });
});
