import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import {
  BoardEdit,
  addCoreParticipants,
  addMeeting,
  addNote,
  addPaletteForm,
  addPerson,
  attachToForm,
  deleteMeeting,
  deleteNotes,
  deletePaletteForm,
  deletePerson,
  duplicateNotes,
  moveMeeting,
  moveNotes,
  movePerson,
  updateBoard,
  updateMeeting,
  updateNote,
  updatePaletteForm,
  updatePerson,
} from '../../shared/ops/index.ts';
import { PARKING_X } from '../../shared/layout.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

function setup() {
  const doc = createBoardDoc(paperExampleBoard());
  const transactions: BoardEdit[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin instanceof BoardEdit) transactions.push(tr.origin);
  });
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, transactions, updates, board: () => readBoard(doc) };
}

const note = (board: ReturnType<typeof readBoard>, id: string) =>
  board.notes.find((n) => n.id === id);

describe('every operation is one named transaction', () => {
  it('tags the transaction with the operation name and the actor', () => {
    const { doc, transactions } = setup();
    updateMeeting(doc, 'm1', { subtheme: 'Nyt' }, 'alice');
    expect(transactions).toHaveLength(1);
    expect(transactions[0]).toMatchObject({ op: 'updateMeeting', actor: 'alice' });
  });

  it('writes nothing when nothing changes', () => {
    const { doc, updates } = setup();
    updateMeeting(doc, 'm1', { subtheme: 'Hvad ved vi?', durationMinutes: 150 });
    updateNote(doc, 'n1', { contribution: 'Oplæg om X' });
    expect(updates).toHaveLength(0);
  });

  it('writes one update for a move of several notes', () => {
    const { doc, updates } = setup();
    moveNotes(doc, [
      { id: 'n1', lane: 'm2', x: 12, y: 12 },
      { id: 'n2', lane: 'm2', x: 204, y: 12 },
    ]);
    expect(updates).toHaveLength(1);
  });
});

