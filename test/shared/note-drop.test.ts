import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import {
  CELL_H,
  CELL_W,
  NOTE_GAP,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  PARKING_X,
  PARKING_Y,
  rectsOverlap,
} from '../../shared/layout.ts';
import { BoardEdit, deleteMeeting, dropNotes } from '../../shared/ops/index.ts';
import type { Note } from '../../shared/schema.ts';
import { aForm, aMeeting, aParticipant, aPerson, anIdea, makeBoard } from './fixtures.ts';

function boardDoc(notes: Note[]) {
  const doc = createBoardDoc(
    makeBoard({
      meetings: [aMeeting({ id: 'm1' }), aMeeting({ id: 'm2' })],
      people: [aPerson({ id: 'jens', core: true }), aPerson({ id: 'anna' })],
      notes,
    }),
  );
  const ops: string[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin instanceof BoardEdit) ops.push(tr.origin.op);
  });
  return { doc, ops, notes: () => readBoard(doc).notes };
}

const at = (notes: readonly Note[], id: string) => {
  const note = notes.find((n) => n.id === id);
  if (!note) throw new Error(`no note ${id}`);
  return note;
};

/** Every two notes of a column keep at least the grid's gap: none covers another's edge or badge. */
function expectReadable(notes: readonly Note[], lane: string | null) {
  const zones = notes
    .filter((n) => n.lane === lane)
    .map((n) => ({ id: n.id, x: n.x, y: n.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }));
  for (const a of zones) {
    const grown = {
      x: a.x - NOTE_GAP,
      y: a.y - NOTE_GAP,
      width: NOTE_WIDTH + 2 * NOTE_GAP,
      height: NOTE_HEIGHT + 2 * NOTE_GAP,
    };
    for (const b of zones) {
      if (a.id < b.id) expect(rectsOverlap(grown, b), `${a.id} and ${b.id}`).toBe(false);
    }
  }
}

describe('dropNotes: a dropped form and its participants settle as one readable stack', () => {
  it('moving a form up onto a core participant keeps its participant under it and the badge clear (audit R2)', () => {
    // Meeting 1: Jens (core, not attached) above the form Workshop, Anna attached under it.
    const { doc, ops, notes } = boardDoc([
      aParticipant({ id: 'x', lane: 'm1', x: 204, y: 256, person: 'jens' }),
      aForm({ id: 'f1', lane: 'm1', x: 204, y: 378, name: 'Workshop' }),
      aParticipant({ id: 'p1', lane: 'm1', x: 204, y: 500, person: 'anna', form: 'f1' }),
    ]);
    // The form dragged straight up by 233 (its participant dragged along): let go 1 unit above Jens.
    const result = dropNotes(doc, [
      { id: 'f1', lane: 'm1', x: 204, y: 378 - 233 },
      { id: 'p1', lane: 'm1', x: 204, y: 500 - 233 },
    ]);
    expect(result.ok).toBe(true);
    expect(ops).toEqual(['moveNotes']);
    const after = notes();
    const form = at(after, 'f1');
    // The stack keeps its shape: Anna right under her form, still attached.
    expect(at(after, 'p1')).toMatchObject({ form: 'f1', x: form.x, y: form.y + CELL_H });
    // The nearest place the whole stack fits with the grid's gap: above Jens, who stays put.
    expect(form).toMatchObject({ x: 204, y: 12 });
    expect(at(after, 'x')).toMatchObject({ x: 204, y: 256, form: null });
    expectReadable(after, 'm1');
  });

  it('a form let go 1 unit above a core participant settles the grid gap away, off the badge', () => {
    const { doc, notes } = boardDoc([
      aParticipant({ id: 'x', lane: 'm1', x: 204, y: 256, person: 'jens' }),
      aForm({ id: 'f1', lane: 'm1', x: 204, y: 378 }),
    ]);
    expect(dropNotes(doc, [{ id: 'f1', lane: 'm1', x: 204, y: 145 }]).ok).toBe(true);
    const after = notes();
    expect(at(after, 'f1')).toMatchObject({ x: 204, y: 256 - CELL_H });
    expectReadable(after, 'm1');
  });

  it('a marquee-selected group dropped half outside the parking area keeps its arrangement', () => {
    // Two ideas side by side, a form under the left one and Anna under the form; one parked note.
    const { doc, notes } = boardDoc([
      anIdea({ id: 'h1', lane: 'm1', x: 12, y: 256 }),
      anIdea({ id: 'h2', lane: 'm1', x: 204, y: 256 }),
      aForm({ id: 'o', lane: 'm1', x: 12, y: 378 }),
      aParticipant({ id: 'a', lane: 'm1', x: 12, y: 500, person: 'anna', form: 'o' }),
      anIdea({ id: 'parked', lane: null, x: PARKING_X + 204, y: PARKING_Y + 12 }),
    ]);
    // Let go 72 units left of the parking column, over the parked note.
    const dx = PARKING_X - 60;
    const dy = PARKING_Y + 40 - 256;
    const moved = { h1: [12, 256], h2: [204, 256], o: [12, 378], a: [12, 500] } as const;
    expect(
      dropNotes(
        doc,
        Object.entries(moved).map(([id, [x, y]]) => ({ id, lane: null, x: x + dx, y: y + dy })),
      ).ok,
    ).toBe(true);
    const after = notes();
    const h1 = at(after, 'h1');
    // Inside the parking column, every note where it was relative to the others.
    expect(h1.x).toBe(PARKING_X + 12);
    for (const [id, [x, y]] of Object.entries(moved)) {
      expect(at(after, id), id).toMatchObject({ lane: null, x: h1.x + x - 12, y: h1.y + y - 256 });
    }
    expect(at(after, 'a')).toMatchObject({ form: 'o' });
    expect(at(after, 'parked')).toMatchObject({ x: PARKING_X + 204, y: PARKING_Y + 12 });
    expectReadable(after, null);
  });

  it('a group too wide for one lane comes apart between stacks, never inside one', () => {
    const { doc, notes } = boardDoc([
      aForm({ id: 'f', lane: 'm1', x: 204, y: 12 }),
      aParticipant({ id: 'p', lane: 'm1', x: 204, y: 134, person: 'anna', form: 'f' }),
      anIdea({ id: 'i', lane: 'm2', x: 12, y: 12 }),
      anIdea({ id: 'blocker', lane: 'm2', x: 12, y: 134 }),
    ]);
    // Dragged one lane to the right: the form stays in the lane's right column,
    // the idea lands past the lane's right edge, so the group is wider than the lane.
    expect(
      dropNotes(doc, [
        { id: 'f', lane: 'm2', x: 204, y: 12 },
        { id: 'p', lane: 'm2', x: 204, y: 134 },
        { id: 'i', lane: 'm2', x: 204 + 2 * CELL_W, y: 12 },
      ]).ok,
    ).toBe(true);
    const after = notes();
    // The stack lands where it was let go; the idea finds the nearest free place.
    expect(at(after, 'f')).toMatchObject({ x: 204, y: 12 });
    expect(at(after, 'p')).toMatchObject({ form: 'f', x: 204, y: 12 + CELL_H });
    expect(at(after, 'i').x).toBeLessThan(204);
    expectReadable(after, 'm2');
  });

  it('leaves a note dropped on its own free place where it is: nothing written', () => {
    const { doc, ops } = boardDoc([anIdea({ id: 'i', lane: 'm1', x: 12, y: 12 })]);
    expect(dropNotes(doc, [{ id: 'i', lane: 'm1', x: 12, y: 12 }]).ok).toBe(true);
    expect(ops).toEqual([]);
  });
});

