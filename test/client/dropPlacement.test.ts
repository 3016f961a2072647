import { describe, expect, it } from 'vitest';
import {
  LANE_HEADER_HEIGHT,
  LANE_PADDING,
  NOTE_GAP,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  PARKING_X,
  PARKING_Y,
  laneX,
  rectsOverlap,
} from '../../shared/layout.ts';
import { computeLayout, withStacks } from '../../client/canvas/boardGeometry.ts';
import {
  formAt,
  planDrop,
  planDuplicate,
  planNewNote,
  writeDrop,
} from '../../client/canvas/dropPlacement.ts';
import { createBoardActions } from '../../client/sync/actions.ts';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { dropNotes, duplicateNotes, type NoteMove } from '../../shared/ops/index.ts';
import type { Board, Note } from '../../shared/schema.ts';
import { boardWith, form, idea, participant } from './boardFixture.ts';

/** The notes after the drop operation wrote `moves` to a document of `board`. */
function dropped(board: Board, moves: NoteMove[]): Map<string, Note> {
  const doc = createBoardDoc(board);
  expect(dropNotes(doc, moves).ok).toBe(true);
  return new Map(readBoard(doc).notes.map((n) => [n.id, n]));
}

const rect = (p: { x: number; y: number }) => ({
  x: p.x,
  y: p.y,
  width: NOTE_WIDTH,
  height: NOTE_HEIGHT,
});

