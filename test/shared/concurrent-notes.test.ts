import { describe, expect, it } from 'vitest';
import { CELL_H } from '../../shared/layout.ts';
import * as ops from '../../shared/ops/index.ts';
import type { Board } from '../../shared/schema.ts';
import { boardWithTwoForms, paperExampleBoard } from '../helpers/boards.ts';
import { concurrently, noteIn } from './concurrent.ts';

/**
 * Post-its and people when two or three users act on them at the same moment
 * (concurrent.ts: every delivery order, the same board and a plan that reads
 * right): the plan shows each participant once, under a form that is there.
 */

/** The paper example with Helle parked, on no form (f1: Jens, Helle, Søren stacked under it). */
function helleParked(): Board {
  const board = boardWithTwoForms();
  const helle = board.notes.find((n) => n.id === 'n2');
  if (helle?.kind === 'participant')
    Object.assign(helle, { lane: null, x: -500, y: 400, form: null });
  return board;
}

const rowsOf = (plan: ReturnType<typeof concurrently>['plan'], meeting: string) =>
  plan.meetings.find((m) => m.meetingId === meeting)?.rows ?? [];

describe('two users attaching participants at once', () => {
  it('the same participant to two forms of one meeting: on one of them, in its stack, one plan row', () => {
    const { board, plan } = concurrently(helleParked(), [
      (doc, u) => ops.attachToForm(doc, 'n2', 'f1', undefined, u),
      (doc, u) => ops.attachToForm(doc, 'n2', 'f2', undefined, u),
    ]);
    const helle = noteIn(board, 'n2');
    if (helle.kind !== 'participant' || helle.form === null) throw new Error('not attached');
    const form = noteIn(board, helle.form);
    expect(helle).toMatchObject({ lane: 'm1', x: form.x });
    expect(helle.y).toBeGreaterThan(form.y);
    expect(rowsOf(plan, 'm1').filter((r) => r.noteId === 'n2')).toHaveLength(1);
  });

  it('the same participant to forms in two meetings: in one meeting only, under that form', () => {
    const board = helleParked();
    board.notes.push({
      id: 'f3',
      kind: 'form',
      lane: 'm2',
      x: 12,
      y: 12,
      name: 'Dialog',
      durationMinutes: null,
      description: '',
    });
    const { board: merged, plan } = concurrently(board, [
      (doc, u) => ops.attachToForm(doc, 'n2', 'f1', undefined, u),
      (doc, u) => ops.attachToForm(doc, 'n2', 'f3', undefined, u),
    ]);
    const helle = noteIn(merged, 'n2');
    expect([
      { lane: 'm1', form: 'f1' },
      { lane: 'm2', form: 'f3' },
    ]).toContainEqual({ lane: helle.lane, form: helle.kind === 'participant' && helle.form });
    const rows = [...rowsOf(plan, 'm1'), ...rowsOf(plan, 'm2')].filter((r) => r.noteId === 'n2');
    expect(rows).toHaveLength(1);
  });

  it('a participant attached to a form another user deletes: without a form, shown, not lost', () => {
    const { board, plan } = concurrently(helleParked(), [
      (doc, u) => ops.attachToForm(doc, 'n2', 'f2', undefined, u),
      (doc, u) => ops.deleteNotes(doc, ['f2'], u),
    ]);
    expect(board.notes.some((n) => n.id === 'f2')).toBe(false);
    expect(noteIn(board, 'n2')).toMatchObject({ lane: 'm1', form: null });
    expect(rowsOf(plan, 'm1').find((r) => r.noteId === 'n2')).toMatchObject({ formNoteId: null });
  });

  it("a form's participants attached while another user moves the form to another meeting: never on a form elsewhere", () => {
    const { board } = concurrently(helleParked(), [
      (doc, u) => ops.attachToForm(doc, 'n2', 'f2', undefined, u),
      (doc, u) => ops.moveNotes(doc, [{ id: 'f2', lane: 'm2', x: 12, y: 12 }], u),
    ]);
    expect(noteIn(board, 'f2').lane).toBe('m2');
    expect(noteIn(board, 'n2')).toMatchObject({ lane: 'm1', form: null });
  });
});

