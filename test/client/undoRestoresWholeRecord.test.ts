import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUndoHistory } from '../../client/sync/overlapWatch.ts';
import { createBoardDoc, roots } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import * as ops from '../../shared/ops/index.ts';
import { keepFieldsOfKeptRecords } from '../../shared/restored-records.ts';
import type { Board } from '../../shared/schema.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

/**
 * User A deletes a record while user B, before A's delete reached B, edits
 * it; A's undo brings the record back whole, with B's edit (issue 4). Yjs
 * alone brought it back without the fields B wrote (restored-records.ts).
 */

type Gesture = (doc: Y.Doc) => unknown;

/** Every record's fields as stored, not only as read (a missing key reads as a default). */
function stored(doc: Y.Doc): Record<string, unknown> {
  const { meetings, people, notes, palette } = roots(doc);
  return {
    meetings: meetings.toJSON(),
    people: people.toJSON(),
    notes: notes.toJSON(),
    palette: palette.toJSON(),
  };
}

/**
 * A's replica as the board page makes it (`kept`: with its gcFilter) or a
 * plain one, which collects B's write; B's a plain one. A runs `deletion`
 * while B runs `edit`, then each gets the other's updates.
 */
function concurrently(deletion: Gesture, edit: Gesture, kept = true) {
  const seed = createBoardDoc(paperExampleBoard());
  const replica = (options?: { gcFilter: (item: Y.Item) => boolean }) => {
    const doc = new Y.Doc(options);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed), 'remote');
    return doc;
  };
  const a = replica(kept ? { gcFilter: keepFieldsOfKeptRecords } : undefined);
  const b = replica();
  const undo = createUndoHistory(a, 'ana');
  deletion(a);
  edit(b);
  const bSaw = readBoard(b);
  const bStored = stored(b);
  const exchange = () => {
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'remote');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'remote');
  };
  exchange();
  const deleted = readBoard(a);
  return { a, b, undo, exchange, bSaw, bStored, deleted, original: readBoard(seed), seed };
}

/**
 * Undo, redo, undo again, each exchanged: both replicas read `restored`, then
 * `deleted`, then `restored`; after the undo, they store `fields`.
 */
function expectUndoRedoUndo(
  run: ReturnType<typeof concurrently>,
  restored: Board,
  fields: Record<string, unknown>,
): void {
  const { a, b, undo, exchange, deleted } = run;
  expect(readBoard(b)).toEqual(deleted);
  undo.undo();
  exchange();
  expect(readBoard(a)).toEqual(restored);
  expect(readBoard(b)).toEqual(restored);
  expect(stored(a)).toEqual(fields);
  expect(stored(b)).toEqual(fields);
  // The fields written after the undo are part of its step, not one of their own.
  expect([undo.undoStack.length, undo.redoStack.length]).toEqual([0, 1]);
  undo.redo();
  exchange();
  expect(readBoard(a)).toEqual(deleted);
  expect(readBoard(b)).toEqual(deleted);
  undo.undo();
  exchange();
  expect(readBoard(a)).toEqual(restored);
  expect(readBoard(b)).toEqual(restored);
}

describe('undo of a delete while another user edited the record brings it back whole', () => {
  it('a note: with the contribution the other user wrote meanwhile, on both replicas', () => {
    const run = concurrently(
      (a) => ops.deleteNotes(a, ['n1'], 'ana'),
      (b) => ops.updateNote(b, 'n1', { contribution: 'Fra B' }, 'bo'),
    );
    expectUndoRedoUndo(run, run.bSaw, run.bStored);
    expect(run.bSaw.notes.find((n) => n.id === 'n1')).toMatchObject({ contribution: 'Fra B' });
  });

  it('a note the other user moved meanwhile: where they put it, not parked', () => {
    const run = concurrently(
      (a) => ops.deleteNotes(a, ['i1'], 'ana'),
      (b) => ops.moveNotes(b, [{ id: 'i1', lane: 'm2', x: 24, y: 36 }], 'bo'),
    );
    expectUndoRedoUndo(run, run.bSaw, run.bStored);
    expect(run.bSaw.notes.find((n) => n.id === 'i1')).toMatchObject({ lane: 'm2', x: 24, y: 36 });
  });

  it('a person, with the name the other user wrote meanwhile, and their notes with theirs', () => {
    const run = concurrently(
      (a) => ops.deletePerson(a, 'helle', 'ana'),
      (b) => {
        ops.updatePerson(b, 'helle', { name: 'Helle Holm' }, 'bo');
        ops.updateNote(b, 'n2', { role: 'ordstyrer' }, 'bo');
      },
    );
    expectUndoRedoUndo(run, run.bSaw, run.bStored);
    expect(run.bSaw.people.find((p) => p.id === 'helle')).toMatchObject({ name: 'Helle Holm' });
  });

  it('a meeting, with the subtheme the other user wrote meanwhile, and its notes back in it', () => {
    const run = concurrently(
      (a) => ops.deleteMeeting(a, 'm1', 'ana'),
      (b) => ops.updateMeeting(b, 'm1', { subtheme: 'Fra B', location: 'Biblioteket' }, 'bo'),
    );
    expectUndoRedoUndo(run, run.bSaw, run.bStored);
    expect(run.bSaw.meetings[0]).toMatchObject({ id: 'm1', subtheme: 'Fra B' });
  });

  it('a form of the palette, with the description the other user wrote meanwhile', () => {
    const run = concurrently(
      (a) => ops.deletePaletteForm(a, 'p1', 'ana'),
      (b) => ops.updatePaletteForm(b, 'p1', { description: 'Fra B' }, 'bo'),
    );
    expectUndoRedoUndo(run, run.bSaw, run.bStored);
  });

  it('where the other user’s write was collected: with the values the delete took', () => {
    const run = concurrently(
      (a) => ops.deleteMeeting(a, 'm1', 'ana'),
      (b) => ops.updateMeeting(b, 'm1', { kind: 'extra', subtheme: 'Fra B' }, 'bo'),
      false,
    );
    // The meeting's kind too: a meeting without one would read as a network meeting.
    expectUndoRedoUndo(run, run.original, stored(run.seed));
  });
});