describe('drop placement', () => {
  it('moves a note into the lane under the pointer at the dropped spot when it is free', () => {
    const layout = computeLayout(boardWith([idea('a', 'meetingAAA1', 12, 12)]));
    const a = layout.noteById.get('a')!;
    const dx = laneX(1) - laneX(0);
    const plan = planDrop(layout, ['a'], dx, 0, { x: a.x + dx + 10, y: a.y + 10 });
    expect(plan.attach).toBeNull();
    expect(plan.moves).toEqual([{ id: 'a', lane: 'meetingBBB2', x: 12, y: 12 }]);
  });

  it('settles a dropped note into a free place instead of covering another note', () => {
    const board = boardWith([idea('a', 'meetingAAA1', 12, 12), idea('b', 'meetingBBB2', 12, 12)]);
    const layout = computeLayout(board);
    const a = layout.noteById.get('a')!;
    const dx = laneX(1) - laneX(0);
    const { moves } = planDrop(layout, ['a'], dx, 0, { x: a.x + dx + 10, y: a.y + 10 });
    // The plan says where the note was let go; the drop operation settles it.
    expect(moves).toEqual([{ id: 'a', lane: 'meetingBBB2', x: 12, y: 12 }]);
    const move = dropped(board, moves).get('a');
    expect(move?.lane).toBe('meetingBBB2');
    expect(rectsOverlap(rect(move!), rect({ x: 12, y: 12 }))).toBe(false);
  });

  it('keeps several moved notes apart from each other', () => {
    const board = boardWith([
      idea('a', 'meetingAAA1', 12, 12),
      idea('b', 'meetingAAA1', 12, 134),
      idea('c', 'meetingBBB2', 12, 12),
    ]);
    const dx = laneX(1) - laneX(0);
    const { moves } = planDrop(computeLayout(board), ['a', 'b'], dx, 0, {
      x: laneX(1) + 20,
      y: LANE_HEADER_HEIGHT + 20,
    });
    expect(moves).toHaveLength(2);
    const after = dropped(board, moves);
    const rects = [...['a', 'b', 'c'].map((id) => rect(after.get(id)!))];
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++)
        expect(rectsOverlap(rects[i]!, rects[j]!)).toBe(false);
  });

  it('parks a note dropped on the parking area, in board coordinates', () => {
    const layout = computeLayout(boardWith([idea('a', 'meetingAAA1', 12, 12)]));
    const a = layout.noteById.get('a')!;
    const target = { x: PARKING_X + LANE_PADDING, y: PARKING_Y + LANE_PADDING };
    const plan = planDrop(layout, ['a'], target.x - a.x, target.y - a.y, {
      x: target.x + 5,
      y: target.y + 5,
    });
    expect(plan.moves).toEqual([{ id: 'a', lane: null, x: target.x, y: target.y }]);
  });

  it('attaches a participant dropped onto a form note; other notes dropped with it only move', () => {
    const layout = computeLayout(
      boardWith([
        form('f', 'meetingBBB2', 12, 12),
        participant('p1', 'meetingBBB2', 12, 12 + NOTE_HEIGHT + NOTE_GAP, 'f'),
        participant('new', 'meetingAAA1', 12, 12),
        idea('i', 'meetingAAA1', 204, 12),
      ]),
    );
    const f = layout.noteById.get('f')!;
    const plan = planDrop(layout, ['new', 'i'], laneX(1) - laneX(0), 0, {
      x: f.x + 20,
      y: f.y + 20,
    });
    expect(plan.attach).toEqual({ formId: 'f', participantIds: ['new'] });
    // The idea is not a participant: it moves into the lane, not onto the form.
    expect(plan.moves.map((m) => m.id)).toEqual(['i']);
  });

  it('does not attach when the pointer is over a participant or empty space', () => {
    const layout = computeLayout(
      boardWith([participant('p', 'meetingAAA1', 12, 12), participant('q', 'meetingBBB2', 12, 12)]),
    );
    const q = layout.noteById.get('q')!;
    expect(planDrop(layout, ['p'], 400, 0, { x: q.x + 10, y: q.y + 10 }).attach).toBeNull();
  });

  it('attaches a participant dropped onto one in a form’s stack to that form', () => {
    const below = 12 + NOTE_HEIGHT + NOTE_GAP;
    const layout = computeLayout(
      boardWith([
        form('f', 'meetingBBB2', 12, 12),
        participant('helle', 'meetingBBB2', 12, below, 'f'),
        participant('new', 'meetingAAA1', 12, 12),
      ]),
    );
    const helle = layout.noteById.get('helle')!;
    const plan = planDrop(layout, ['new'], laneX(1) - laneX(0), below, {
      x: helle.x + 20,
      y: helle.y + 20,
    });
    expect(plan.attach).toEqual({ formId: 'f', participantIds: ['new'] });
    expect(formAt(layout, { x: helle.x + 20, y: helle.y + 20 }, new Set())).toBe('f');
  });

  it('does not attach onto a stacked participant whose form went to another meeting, nor a dragged form', () => {
    const layout = computeLayout(
      boardWith([
        form('away', 'meetingAAA1', 12, 12),
        participant('left', 'meetingBBB2', 12, 12, 'away'),
        form('g', 'meetingBBB2', 204, 12),
        participant('stacked', 'meetingBBB2', 204, 12 + NOTE_HEIGHT + NOTE_GAP, 'g'),
        form('dragged', 'meetingAAA1', 204, 12),
        participant('mine', 'meetingAAA1', 204, 12 + NOTE_HEIGHT + NOTE_GAP, 'dragged'),
      ]),
    );
    const left = layout.noteById.get('left')!;
    expect(formAt(layout, { x: left.x + 10, y: left.y + 10 }, new Set())).toBeNull();
    const stacked = layout.noteById.get('stacked')!;
    const pointer = { x: stacked.x + 10, y: stacked.y + 10 };
    const dragged = layout.noteById.get('dragged')!;
    const plan = planDrop(
      layout,
      ['dragged', 'mine'],
      stacked.x - dragged.x,
      stacked.y - dragged.y,
      pointer,
    );
    expect(plan.attach).toBeNull();
  });

  it('creates new notes centred on the pointer in a free place', () => {
    const layout = computeLayout(boardWith([idea('a', 'meetingAAA1', 12, 12)]));
    const spot = planNewNote(layout, { x: laneX(0) + 100, y: LANE_HEADER_HEIGHT + 60 });
    expect(spot.lane).toBe('meetingAAA1');
    expect(rectsOverlap(rect(spot), rect({ x: 12, y: 12 }))).toBe(false);
  });

  it('copies a form with its stack on Ctrl+D, as Alt+drag does: the copied participant is attached to the copied form', () => {
    const board = boardWith([
      form('f', 'meetingAAA1', 12, 12),
      participant('p', 'meetingAAA1', 12, 134, 'f'),
      idea('loose', 'meetingAAA1', 200, 12),
    ]);
    const layout = computeLayout(board);
    const ids = withStacks(layout, ['f']);
    expect(ids.sort()).toEqual(['f', 'p']);
    const doc = createBoardDoc(board);
    const copied = duplicateNotes(doc, planDuplicate(layout, ids));
    if (!copied.ok) throw new Error(copied.error.detail);
    const notes = readBoard(doc).notes;
    const copyOf = (kind: string) =>
      notes.find((n) => copied.value.includes(n.id) && n.kind === kind);
    const formCopy = copyOf('form');
    const participantCopy = copyOf('participant');
    expect(participantCopy?.kind === 'participant' && participantCopy.form).toBe(formCopy?.id);
  });

  it('a form and its participant dropped with the pointer on another form land clear of each other', () => {
    const [a, b] = ['meetingAAA1', 'meetingBBB2'];
    const board = boardWith([
      form('formOne', a, 12, 12),
      form('formTwo', b, 12, 12),
      participant('part', b, 12, 134, 'formTwo'),
    ]);
    const layout = computeLayout(board);
    // Dragged one lane left and 114 up by the participant: the pointer ends over form one.
    const dy = -114;
    const pointer = { x: 12 + NOTE_WIDTH / 2, y: 150 + 134 + dy + NOTE_HEIGHT / 2 };
    const plan = planDrop(layout, ['formTwo', 'part'], laneX(0) - laneX(1), dy, pointer);
    expect(plan.attach?.formId).toBe('formOne');
    const doc = createBoardDoc(board);
    const actions = createBoardActions(doc, 'tester');
    actions.together('moveNotes', () => writeDrop(actions, plan));
    const inA = readBoard(doc).notes.filter((n) => n.lane === a);
    expect(inA.map((n) => n.id).sort()).toEqual(['formOne', 'formTwo', 'part']);
    for (const [i, one] of inA.entries()) {
      for (const other of inA.slice(i + 1))
        expect(rectsOverlap(rect(one), rect(other))).toBe(false);
    }
  });

  it('places a new note on whole units wherever the pointer was', () => {
    const layout = computeLayout(boardWith([]));
    const spot = planNewNote(layout, { x: laneX(1) + 108.0001036606368, y: 306.60090116779656 });
    expect(Number.isInteger(spot.x) && Number.isInteger(spot.y)).toBe(true);
  });

  it('duplicates into free places beside the originals', () => {
    const layout = computeLayout(
      boardWith([idea('a', 'meetingAAA1', 12, 12), idea('b', 'meetingBBB2', 12, 12)]),
    );
    const copies = planDuplicate(layout, ['a', 'b']);
    expect(copies.map((c) => c.lane).sort()).toEqual(['meetingAAA1', 'meetingBBB2']);
    for (const copy of copies)
      expect(rectsOverlap(rect({ x: copy.x!, y: copy.y! }), rect({ x: 12, y: 12 }))).toBe(false);
  });
});
