import { describe, expect, it } from 'vitest';
import { CELL_H, LANE_PADDING, PARKING_X, PARKING_Y } from '../../shared/layout.ts';
import * as ops from '../../shared/ops/index.ts';
import { boardWithTwoForms, paperExampleBoard } from '../helpers/boards.ts';
import { concurrently, coveredNotes, expectSensible, noteIn } from './concurrent.ts';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';

/**
 * What two users' gestures at the same moment can leave in the document that
 * the board does not show: a participant note whose person was deleted
 * meanwhile (it reads as gone), and a note whose meeting was deleted
 * meanwhile (it reads as parked). The operations that come after must see
 * the board as it reads: no gap for a note nobody sees, no note put onto
 * one that is shown.
 */

describe('two users adding the core participants to one meeting at once', () => {
  it('puts each core participant into the meeting once', () => {
    const board = paperExampleBoard();
    board.people.push({
      id: 'anna',
      name: 'Anna A.',
      affiliation: '',
      category: 'citizen',
      core: true,
    });
    const { board: merged, plan } = concurrently(board, [
      (doc, u) => ops.addCoreParticipants(doc, 'm2', u),
      (doc, u) => ops.addCoreParticipants(doc, 'm2', u),
    ]);
    const people = merged.notes.flatMap((n) =>
      n.kind === 'participant' && n.lane === 'm2' ? [n.person] : [],
    );
    expect(people.sort()).toEqual(['anna', 'jens']);
    expect(plan.checks.filter((c) => c.code === 'person-twice-in-meeting')).toEqual([]);
    expect(coveredNotes(merged)).toEqual([]);
  });
});

describe('adding the core participants again', () => {
  it('after the first core note was moved to another meeting: a new note, the moved one stays', () => {
    const doc = createBoardDoc(paperExampleBoard());
    const first = ops.addCoreParticipants(doc, 'm2');
    const id = first.ok ? (first.value[0] ?? '') : '';
    expect(ops.moveNotes(doc, [{ id, lane: 'final', x: 12, y: 12 }]).ok).toBe(true);
    const again = ops.addCoreParticipants(doc, 'm2');
    expect(again.ok && again.value.length === 1 && again.value[0] !== id).toBe(true);
    const board = readBoard(doc);
    expect(noteIn(board, id)).toMatchObject({ lane: 'final', person: 'jens' });
    expect(board.notes.filter((n) => n.kind === 'participant' && n.lane === 'm2')).toHaveLength(1);
  });
});

describe('a participant placed for a person another user deletes at the same moment', () => {
  /** Anna's note put under a form f2 (204, 12 in m1) while another user deletes Anna. */
  function orphanUnderForm() {
    const board = boardWithTwoForms();
    const f2 = board.notes.find((n) => n.id === 'f2');
    if (f2) f2.x = 204;
    board.people.push({
      id: 'anna',
      name: 'Anna A.',
      affiliation: '',
      category: 'citizen',
      core: false,
    });
    const { docs } = concurrently(board, [
      (doc, u) =>
        ops.addNote(
          doc,
          {
            id: 'orphan',
            kind: 'participant',
            lane: 'm1',
            x: 204,
            y: 12 + CELL_H,
            person: 'anna',
            form: 'f2',
          },
          u,
        ),
      (doc, u) => ops.deletePerson(doc, 'anna', u),
    ]);
    const doc = docs[0];
    if (!doc) throw new Error('no replica');
    expect(readBoard(doc).notes.some((n) => n.id === 'orphan')).toBe(false);
    return doc;
  }

  it("leaves no gap in the form's stack: the next participant attached stands right under the form", () => {
    const doc = orphanUnderForm();
    expect(ops.attachToForm(doc, 'n2', 'f2').ok).toBe(true);
    const board = readBoard(doc);
    expect(noteIn(board, 'n2')).toMatchObject({ lane: 'm1', form: 'f2', x: 204, y: 12 + CELL_H });
    expectSensible(board);
  });

  it('is no obstacle to a drop onto the place it had', () => {
    const doc = orphanUnderForm();
    expect(ops.dropNotes(doc, [{ id: 'i1', lane: 'm1', x: 204, y: 12 + CELL_H }]).ok).toBe(true);
    expect(noteIn(readBoard(doc), 'i1')).toMatchObject({ lane: 'm1', x: 204, y: 12 + CELL_H });
  });
});

describe('a note dropped into a meeting another user deletes at the same moment', () => {
  /** The idea i1 dropped into the empty m2 while another user deletes m2: it reads as parked. */
  function parkedFromGoneMeeting() {
    const { docs, board } = concurrently(paperExampleBoard(), [
      (doc, u) => ops.dropNotes(doc, [{ id: 'i1', lane: 'm2', x: 12, y: 12 }], u),
      (doc, u) => ops.deleteMeeting(doc, 'm2', u),
    ]);
    const at = { lane: null, x: PARKING_X + LANE_PADDING, y: PARKING_Y + LANE_PADDING };
    expect(noteIn(board, 'i1')).toMatchObject(at);
    const doc = docs[0];
    if (!doc) throw new Error('no replica');
    return { doc, at };
  }

  it('is not covered by the notes of a meeting deleted later, parked beside it', () => {
    const { doc, at } = parkedFromGoneMeeting();
    expect(ops.deleteMeeting(doc, 'm1').ok).toBe(true);
    const board = readBoard(doc);
    expect(noteIn(board, 'i1')).toMatchObject(at);
    expect(coveredNotes(board)).toEqual([]);
    expect(noteIn(board, 'f1').lane).toBeNull();
  });

  it("is pushed down like any parked note when a participant joins a parked form's stack above it", () => {
    const { doc, at } = parkedFromGoneMeeting();
    // A form parked just above it, then a participant attached under the form.
    expect(ops.moveNotes(doc, [{ id: 'f1', lane: null, x: at.x, y: at.y - CELL_H }]).ok).toBe(true);
    expect(ops.attachToForm(doc, 'n1', 'f1').ok).toBe(true);
    const board = readBoard(doc);
    expect(noteIn(board, 'n1')).toMatchObject({ lane: null, form: 'f1', x: at.x, y: at.y });
    expect(coveredNotes(board)).toEqual([]);
    expect(noteIn(board, 'i1')).toMatchObject({ lane: null, x: at.x });
  });
});
