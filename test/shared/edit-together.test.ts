import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, rootTypes } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { BoardEdit, editTogether, updateNote, updatePerson } from '../../shared/ops/index.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

function participant(board: ReturnType<typeof readBoard>) {
  const note = board.notes.find((candidate) => candidate.kind === 'participant');
  if (note?.kind !== 'participant') throw new Error('fixture has no participant');
  return note;
}

describe('several operations as one gesture', () => {
  it('is one transaction with one origin', () => {
    const doc = createBoardDoc(paperExampleBoard());
    const note = participant(readBoard(doc));
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    editTogether(doc, 'updateNote', 'ana', () => {
      updatePerson(doc, note.person, { name: 'Jens Juhl' }, 'ana');
      updateNote(doc, note.id, { contribution: 'Oplæg om Y', role: 'vært' }, 'ana');
    });
    expect(origins).toHaveLength(1);
    expect(origins[0]).toBeInstanceOf(BoardEdit);
    expect((origins[0] as BoardEdit).op).toBe('updateNote');
  });

  it('is undone in one step, restoring the person and the note', () => {
    const doc = createBoardDoc(paperExampleBoard());
    const before = readBoard(doc);
    const note = participant(before);
    const undo = new Y.UndoManager(rootTypes(doc), {
      trackedOrigins: new Set([BoardEdit]),
      captureTimeout: 0,
    });
    editTogether(doc, 'updateNote', 'ana', () => {
      updatePerson(doc, note.person, { name: 'Jens Juhl' }, 'ana');
      updateNote(doc, note.id, { contribution: 'Oplæg om Y' }, 'ana');
    });
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readBoard(doc)).toEqual(before);
  });

  it('keeps the writes of operations that succeed when one inside is refused', () => {
    const doc = createBoardDoc(paperExampleBoard());
    const note = participant(readBoard(doc));
    let refused = false;
    editTogether(doc, 'updateNote', 'ana', () => {
      refused = !updateNote(doc, 'no-such-note', { contribution: 'x' }, 'ana').ok;
      updateNote(doc, note.id, { contribution: 'Oplæg om Y' }, 'ana');
    });
    expect(refused).toBe(true);
    expect(participant(readBoard(doc)).contribution).toBe('Oplæg om Y');
  });
});
