import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUndoHistory } from '../../client/sync/undoHistory.ts';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import * as ops from '../../shared/ops/index.ts';
import { PARKING_X, PARKING_Y } from '../../shared/layout.ts';
import type { Board } from '../../shared/schema.ts';
import { paperExampleBoard } from '../helpers/boards.ts';
import { aParticipant } from '../shared/fixtures.ts';

/**
 * "One gesture = one transaction = one origin", for every operation: run on
 * one user's replica, it writes one transaction named after it, with that
 * user as the actor; and that user's undo history (the board page's) takes it
 * back in one step while another user's change made at the same moment stays,
 * and redo brings it back. The repairs (settleNotes, rejoinStacks) are no
 * steps of their own (overlapWatch.ts joins them to the step they repair).
 */

/** The paper example, with Helle parked on no form (n4) and Søren attached to f1 but off its stack (n5). */
function board(): Board {
  const b = paperExampleBoard();
  b.notes.push(
    aParticipant({ id: 'n4', lane: null, x: PARKING_X + 12, y: PARKING_Y + 600, person: 'helle' }),
    aParticipant({ id: 'n5', lane: 'm1', x: 204, y: 500, person: 'soeren', form: 'f1' }),
  );
  return b;
}

/**
 * `restoreFields` writes only what a record brought back by an undo lacks, which
 * no record of a board lacks before: undoRestoresWholeRecord.test.ts shows it
 * joins the undo's step.
 */
type Gestured = Exclude<ops.OpName, 'restoreFields'>;

const GESTURES: Record<Gestured, (doc: Y.Doc, actor: string) => unknown> = {
  updateBoard: (doc, u) => ops.updateBoard(doc, { title: 'Fra A' }, u),
  addMeeting: (doc, u) => ops.addMeeting(doc, { kind: 'network', subtheme: 'Fra A' }, u),
  updateMeeting: (doc, u) => ops.updateMeeting(doc, 'm1', { subtheme: 'Fra A', kind: 'extra' }, u),
  moveMeeting: (doc, u) => ops.moveMeeting(doc, 'm1', 1, u),
  deleteMeeting: (doc, u) => ops.deleteMeeting(doc, 'm1', u),
  addPerson: (doc, u) => ops.addPerson(doc, { name: 'Fra A', core: true }, u),
  updatePerson: (doc, u) => ops.updatePerson(doc, 'jens', { affiliation: 'Fra A' }, u),
  movePerson: (doc, u) => ops.movePerson(doc, 'soeren', 0, u),
  deletePerson: (doc, u) => ops.deletePerson(doc, 'helle', u),
  addNote: (doc, u) => ops.addNote(doc, { kind: 'idea', lane: 'm2', x: 12, y: 12, text: 'A' }, u),
  updateNote: (doc, u) => ops.updateNote(doc, 'n1', { contribution: 'Fra A', role: 'A' }, u),
  moveNotes: (doc, u) =>
    ops.moveNotes(
      doc,
      [
        { id: 'f1', lane: 'm2', x: 12, y: 12 },
        { id: 'n1', lane: 'm2', x: 12, y: 134 },
      ],
      u,
    ),
  settleNotes: (doc, u) =>
    ops.settleNotes(doc, [{ id: 'i1', lane: 'm2', x: 12, y: 12 }], undefined, u),
  deleteNotes: (doc, u) => ops.deleteNotes(doc, ['f1', 'n5'], u),
  attachToForm: (doc, u) => ops.attachToForm(doc, 'n4', 'f1', undefined, u),
  rejoinStacks: (doc, u) => ops.rejoinStacks(doc, ['n5'], undefined, u),
  duplicateNotes: (doc, u) => ops.duplicateNotes(doc, [{ id: 'f1' }, { id: 'n1' }], u),
  addCoreParticipants: (doc, u) => ops.addCoreParticipants(doc, 'm2', u),
  addPaletteForm: (doc, u) => ops.addPaletteForm(doc, { name: 'Fra A' }, u),
  updatePaletteForm: (doc, u) => ops.updatePaletteForm(doc, 'p1', { description: 'Fra A' }, u),
  deletePaletteForm: (doc, u) => ops.deletePaletteForm(doc, 'p1', u),
};

