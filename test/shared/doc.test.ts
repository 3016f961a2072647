import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOC_VERSION, createBoardDoc, isDocNewerThanCode, roots } from '../../shared/doc.ts';
import { createBoardReader, readBoard } from '../../shared/doc-read.ts';
import { readPlace } from '../../shared/note-place.ts';
import { moveNotes, updateNote, updatePerson } from '../../shared/ops/index.ts';
import { generatedBoard, paperExampleBoard } from '../helpers/boards.ts';

function viaUpdate(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('board file ⇄ live document', () => {
  it('reads back exactly the board file it was created from', () => {
    const board = paperExampleBoard();
    expect(readBoard(createBoardDoc(board))).toEqual(board);
  });

  it('round-trips exactly through an encoded update (what the server stores)', () => {
    const board = generatedBoard({ notes: 600, people: 40, meetings: 6 });
    expect(readBoard(viaUpdate(createBoardDoc(board)))).toEqual(board);
  });

  it('keeps the array order of meetings, people, notes and palette', () => {
    const board = paperExampleBoard();
    board.meetings.reverse();
    board.people.reverse();
    board.notes.reverse();
    expect(readBoard(createBoardDoc(board))).toEqual(board);
  });

  it('reads an empty document as an empty, valid board', () => {
    const board = readBoard(new Y.Doc());
    expect(board.meetings).toEqual([]);
    expect(board.notes).toEqual([]);
    expect(board.period).toBeNull();
  });
});

describe('tolerant reading repairs damaged records instead of failing', () => {
  it('skips notes of unknown kind and records with invalid ids', () => {
    const doc = createBoardDoc(paperExampleBoard());
    const { notes } = roots(doc);
    const bad = new Y.Map<unknown>();
    bad.set('kind', 'sticker');
    notes.set('weird', bad);
    const badId = new Y.Map<unknown>();
    badId.set('kind', 'idea');
    notes.set('has space', badId);
    const ids = readBoard(doc).notes.map((n) => n.id);
    expect(ids).not.toContain('weird');
    expect(ids).not.toContain('has space');
  });

  it('parks a note whose lane is gone and detaches a form in another lane', () => {
    const doc = createBoardDoc(paperExampleBoard());
    const { notes, meetings } = roots(doc);
    const n1Map = notes.get('n1');
    n1Map?.set('place', { ...(n1Map && readPlace(n1Map)), lane: 'm2' });
    meetings.delete('m1');
    const board = readBoard(doc);
    const n1 = board.notes.find((n) => n.id === 'n1');
    const n2 = board.notes.find((n) => n.id === 'n2');
    expect(n1).toMatchObject({ lane: 'm2', form: null });
    expect(n2).toMatchObject({ lane: null });
  });

  it('drops a participant note whose person is gone', () => {
    const doc = createBoardDoc(paperExampleBoard());
    roots(doc).people.delete('jens');
    expect(readBoard(doc).notes.some((n) => n.id === 'n1')).toBe(false);
  });

  it('repairs invalid field values to safe defaults', () => {
    const doc = createBoardDoc(paperExampleBoard());
    const meeting = roots(doc).meetings.get('m1');
    meeting?.set('date', '2027-02-30');
    meeting?.set('durationMinutes', -5);
    meeting?.set('subtheme', 42);
    const f1 = roots(doc).notes.get('f1');
    f1?.set('place', { ...(f1 && readPlace(f1)), x: Number.NaN });
    const board = readBoard(doc);
    expect(board.meetings[0]).toMatchObject({ date: null, durationMinutes: null, subtheme: '' });
    expect(board.notes.find((n) => n.id === 'f1')?.x).toBe(0);
  });
});

describe('note placement (`place`, DOC_VERSION 2)', () => {
  it('stores lane, position and order as one value and no separate keys', () => {
    const doc = createBoardDoc(paperExampleBoard());
    const note = roots(doc).notes.get('n1');
    expect(note?.get('place')).toMatchObject({ lane: 'm1', x: 12, y: 134 });
    expect(typeof (note?.get('place') as { order?: unknown }).order).toBe('string');
    for (const key of ['lane', 'x', 'y', 'order']) expect(note?.has(key)).toBe(false);
    expect(roots(doc).meta.get('schemaVersion')).toBe(DOC_VERSION);
  });

  it('repairs a missing or damaged place: parked at 0,0, kept in the board', () => {
    const doc = createBoardDoc(paperExampleBoard());
    roots(doc).notes.get('i1')?.delete('place');
    roots(doc).notes.get('f1')?.set('place', 'nonsense');
    roots(doc).notes.get('n3')?.set('place', { lane: 42, x: 'a', y: Infinity, order: 7 });
    const board = readBoard(doc);
    for (const id of ['i1', 'f1', 'n3']) {
      expect(board.notes.find((n) => n.id === id)).toMatchObject({ lane: null, x: 0, y: 0 });
    }
  });

  it('writes one key per move, and nothing when a note on top is put back in place', () => {
    const doc = createBoardDoc(paperExampleBoard());
    const keys: string[] = [];
    roots(doc).notes.observeDeep((events) => {
      for (const event of events) keys.push(...event.changes.keys.keys());
    });
    moveNotes(doc, [{ id: 'i1', lane: 'm2', x: 40, y: 50 }]);
    expect(keys).toEqual(['place']);
    keys.length = 0;
    moveNotes(doc, [{ id: 'i1', lane: 'm2', x: 40, y: 50 }]);
    expect(keys).toEqual([]);
  });

  it('detects a document written by newer code', () => {
    const doc = createBoardDoc(paperExampleBoard());
    expect(isDocNewerThanCode(doc)).toBe(false);
    roots(doc).meta.set('schemaVersion', DOC_VERSION + 1);
    expect(isDocNewerThanCode(doc)).toBe(true);
  });
});

describe('incremental reader', () => {
  it('keeps the identity of records that did not change', () => {
    const doc = createBoardDoc(generatedBoard({ notes: 200, people: 20, meetings: 4 }));
    const reader = createBoardReader(doc);
    const before = reader.read();
    const moved = before.notes.find((n) => n.kind === 'idea');
    if (!moved) throw new Error('fixture has no idea note');
    moveNotes(doc, [{ id: moved.id, lane: moved.lane, x: 400, y: 400 }]);
    const after = reader.read();
    const changed = after.notes.filter((n) => !before.notes.includes(n));
    expect(changed.map((n) => n.id)).toEqual([moved.id]);
    expect(after.meetings[0]).toBe(before.meetings[0]);
    reader.dispose();
  });

  it('keeps the lists a change did not touch, and the whole board when nothing changed', () => {
    const doc = createBoardDoc(generatedBoard({ notes: 200, people: 20, meetings: 4 }));
    const reader = createBoardReader(doc);
    const before = reader.read();
    const moved = before.notes[0];
    if (!moved) throw new Error('fixture has no notes');
    moveNotes(doc, [{ id: moved.id, lane: moved.lane, x: 400, y: 400 }]);
    const after = reader.read();
    expect(after.notes).not.toBe(before.notes);
    expect(after.people).toBe(before.people);
    expect(after.meetings).toBe(before.meetings);
    expect(after.palette).toBe(before.palette);
    expect(after.period).toBe(before.period);
    // A write that leaves every record as it was (the same title again) changes nothing.
    roots(doc).meta.set('title', after.title);
    expect(reader.read()).toBe(after);
    const person = after.people[0];
    if (!person) throw new Error('fixture has no people');
    updatePerson(doc, person.id, { name: 'Ny' });
    const renamed = reader.read();
    expect(renamed.people).not.toBe(after.people);
    expect(renamed.notes).toBe(after.notes);
    expect(renamed).toEqual(readBoard(doc));
    reader.dispose();
  });

  it('sees remote changes applied as updates', () => {
    const a = createBoardDoc(paperExampleBoard());
    const b = viaUpdate(a);
    const reader = createBoardReader(b);
    reader.read();
    a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update));
    updateNote(a, 'n1', { contribution: 'Ny tekst' });
    expect(reader.read().notes.find((n) => n.id === 'n1')).toMatchObject({
      contribution: 'Ny tekst',
    });
    reader.dispose();
  });

  it('reads the same board as a full read', () => {
    const doc = createBoardDoc(generatedBoard({ notes: 300, people: 30, meetings: 5 }));
    const reader = createBoardReader(doc);
    reader.read();
    updateNote(doc, 'n1', { contribution: 'x' });
    expect(reader.read()).toEqual(readBoard(doc));
    reader.dispose();
  });
});
