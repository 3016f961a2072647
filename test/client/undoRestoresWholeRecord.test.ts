import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUndoHistory } from '../../client/sync/undoHistory.ts';
import { createBoardDoc, roots } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import * as ops from '../../shared/ops/index.ts';
import { keepWritesIntoDeletedRecords } from '../../shared/restored-records.ts';
import type { Board } from '../../shared/schema.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

/**
 * User A deletes a record while user B, before A's delete reached B, edits
 * it; A's undo brings the record back whole, with B's edit (issue 4). Yjs
 * alone brought it back without the fields B wrote (restored-records.ts).
 * The two replicas talk through a third, the server's, which passes on its
 * own updates (encoded after collecting, as the room does).
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

interface Setup {
  /** Whether the replicas keep writes into deleted records (the app's do). */
  readonly kept: boolean;
  /** Which of the two the server gets first. */
  readonly first: 'delete' | 'edit';
}

/**
 * A runs `deletion` while B runs `edit`, each unsent; then the server gets
 * them in the order `first` says and passes each on at once.
 */
function concurrently(deletion: Gesture, edit: Gesture, { kept, first }: Setup) {
  const server = createBoardDoc(paperExampleBoard());
  const replica = () => {
    const doc = new Y.Doc();
    if (kept) keepWritesIntoDeletedRecords(doc);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), server);
    return doc;
  };
  if (kept) keepWritesIntoDeletedRecords(server, { isLoad: () => false });
  const original = readBoard(server);
  const a = replica();
  const b = replica();
  const unsent = new Map<Y.Doc, Uint8Array[]>([
    [a, []],
    [b, []],
  ]);
  for (const [doc, queue] of unsent) {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== server) queue.push(update);
    });
  }
  server.on('update', (update: Uint8Array, origin: unknown) => {
    for (const doc of unsent.keys()) if (doc !== origin) Y.applyUpdate(doc, update, server);
  });
  const send = (doc: Y.Doc) => {
    for (const update of unsent.get(doc)?.splice(0) ?? []) Y.applyUpdate(server, update, doc);
  };
  const undo = createUndoHistory(a, 'ana');
  deletion(a);
  edit(b);
  const bSaw = readBoard(b);
  const bStored = stored(b);
  for (const doc of first === 'delete' ? [a, b] : [b, a]) send(doc);
  /** How many updates `doc` has made that the server has not had yet. */
  const unsentCount = (doc: Y.Doc) => unsent.get(doc)?.length ?? 0;
  return { a, b, server, undo, send, unsentCount, bSaw, bStored, deleted: readBoard(a), original };
}

type Run = ReturnType<typeof concurrently>;

/** All three replicas read `board` and store `fields` (when given). */
function expectEverywhere(run: Run, board: Board, fields?: Record<string, unknown>): void {
  for (const doc of [run.a, run.b, run.server]) {
    expect(readBoard(doc)).toEqual(board);
    if (fields) expect(stored(doc)).toEqual(fields);
  }
}

/**
 * Undo, redo, undo again, each sent as one update (the fields written into
 * the restored record with the rest of the step: the others never see it
 * without them): every replica reads `restored`, then the board as deleted,
 * then `restored`; after each undo, it stores `fields`.
 */
function expectUndoRedoUndo(run: Run, restored: Board, fields: Record<string, unknown>): void {
  const { a, undo, deleted, unsentCount } = run;
  const send = (doc: Y.Doc) => {
    expect(unsentCount(doc), 'updates of one undo or redo').toBe(1);
    run.send(doc);
  };
  expectEverywhere(run, deleted);
  undo.undo();
  send(a);
  expectEverywhere(run, restored, fields);
  // The fields written after the undo are part of its step, not one of their own.
  expect([undo.undoStack.length, undo.redoStack.length]).toEqual([0, 1]);
  undo.redo();
  send(a);
  expectEverywhere(run, deleted);
  undo.undo();
  send(a);
  expectEverywhere(run, restored, fields);
}

const ORDERS = ['delete', 'edit'] as const;

describe.each(ORDERS)(
  'undo of a delete while another user edited the record (the server got the %s first) brings it back whole',
  (first) => {
    const setup = { kept: true, first };

    it('a note: with the contribution the other user wrote meanwhile', () => {
      const run = concurrently(
        (a) => ops.deleteNotes(a, ['n1'], 'ana'),
        (b) => ops.updateNote(b, 'n1', { contribution: 'Fra B' }, 'bo'),
        setup,
      );
      expectUndoRedoUndo(run, run.bSaw, run.bStored);
      expect(run.bSaw.notes.find((n) => n.id === 'n1')).toMatchObject({ contribution: 'Fra B' });
    });

    it('a note the other user moved meanwhile: where they put it, not parked', () => {
      const run = concurrently(
        (a) => ops.deleteNotes(a, ['i1'], 'ana'),
        (b) => ops.moveNotes(b, [{ id: 'i1', lane: 'm2', x: 24, y: 36 }], 'bo'),
        setup,
      );
      expectUndoRedoUndo(run, run.bSaw, run.bStored);
      const moved = run.bSaw.notes.find((n) => n.id === 'i1');
      expect(moved).toMatchObject({ lane: 'm2', x: 24, y: 36 });
    });

    it('a person, with the name the other user wrote meanwhile, and their notes with theirs', () => {
      const run = concurrently(
        (a) => ops.deletePerson(a, 'helle', 'ana'),
        (b) => {
          ops.updatePerson(b, 'helle', { name: 'Helle Holm' }, 'bo');
          ops.updateNote(b, 'n2', { role: 'ordstyrer' }, 'bo');
        },
        setup,
      );
      expectUndoRedoUndo(run, run.bSaw, run.bStored);
      expect(run.bSaw.people.find((p) => p.id === 'helle')).toMatchObject({ name: 'Helle Holm' });
    });

    it('a meeting, with the subtheme the other user wrote meanwhile, and its notes back in it', () => {
      const run = concurrently(
        (a) => ops.deleteMeeting(a, 'm1', 'ana'),
        (b) => ops.updateMeeting(b, 'm1', { subtheme: 'Fra B', location: 'Biblioteket' }, 'bo'),
        setup,
      );
      expectUndoRedoUndo(run, run.bSaw, run.bStored);
      expect(run.bSaw.meetings[0]).toMatchObject({ id: 'm1', subtheme: 'Fra B' });
    });

    it('a form of the palette, with the description the other user wrote meanwhile', () => {
      const run = concurrently(
        (a) => ops.deletePaletteForm(a, 'p1', 'ana'),
        (b) => ops.updatePaletteForm(b, 'p1', { description: 'Fra B' }, 'bo'),
        setup,
      );
      expectUndoRedoUndo(run, run.bSaw, run.bStored);
    });
  },
);

it('undo of a delete whose crossing edit no replica kept brings the record back as it was deleted', () => {
  const run = concurrently(
    (a) => ops.deleteMeeting(a, 'm1', 'ana'),
    (b) => ops.updateMeeting(b, 'm1', { kind: 'extra', subtheme: 'Fra B' }, 'bo'),
    // Passed on by the server before the delete: A's replica gets it, but collects it.
    { kept: false, first: 'edit' },
  );
  // The meeting's kind too: a meeting without one would read as a network meeting.
  expectUndoRedoUndo(run, run.original, stored(createBoardDoc(paperExampleBoard())));
});
