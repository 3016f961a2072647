import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../client/canvas/boardGeometry.ts';
import {
  firstInReadingOrder,
  nearestInDirection,
  neighbourColumn,
  planColumnStep,
  selectionAnnouncement,
  type Arrow,
} from '../../client/canvas/boardNavigation.ts';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { CELL_H, PARKING_X, PARKING_Y, noteRect, rectsOverlap } from '../../shared/layout.ts';
import { dropNotes } from '../../shared/ops/index.ts';
import type { Note } from '../../shared/schema.ts';
import { boardWith, form, idea, participant } from './boardFixture.ts';

const A = 'meetingAAA1';
const B = 'meetingBBB2';
const FINAL = 'meetingFIN3';

/** Lane A: a 2 × 2 grid; lane B: one on the top row; one parked post-it. */
const grid = [
  idea('a1', A, 12, 12),
  idea('a2', A, 204, 12),
  idea('a3', A, 12, 134),
  idea('a4', A, 204, 134),
  idea('b1', B, 12, 12),
  idea('p1', null, PARKING_X + 12, PARKING_Y + 12),
];

function step(notes: Note[], from: string, arrow: Arrow): string | null {
  const layout = computeLayout(boardWith(notes));
  const start = layout.noteById.get(from);
  if (!start) throw new Error(`no note ${from}`);
  return nearestInDirection(layout.notes, start, arrow)?.note.id ?? null;
}

describe('arrow keys go to the nearest post-it that way', () => {
  it('within a lane: the neighbour on the same row or in the same column', () => {
    expect(step(grid, 'a1', 'ArrowRight')).toBe('a2');
    expect(step(grid, 'a1', 'ArrowDown')).toBe('a3');
    expect(step(grid, 'a2', 'ArrowDown')).toBe('a4');
    expect(step(grid, 'a4', 'ArrowUp')).toBe('a2');
    expect(step(grid, 'a4', 'ArrowLeft')).toBe('a3');
  });

  it('across lane borders and into and out of the parking area', () => {
    expect(step(grid, 'a2', 'ArrowRight')).toBe('b1');
    expect(step(grid, 'b1', 'ArrowLeft')).toBe('a2');
    expect(step(grid, 'a1', 'ArrowLeft')).toBe('p1');
    expect(step(grid, 'p1', 'ArrowRight')).toBe('a1');
  });

  it('prefers the post-it on the same row to a nearer one off the axis', () => {
    // Without a2, → from a1: a4 (a row lower, 227 units away) or b1 (same row, next lane, 444 away).
    const notes = grid.filter((n) => n.id !== 'a2');
    expect(step(notes, 'a1', 'ArrowRight')).toBe('b1');
  });

  it('goes nowhere when nothing lies that way (not round the corner into the other column)', () => {
    expect(step(grid, 'a3', 'ArrowDown')).toBeNull();
    expect(step(grid, 'a4', 'ArrowDown')).toBeNull();
    expect(step(grid, 'b1', 'ArrowRight')).toBeNull();
    expect(step(grid, 'p1', 'ArrowLeft')).toBeNull();
    // ↓ from a1 with a3 gone: a4, a row lower in the other column, is more aside than below.
    expect(
      step(
        grid.filter((n) => n.id !== 'a3'),
        'a1',
        'ArrowDown',
      ),
    ).toBeNull();
  });
});

describe('the first post-it in reading order', () => {
  const first = (notes: Note[]) =>
    firstInReadingOrder(computeLayout(boardWith(notes)))?.note.id ?? null;

  it('is in the first meeting that has one, top row first, then left; parked ones last', () => {
    expect(first([...grid].reverse())).toBe('a1');
    expect(first([idea('b1', B, 12, 12), idea('a2', A, 204, 12), idea('a3', A, 12, 134)])).toBe(
      'a2',
    );
    expect(first([idea('p1', null, PARKING_X + 12, PARKING_Y), idea('b1', B, 12, 300)])).toBe('b1');
    expect(first([idea('p1', null, PARKING_X + 12, PARKING_Y)])).toBe('p1');
    expect(first([])).toBeNull();
  });
});