describe('board and meetings', () => {
  it('updates the title and the period', () => {
    const { doc, board } = setup();
    expect(
      updateBoard(doc, { title: 'Nyt tema', period: { start: '2027-02-01', end: '2027-06-01' } })
        .ok,
    ).toBe(true);
    expect(board()).toMatchObject({
      title: 'Nyt tema',
      period: { start: '2027-02-01', end: '2027-06-01' },
    });
  });

  it('rejects a period that ends before it starts', () => {
    const { doc } = setup();
    const result = updateBoard(doc, { period: { start: '2027-06-01', end: '2027-02-01' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('adds a network meeting before the final meeting by default', () => {
    const { doc, board } = setup();
    const result = addMeeting(doc, { kind: 'extra', subtheme: 'Med referencelederen' });
    expect(result.ok).toBe(true);
    expect(board().meetings.map((m) => m.kind)).toEqual(['network', 'network', 'extra', 'final']);
  });

  it('adds a meeting at an explicit position', () => {
    const { doc, board } = setup();
    const result = addMeeting(doc, { kind: 'network', index: 0 });
    if (!result.ok) throw new Error(result.error.detail);
    expect(board().meetings[0]?.id).toBe(result.value);
  });

  it('rejects invalid meeting fields without writing', () => {
    const { doc, updates } = setup();
    expect(updateMeeting(doc, 'm1', { date: '2027-02-30' }).ok).toBe(false);
    expect(updateMeeting(doc, 'm1', { durationMinutes: -1 }).ok).toBe(false);
    expect(updateMeeting(doc, 'nope', { subtheme: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(updates).toHaveLength(0);
  });

  it('reorders meetings (the final meeting stays last: meeting-order.test.ts)', () => {
    const { doc, board } = setup();
    moveMeeting(doc, 'm2', 0);
    expect(board().meetings.map((m) => m.id)).toEqual(['m2', 'm1', 'final']);
    moveMeeting(doc, 'm2', 1);
    expect(board().meetings.map((m) => m.id)).toEqual(['m1', 'm2', 'final']);
  });

  it('deleting a meeting parks its notes in free places, keeping their forms', () => {
    const { doc, board } = setup();
    deleteMeeting(doc, 'm1');
    const b = board();
    expect(b.meetings.map((m) => m.id)).toEqual(['m2', 'final']);
    const parked = b.notes.filter((n) => ['f1', 'n1', 'n2', 'n3'].includes(n.id));
    expect(parked.every((n) => n.lane === null && n.x >= PARKING_X)).toBe(true);
    const positions = new Set(parked.map((n) => `${n.x},${n.y}`));
    expect(positions.size).toBe(parked.length);
    expect(note(b, 'n1')).toMatchObject({ form: 'f1' });
  });
});

describe('people', () => {
  it('adds, edits and reorders people in the pool', () => {
    const { doc, board } = setup();
    const added = addPerson(doc, { name: 'En skoleleder', category: 'professional', core: true });
    if (!added.ok) throw new Error(added.error.detail);
    expect(board().people.at(-1)).toMatchObject({
      id: added.value,
      name: 'En skoleleder',
      affiliation: '',
      core: true,
    });
    updatePerson(doc, added.value, { affiliation: 'Skoleområdet' });
    movePerson(doc, added.value, 0);
    expect(board().people[0]).toMatchObject({ id: added.value, affiliation: 'Skoleområdet' });
  });

  it('deleting a person deletes their participant notes in the same transaction', () => {
    const { doc, board, transactions } = setup();
    deletePerson(doc, 'jens');
    expect(board().people.some((p) => p.id === 'jens')).toBe(false);
    expect(note(board(), 'n1')).toBeUndefined();
    expect(transactions).toHaveLength(1);
  });

  it('rejects an unknown category', () => {
    const { doc } = setup();
    expect(addPerson(doc, { name: 'X', category: 'alien' as 'other' }).ok).toBe(false);
  });
});

describe('notes', () => {
  it('adds notes of every kind on top of the others', () => {
    const { doc, board } = setup();
    const idea = addNote(doc, { kind: 'idea', lane: 'm2', x: 12, y: 12, text: 'Kaffe' });
    const form = addNote(doc, {
      kind: 'form',
      lane: 'm2',
      x: 204,
      y: 12,
      name: 'Oplæg',
      durationMinutes: 30,
    });
    const participant = addNote(doc, {
      kind: 'participant',
      lane: 'm2',
      x: 12,
      y: 134,
      person: 'helle',
    });
    expect(idea.ok && form.ok && participant.ok).toBe(true);
    const ids = board().notes.map((n) => n.id);
    expect(ids.slice(-3)).toEqual([idea, form, participant].map((r) => (r.ok ? r.value : '')));
  });

  it('refuses a participant for an unknown person or with a form in another lane', () => {
    const { doc } = setup();
    expect(addNote(doc, { kind: 'participant', lane: 'm2', x: 0, y: 0, person: 'ghost' }).ok).toBe(
      false,
    );
    expect(
      addNote(doc, { kind: 'participant', lane: 'm2', x: 0, y: 0, person: 'helle', form: 'f1' }).ok,
    ).toBe(false);
    expect(addNote(doc, { kind: 'idea', lane: 'no-such-lane', x: 0, y: 0 }).ok).toBe(false);
  });

  it('edits only the fields of the note kind', () => {
    const { doc, board } = setup();
    expect(updateNote(doc, 'n1', { role: 'oplægsholder' }).ok).toBe(true);
    expect(note(board(), 'n1')).toMatchObject({ role: 'oplægsholder', contribution: 'Oplæg om X' });
    expect(updateNote(doc, 'n1', { text: 'nope' } as never).ok).toBe(false);
    expect(updateNote(doc, 'f1', { durationMinutes: 90 }).ok).toBe(true);
  });

  it('moving a participant to another lane detaches it from its form', () => {
    const { doc, board } = setup();
    moveNotes(doc, [{ id: 'n1', lane: 'm2', x: 12, y: 12 }]);
    expect(note(board(), 'n1')).toMatchObject({ lane: 'm2', form: null, x: 12, y: 12 });
    expect(note(board(), 'n2')).toMatchObject({ form: 'f1' });
  });

  it('moving a form with its participants keeps them attached', () => {
    const { doc, board } = setup();
    moveNotes(doc, [
      { id: 'f1', lane: 'm2', x: 12, y: 12 },
      { id: 'n1', lane: 'm2', x: 12, y: 134 },
    ]);
    expect(note(board(), 'n1')).toMatchObject({ form: 'f1' });
    expect(note(board(), 'n2')).toMatchObject({ lane: 'm1', form: null });
  });

  it('deleting a form leaves its participants without a form', () => {
    const { doc, board } = setup();
    deleteNotes(doc, ['f1']);
    expect(note(board(), 'f1')).toBeUndefined();
    expect(note(board(), 'n1')).toMatchObject({ form: null });
  });

  it('attaching a participant to a form moves it into the form lane and stacks it under', () => {
    const { doc, board } = setup();
    const added = addNote(doc, {
      kind: 'participant',
      lane: 'm2',
      x: 300,
      y: 300,
      person: 'helle',
    });
    if (!added.ok) throw new Error('add failed');
    attachToForm(doc, added.value, 'f1');
    const attached = note(board(), added.value);
    expect(attached).toMatchObject({ lane: 'm1', form: 'f1', x: 12 });
    expect(attached?.y).toBeGreaterThan(378);
    attachToForm(doc, added.value, null);
    expect(note(board(), added.value)).toMatchObject({ form: null, lane: 'm1' });
  });

  it('duplicates a form with its participants into another meeting, attached to the copy', () => {
    const { doc, board } = setup();
    const result = duplicateNotes(doc, [
      { id: 'f1', lane: 'm2', x: 12, y: 12 },
      { id: 'n1', lane: 'm2', x: 12, y: 134 },
      { id: 'n2', lane: 'm2', x: 12, y: 256 },
    ]);
    if (!result.ok) throw new Error(result.error.detail);
    const [formCopy, n1Copy, n2Copy] = result.value.map((id) => note(board(), id));
    expect(formCopy).toMatchObject({ kind: 'form', lane: 'm2', name: 'Workshop m. borgere' });
    expect(n1Copy).toMatchObject({ lane: 'm2', form: formCopy?.id, contribution: 'Oplæg om X' });
    expect(n2Copy).toMatchObject({ form: formCopy?.id });
  });

  it('a participant duplicated alone into another meeting loses its form', () => {
    const { doc, board } = setup();
    const result = duplicateNotes(doc, [{ id: 'n1', lane: 'm2' }]);
    if (!result.ok) throw new Error(result.error.detail);
    expect(note(board(), result.value[0] ?? '')).toMatchObject({
      lane: 'm2',
      form: null,
      person: 'jens',
    });
  });

  it('adds every missing core participant to a meeting, each in a free place', () => {
    const { doc, board } = setup();
    updatePerson(doc, 'soeren', { core: true });
    const result = addCoreParticipants(doc, 'm1');
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value).toHaveLength(0);
    const second = addCoreParticipants(doc, 'm2');
    if (!second.ok) throw new Error(second.error.detail);
    const added = second.value.map((id) => note(board(), id));
    expect(added.map((n) => (n?.kind === 'participant' ? n.person : ''))).toEqual([
      'jens',
      'soeren',
    ]);
    expect(new Set(added.map((n) => `${n?.x},${n?.y}`)).size).toBe(2);
  });
});

describe('palette', () => {
  it('adds, edits and deletes custom forms', () => {
    const { doc, board } = setup();
    const added = addPaletteForm(doc, { name: 'Walk and talk', durationMinutes: 45 });
    if (!added.ok) throw new Error(added.error.detail);
    updatePaletteForm(doc, added.value, { description: 'Gåtur to og to' });
    expect(board().palette.at(-1)).toMatchObject({
      name: 'Walk and talk',
      description: 'Gåtur to og to',
    });
    deletePaletteForm(doc, added.value);
    expect(board().palette.some((p) => p.id === added.value)).toBe(false);
  });
});

describe('undo per user', () => {
  it("undoes only the local user's operations", () => {
    const alice = createBoardDoc(paperExampleBoard());
    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    alice.on(
      'update',
      (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(bob, u, 'remote'),
    );
    bob.on(
      'update',
      (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(alice, u, 'remote'),
    );
    const scope = ['meetings', 'people', 'notes', 'palette', 'meta'].map((name) =>
      bob.getMap(name),
    );
    const bobUndo = new Y.UndoManager(scope, {
      trackedOrigins: new Set([BoardEdit]),
      captureTimeout: 0,
    });

    updateNote(alice, 'n1', { contribution: 'Alice skrev' }, 'alice');
    updateNote(bob, 'n2', { contribution: 'Bob skrev' }, 'bob');
    bobUndo.undo();
    expect(note(readBoard(alice), 'n1')).toMatchObject({ contribution: 'Alice skrev' });
    expect(note(readBoard(alice), 'n2')).toMatchObject({ contribution: 'Bidrager med viden om Y' });
    bobUndo.redo();
    expect(note(readBoard(alice), 'n2')).toMatchObject({ contribution: 'Bob skrev' });
  });
});