/** Another user's change, on records and fields none of the gestures touch. */
function remoteChange(doc: Y.Doc): void {
  ops.updateMeeting(doc, 'final', { location: 'Fra B' }, 'bo');
  ops.updateNote(doc, 'i1', { text: 'Fra B' }, 'bo');
  ops.updateNote(doc, 'n3', { role: 'Fra B' }, 'bo');
  ops.addPerson(doc, { id: 'bo', name: 'Bo' }, 'bo');
  ops.addPaletteForm(doc, { id: 'pb', name: 'Fra B' }, 'bo');
}

const REPAIRS: readonly Gestured[] = ['settleNotes', 'rejoinStacks'];

/** A's replica runs `gesture` while B's makes its change; then each gets the other's. */
function gestureBesideRemote(gesture: (doc: Y.Doc, actor: string) => unknown) {
  const seed = createBoardDoc(board());
  const replica = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed), 'remote');
    return doc;
  };
  const a = replica();
  const b = replica();
  const onlyRemote = replica();
  const undo = createUndoHistory(a);
  const origins: unknown[] = [];
  a.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin !== 'remote') origins.push(tr.origin);
  });
  let updates = 0;
  a.on('update', () => updates++);
  gesture(a, 'ana');
  const written = { origins: [...origins], updates };
  remoteChange(b);
  Y.applyUpdate(onlyRemote, Y.encodeStateAsUpdate(b), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'remote');
  return { a, undo, written, merged: readBoard(a), remoteOnly: readBoard(onlyRemote) };
}

describe('every operation is one gesture: one transaction, one origin, one undo step', () => {
  it.each(
    ops.OP_NAMES.filter(
      (op): op is Gestured =>
        op !== 'restoreFields' && !(REPAIRS as readonly string[]).includes(op),
    ),
  )('%s: undo takes all of it back and nothing of the other user’s; redo brings it back', (op) => {
    const { a, undo, written, merged, remoteOnly } = gestureBesideRemote(GESTURES[op]);
    expect(written.updates).toBe(1);
    expect(written.origins).toEqual([new ops.BoardEdit(op, 'ana')]);
    expect(merged).not.toEqual(remoteOnly);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readBoard(a)).toEqual(remoteOnly);
    undo.redo();
    expect(readBoard(a)).toEqual(merged);
  });

  it.each(REPAIRS)('%s (a repair): one transaction, one origin, no undo step of its own', (op) => {
    const { undo, written, merged, remoteOnly } = gestureBesideRemote(GESTURES[op]);
    expect(written.updates).toBe(1);
    expect(written.origins).toEqual([new ops.BoardEdit(op, 'ana')]);
    expect(merged).not.toEqual(remoteOnly);
    expect(undo.undoStack).toHaveLength(0);
  });

  it('two users adding the core participants at once: one note each; the undo of the one whose write lost leaves it', () => {
    const seed = createBoardDoc(board());
    // Of two writes of one key at one moment, the higher client id's stays (Yjs).
    const [a, b] = [1, 2].map((clientID) => {
      const doc = new Y.Doc();
      doc.clientID = clientID;
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed), 'remote');
      return doc;
    }) as [Y.Doc, Y.Doc];
    const undoA = createUndoHistory(a);
    const undoB = createUndoHistory(b);
    ops.addCoreParticipants(a, 'm2', 'ana');
    ops.addCoreParticipants(b, 'm2', 'bo');
    const exchange = () => {
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'remote');
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'remote');
    };
    exchange();
    const jensIn = (doc: Y.Doc) =>
      readBoard(doc).notes.filter((n) => n.kind === 'participant' && n.lane === 'm2').length;
    expect([jensIn(a), jensIn(b)]).toEqual([1, 1]);
    undoA.undo();
    exchange();
    expect([jensIn(a), jensIn(b)]).toEqual([1, 1]);
    undoB.undo();
    exchange();
    expect([jensIn(a), jensIn(b)]).toEqual([0, 0]);
  });
});