describe('two users editing, deleting and copying post-its at once', () => {
  it('the same field of one note: one value on every side and in the plan; other fields survive', () => {
    const { board, plan } = concurrently(paperExampleBoard(), [
      (doc, u) => ops.updateNote(doc, 'n1', { contribution: 'Fra A' }, u),
      (doc, u) => ops.updateNote(doc, 'n1', { contribution: 'Fra B', role: 'ordstyrer' }, u),
    ]);
    const jens = noteIn(board, 'n1');
    if (jens.kind !== 'participant') throw new Error('not a participant');
    expect(['Fra A', 'Fra B']).toContain(jens.contribution);
    expect(jens.role).toBe('ordstyrer');
    expect(rowsOf(plan, 'm1').find((r) => r.noteId === 'n1')?.contribution).toBe(jens.contribution);
  });

  it('a note edited while another user deletes it: deleted', () => {
    const { board } = concurrently(paperExampleBoard(), [
      (doc, u) => ops.updateNote(doc, 'i1', { text: 'Ændret' }, u),
      (doc, u) => ops.deleteNotes(doc, ['i1'], u),
    ]);
    expect(board.notes.some((n) => n.id === 'i1')).toBe(false);
  });

  it('a form copied with its stack while another user deletes the form: the copy keeps its stack, the originals lose their form', () => {
    let copies: string[] = [];
    const { board } = concurrently(paperExampleBoard(), [
      (doc, u) => {
        const made = ops.duplicateNotes(
          doc,
          ['f1', 'n1', 'n2', 'n3'].map((id, i) => ({ id, lane: 'm2', x: 12, y: 12 + i * CELL_H })),
          u,
        );
        copies = made.ok ? made.value : [];
      },
      (doc, u) => ops.deleteNotes(doc, ['f1'], u),
    ]);
    const [form, ...participants] = copies.map((id) => noteIn(board, id));
    expect(form).toMatchObject({ kind: 'form', lane: 'm2' });
    for (const copy of participants) expect(copy).toMatchObject({ lane: 'm2', form: form?.id });
    for (const id of ['n1', 'n2', 'n3']) expect(noteIn(board, id)).toMatchObject({ form: null });
  });

  it('a participant copied in its meeting while another user deletes its form: the copy has no form', () => {
    let copy = '';
    const { board } = concurrently(paperExampleBoard(), [
      (doc, u) => {
        const made = ops.duplicateNotes(doc, [{ id: 'n1' }], u);
        copy = made.ok ? (made.value[0] ?? '') : '';
      },
      (doc, u) => ops.deleteNotes(doc, ['f1'], u),
    ]);
    expect(noteIn(board, copy)).toMatchObject({ lane: 'm1', form: null });
  });

  it('a note copied while another user deletes the original: the copy stays', () => {
    let copy = '';
    const { board } = concurrently(paperExampleBoard(), [
      (doc, u) => {
        const made = ops.duplicateNotes(doc, [{ id: 'i1' }], u);
        copy = made.ok ? (made.value[0] ?? '') : '';
      },
      (doc, u) => ops.deleteNotes(doc, ['i1'], u),
    ]);
    expect(noteIn(board, copy)).toMatchObject({ kind: 'idea', text: 'Husk lokale' });
    expect(board.notes.some((n) => n.id === 'i1')).toBe(false);
  });

  it('a form stack dropped into a meeting another user deletes: parked as a stack, still attached', () => {
    const { board } = concurrently(paperExampleBoard(), [
      (doc, u) =>
        ops.dropNotes(
          doc,
          ['f1', 'n1', 'n2', 'n3'].map((id, i) => ({ id, lane: 'm2', x: 12, y: 12 + i * CELL_H })),
          u,
        ),
      (doc, u) => ops.deleteMeeting(doc, 'm2', u),
    ]);
    const form = noteIn(board, 'f1');
    expect(form.lane).toBeNull();
    ['n1', 'n2', 'n3'].forEach((id, i) => {
      expect(noteIn(board, id)).toMatchObject({
        lane: null,
        form: 'f1',
        x: form.x,
        y: form.y + (i + 1) * CELL_H,
      });
    });
  });
});

describe('people deleted while others place or edit their post-its', () => {
  it('a participant placed for a person another user deletes: gone with the person, in no plan row', () => {
    const { board, plan } = concurrently(paperExampleBoard(), [
      (doc, u) =>
        ops.editTogether(doc, 'addNote', u, () => {
          ops.addNote(
            doc,
            { id: 'new', kind: 'participant', lane: 'm2', x: 12, y: 12, person: 'soeren' },
            u,
          );
        }),
      (doc, u) => ops.deletePerson(doc, 'soeren', u),
    ]);
    expect(board.people.map((p) => p.id)).toEqual(['jens', 'helle']);
    expect(board.notes.some((n) => n.kind === 'participant' && n.person === 'soeren')).toBe(false);
    expect(plan.meetings.flatMap((m) => m.rows).some((r) => r.personId === 'soeren')).toBe(false);
    expect(plan.overview.people.map((p) => p.personId)).toEqual(['jens', 'helle']);
  });

  it('a person edited while another user deletes them: deleted; edits of two fields both survive', () => {
    const { board } = concurrently(paperExampleBoard(), [
      (doc, u) => ops.updatePerson(doc, 'helle', { name: 'Helle Hansen' }, u),
      (doc, u) => ops.deletePerson(doc, 'helle', u),
      (doc, u) => ops.updatePerson(doc, 'jens', { affiliation: 'Skolen' }, u),
    ]);
    expect(board.people.map((p) => p.id)).toEqual(['jens', 'soeren']);
    expect(board.people[0]).toMatchObject({ name: 'Jens J.', affiliation: 'Skolen' });
  });

  it('two users moving people in the pool at once: each person once', () => {
    const { board } = concurrently(paperExampleBoard(), [
      (doc, u) => ops.movePerson(doc, 'soeren', 0, u),
      (doc, u) => ops.movePerson(doc, 'jens', 2, u),
      (doc, u) => ops.addPerson(doc, { id: 'ny', name: 'Ny' }, u),
    ]);
    expect(board.people.map((p) => p.id).sort()).toEqual(['helle', 'jens', 'ny', 'soeren']);
  });
});
