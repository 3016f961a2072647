import { describe, expect, it } from 'vitest';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { CELL_H, tooClose } from '../../shared/layout.ts';
import { attachToForm } from '../../shared/ops/index.ts';
import type { Note } from '../../shared/schema.ts';
import { aForm, aParticipant, anIdea, twoMeetingBoard } from './fixtures.ts';

/**
 * Attaching a participant pushes the notes in the stack's way down, but never
 * one someone else holds (drags or has open in an editor): the overlap
 * repairs never move such a note either (shared/overlap.ts). Their drag would
 * land off by the push, their editor would jump.
 */

const row = (n: number) => 12 + n * CELL_H;
const board = (notes: Note[]) =>
  createBoardDoc(
    twoMeetingBoard([
      aForm({ id: 'frm', lane: 'm1', x: 12, y: 12 }),
      aParticipant({ id: 'new', person: 'jens', lane: null, x: -500, y: 150, form: null }),
      ...notes,
    ]),
  );
const placeOf = (doc: ReturnType<typeof board>, id: string) => {
  const note = readBoard(doc).notes.find((n) => n.id === id);
  return note && { lane: note.lane, x: note.x, y: note.y, form: 'form' in note ? note.form : null };
};
const held =
  (...ids: string[]) =>
  (id: string) =>
    ids.includes(id);

describe('attaching a participant next to a note someone holds', () => {
  it('pushes what is in the way down past the held note, which stays', () => {
    const doc = board([
      anIdea({ id: 'free', lane: 'm1', x: 12, y: row(1) }),
      anIdea({ id: 'hold', lane: 'm1', x: 12, y: row(2) }),
    ]);
    expect(attachToForm(doc, 'new', 'frm', held('hold')).ok).toBe(true);
    expect(placeOf(doc, 'new')).toEqual({ lane: 'm1', x: 12, y: row(1), form: 'frm' });
    expect(placeOf(doc, 'hold')).toMatchObject({ x: 12, y: row(2) });
    expect(placeOf(doc, 'free')).toMatchObject({ x: 12, y: row(3) });
  });

  it('pushes it like any other when no one holds it', () => {
    const doc = board([
      anIdea({ id: 'free', lane: 'm1', x: 12, y: row(1) }),
      anIdea({ id: 'hold', lane: 'm1', x: 12, y: row(2) }),
    ]);
    attachToForm(doc, 'new', 'frm');
    expect(placeOf(doc, 'free')).toMatchObject({ y: row(2) });
    expect(placeOf(doc, 'hold')).toMatchObject({ y: row(3) });
  });

  it('attaches it beside the stack, on nothing, when the held note stands where it would join', () => {
    const doc = board([anIdea({ id: 'hold', lane: 'm1', x: 12, y: row(1) })]);
    expect(attachToForm(doc, 'new', 'frm', held('hold')).ok).toBe(true);
    expect(placeOf(doc, 'hold')).toMatchObject({ x: 12, y: row(1) });
    const joined = placeOf(doc, 'new');
    expect(joined).toMatchObject({ lane: 'm1', form: 'frm' });
    const notes = readBoard(doc).notes.filter((n) => n.lane === 'm1' && n.id !== 'new');
    expect(notes.some((n) => joined && tooClose(n, joined))).toBe(false);
    // On top, as a participant dropped on the form is.
    expect(readBoard(doc).notes.at(-1)?.id).toBe('new');
  });
});
