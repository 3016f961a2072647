import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, rootTypes } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import * as layout from '../../shared/layout.ts';
import { BoardEdit, deleteMeeting } from '../../shared/ops/index.ts';
import type { Board, Note } from '../../shared/schema.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

/**
 * Deleting a meeting parks its notes (audit R1): a form and the participants
 * attached to it must still read as one stack in the parking area, as they
 * stand everywhere else on the board.
 */

const STEP = layout.NOTE_HEIGHT + layout.NOTE_GAP;

/** Meeting 1 of the paper example (form f1 with n1–n3 stacked under it), plus a second
 * form f2 with one participant and a loose idea; i1 is parked already. */
function boardWithTwoStacks(): Board {
  const board = paperExampleBoard();
  board.notes.push(
    {
      id: 'f2',
      kind: 'form',
      lane: 'm1',
      x: 204,
      y: 12,
      name: 'Oplæg',
      durationMinutes: 20,
      description: '',
    },
    {
      id: 'n4',
      kind: 'participant',
      lane: 'm1',
      x: 204,
      y: 134,
      person: 'soeren',
      contribution: '',
      role: '',
      form: 'f2',
    },
    { id: 'i2', kind: 'idea', lane: 'm1', x: 204, y: 256, text: 'Løs idé' },
  );
  return board;
}

const byId = (board: Board) => new Map(board.notes.map((n) => [n.id, n]));

function expectStack(notes: Map<string, Note>, formId: string, participantIds: string[]) {
  const form = notes.get(formId);
  expect(form?.lane).toBeNull();
  participantIds.forEach((id, i) => {
    expect(notes.get(id)).toMatchObject({
      lane: null,
      form: formId,
      x: form?.x,
      y: (form?.y ?? 0) + (i + 1) * STEP,
    });
  });
}

function expectNoOverlap(notes: readonly Note[]) {
  for (const [i, a] of notes.entries()) {
    for (const b of notes.slice(i + 1)) {
      expect(
        layout.rectsOverlap(layout.noteRect(a), layout.noteRect(b)),
        `${a.id} overlaps ${b.id}`,
      ).toBe(false);
    }
  }
}

describe('deleting a meeting parks its notes', () => {
  it('keeps each form with its participants stacked under it in the parking area', () => {
    const doc = createBoardDoc(boardWithTwoStacks());
    expect(deleteMeeting(doc, 'm1').ok).toBe(true);
    const board = readBoard(doc);
    const notes = byId(board);
    expectStack(notes, 'f1', ['n1', 'n2', 'n3']);
    expectStack(notes, 'f2', ['n4']);
    const parked = board.notes.filter((n) => n.lane === null);
    expect(parked.map((n) => n.id).sort()).toEqual([
      'f1',
      'f2',
      'i1',
      'i2',
      'n1',
      'n2',
      'n3',
      'n4',
    ]);
    expectNoOverlap(parked);
    for (const note of parked.filter((n) => n.id !== 'i1')) {
      expect(note.x).toBeGreaterThanOrEqual(layout.PARKING_X + layout.LANE_PADDING);
      expect(note.x + layout.NOTE_WIDTH).toBeLessThanOrEqual(
        layout.PARKING_X + layout.PARKING_WIDTH - layout.LANE_PADDING,
      );
    }
  });

  it('puts a stack whole into the first place tall enough for it; loose notes fill the gaps', () => {
    const board = paperExampleBoard();
    // Parked ideas on the grid leave one free cell at the left of the second row only.
    const cell = (column: number, row: number) => ({
      x: layout.PARKING_X + layout.LANE_PADDING + column * (layout.NOTE_WIDTH + layout.NOTE_GAP),
      y: layout.PARKING_Y + layout.LANE_PADDING + row * STEP,
    });
    board.notes = board.notes.filter((n) => n.id !== 'i1');
    board.notes.push(
      { id: 'p00', kind: 'idea', lane: null, ...cell(0, 0), text: '' },
      { id: 'p10', kind: 'idea', lane: null, ...cell(1, 0), text: '' },
      { id: 'p11', kind: 'idea', lane: null, ...cell(1, 1), text: '' },
      { id: 'p02', kind: 'idea', lane: null, ...cell(0, 2), text: '' },
      { id: 'loose', kind: 'idea', lane: 'm1', x: 204, y: 500, text: 'Løs idé' },
    );
    const doc = createBoardDoc(board);
    deleteMeeting(doc, 'm1');
    const notes = byId(readBoard(doc));
    // f1 + 3 participants need four free rows in one column: the right column from row 2.
    expect(notes.get('f1')).toMatchObject(cell(1, 2));
    expectStack(notes, 'f1', ['n1', 'n2', 'n3']);
    expect(notes.get('loose')).toMatchObject({ lane: null, ...cell(0, 1) });
    expectNoOverlap([...notes.values()].filter((n) => n.lane === null));
  });

  it('is undone in one step, every note back in its meeting', () => {
    const doc = createBoardDoc(boardWithTwoStacks());
    const before = readBoard(doc);
    const undo = new Y.UndoManager(rootTypes(doc), {
      trackedOrigins: new Set([BoardEdit]),
      captureTimeout: 0,
    });
    deleteMeeting(doc, 'm1', 'ana');
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readBoard(doc)).toEqual(before);
  });
});