describe('Alt+Left/Right: to the previous/next column', () => {
  const layout = computeLayout(boardWith([]));

  it('steps through the parking area, the meetings in board order, and stops at the ends', () => {
    expect(neighbourColumn(layout, null, 1)).toBe(A);
    expect(neighbourColumn(layout, A, 1)).toBe(B);
    expect(neighbourColumn(layout, B, -1)).toBe(A);
    expect(neighbourColumn(layout, A, -1)).toBeNull();
    expect(neighbourColumn(layout, null, -1)).toBeUndefined();
    expect(neighbourColumn(layout, FINAL, 1)).toBeUndefined();
  });

  it('moves a form with its stack, settled clear of the notes there, still attached and stacked', () => {
    const board = boardWith([
      form('f1', A, 12, 12),
      participant('s1', A, 12, 12 + CELL_H, 'f1'),
      idea('b1', B, 12, 12),
    ]);
    const moves = planColumnStep(computeLayout(board), ['f1'], 1);
    expect(moves?.map((m) => [m.id, m.lane])).toEqual([
      ['f1', B],
      ['s1', B],
    ]);
    const doc = createBoardDoc(board);
    expect(dropNotes(doc, moves ?? []).ok).toBe(true);
    const after = new Map(readBoard(doc).notes.map((n) => [n.id, n]));
    const f1 = after.get('f1');
    const s1 = after.get('s1');
    const b1 = after.get('b1');
    if (!f1 || !s1 || !b1) throw new Error('a note went missing');
    expect([f1.lane, s1.lane]).toEqual([B, B]);
    expect(s1.kind === 'participant' && s1.form).toBe('f1');
    expect([s1.x - f1.x, s1.y - f1.y]).toEqual([0, CELL_H]);
    for (const moved of [f1, s1]) expect(rectsOverlap(noteRect(moved), noteRect(b1))).toBe(false);
  });

  it('parks from the first meeting, where the note stood in its column', () => {
    const layout = computeLayout(boardWith([idea('a3', A, 12, 134)]));
    expect(planColumnStep(layout, ['a3'], -1)).toEqual([
      { id: 'a3', lane: null, x: PARKING_X + 12, y: PARKING_Y + 134 },
    ]);
  });

  it('moves nothing when a note of the selection would leave the board', () => {
    const layout = computeLayout(boardWith(grid));
    expect(planColumnStep(layout, ['a1', 'p1'], -1)).toBeNull();
    expect(planColumnStep(layout, [], 1)).toBeNull();
  });
});

describe('what a screen reader is told', () => {
  const board = boardWith([
    participant('s1', A, 12, 12),
    form('f1', null, PARKING_X + 12, PARKING_Y + 12, 20),
    idea('i1', B, 12, 12),
  ]);
  const layout = computeLayout(board);
  const people = new Map(board.people.map((p) => [p.id, p]));
  const told = (ids: string[], lang: 'da' | 'en' = 'da') =>
    selectionAnnouncement(layout, people, ids, lang);

  it('names the post-it as the plan does, and where it stands, in the UI language', () => {
    expect(told(['s1'])).toBe('Jens, ØS — Netværksmøde 1');
    expect(told(['s1'], 'en')).toBe('Jens, ØS — Network meeting 1');
    expect(told(['f1'])).toBe('f1 (20 min.) — Parkering');
    expect(told(['f1'], 'en')).toBe('f1 (20 min) — Parking');
    expect(told(['i1'])).toBe('Idé: i1 — Netværksmøde 2');
  });

  it('says the word the plan adds after a citizen without an affiliation in the UI language', () => {
    const citizens = new Map(
      [...people].map(([id, p]) => [id, { ...p, affiliation: '', category: 'citizen' as const }]),
    );
    expect(selectionAnnouncement(layout, citizens, ['s1'], 'da')).toBe(
      'Jens, Borger — Netværksmøde 1',
    );
    expect(selectionAnnouncement(layout, citizens, ['s1'], 'en')).toBe(
      'Jens, Citizen — Network meeting 1',
    );
  });

  it('counts several, saying where the last of them stands', () => {
    expect(told(['s1', 'i1'])).toBe('2 post-its — Netværksmøde 2');
    expect(told(['gone'])).toBe('');
  });
});