describe('dropNotes into a meeting someone deletes at the same moment', () => {
  it('the note reads as parked in the parking area (not on the first meeting), and later drops there keep clear of it', () => {
    const a = boardDoc([
      anIdea({ id: 'idea', lane: 'm1', x: 12, y: 12 }),
      anIdea({ id: 'other', lane: 'm1', x: 204, y: 12 }),
    ]);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
    // A drops the idea into meeting 2 while B deletes meeting 2.
    expect(dropNotes(a.doc, [{ id: 'idea', lane: 'm2', x: 12, y: 12 }]).ok).toBe(true);
    expect(deleteMeeting(b, 'm2').ok).toBe(true);
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
    const idea = at(a.notes(), 'idea');
    expect(idea).toMatchObject({ lane: null, x: PARKING_X + 12, y: PARKING_Y + 12 });
    expect(readBoard(b)).toEqual(readBoard(a.doc));
    // Another note let go on that very spot of the parking area settles clear of it.
    expect(dropNotes(a.doc, [{ id: 'other', lane: null, x: idea.x, y: idea.y }]).ok).toBe(true);
    expect(at(a.notes(), 'other')).not.toMatchObject({ x: idea.x, y: idea.y });
    expectReadable(a.notes(), null);
  });
});

describe('dropNotes stores whole units', () => {
  it('a stack let go at a fractional offset (a drag at some zoom) lands on whole units, its gaps exact', () => {
    const board = boardDoc([
      aForm({ id: 'f', lane: 'm1', x: 12, y: 12 }),
      aParticipant({ id: 'p1', lane: 'm1', x: 12, y: 134, person: 'jens', form: 'f' }),
      aParticipant({ id: 'p2', lane: 'm1', x: 12, y: 256, person: 'anna', form: 'f' }),
    ]);
    const dx = 0.1 + 0.2; // 0.30000000000000004
    const moves = ['f', 'p1', 'p2'].map((id) => {
      const note = at(board.notes(), id);
      return { id, lane: 'm2', x: note.x + dx, y: note.y + dx };
    });
    expect(dropNotes(board.doc, moves).ok).toBe(true);
    const ys = ['f', 'p1', 'p2'].map((id) => at(board.notes(), id).y);
    for (const n of ['f', 'p1', 'p2'].map((id) => at(board.notes(), id))) {
      expect(Number.isInteger(n.x) && Number.isInteger(n.y)).toBe(true);
    }
    expect([ys[1]! - ys[0]!, ys[2]! - ys[1]!]).toEqual([122, 122]);
  });
});
