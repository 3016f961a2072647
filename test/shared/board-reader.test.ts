import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, roots } from '../../shared/doc.ts';
import { createBoardReader, readBoard } from '../../shared/doc-read.ts';
import {
  addNote,
  addPaletteForm,
  addPerson,
  deleteMeeting,
  deleteNotes,
  deletePerson,
  dropNotes,
  moveNotes,
  updateNote,
  updatePerson,
} from '../../shared/ops/index.ts';
import { generatedBoard, seededRandom } from '../helpers/boards.ts';

/**
 * The live reader keeps each collection's records read and in order, and
 * reads again only what changed (sorted-records.ts): it must read the same
 * board as a full read after any mix of changes, local or remote.
 */

describe('createBoardReader: re-reads only what changed, the same board as a full read', () => {
  it('a move re-reads the moved note without walking the other 3,000', () => {
    const doc = createBoardDoc(generatedBoard({ notes: 3000, people: 100, meetings: 6 }));
    const reader = createBoardReader(doc);
    const before = reader.read();
    const moved = before.notes[11];
    if (!moved) throw new Error('fixture has no notes');
    dropNotes(doc, [{ id: moved.id, lane: 'm4', x: 12, y: 9000 }]);
    const walk = vi.spyOn(roots(doc).notes, 'forEach');
    const after = reader.read();
    expect(walk).not.toHaveBeenCalled();
    walk.mockRestore();
    expect(after).toEqual(readBoard(doc));
    // On top: last in the order.
    expect(after.notes[after.notes.length - 1]?.id).toBe(moved.id);
    reader.dispose();
  });

  it('reads what a full read reads after random local and remote changes', () => {
    const random = seededRandom(11);
    const local = createBoardDoc(generatedBoard({ notes: 200, people: 30, meetings: 5 }));
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
    local.on('update', (update: Uint8Array) => Y.applyUpdate(remote, update));
    remote.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'local') Y.applyUpdate(local, update, 'remote');
    });
    const reader = createBoardReader(local);
    reader.read();
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    for (let step = 0; step < 300; step++) {
      const doc = random() < 0.5 ? local : remote;
      const board = readBoard(doc);
      const note = pick(board.notes);
      const lane = random() < 0.2 ? null : (pick(board.meetings)?.id ?? null);
      const roll = random();
      if (roll < 0.35 && note) {
        dropNotes(doc, [{ id: note.id, lane, x: Math.floor(random() * 400), y: 40 }]);
      } else if (roll < 0.5 && note) {
        const other = pick(board.notes);
        const ids = other && other.id !== note.id ? [note.id, other.id] : [note.id];
        moveNotes(
          doc,
          ids.map((id, i) => ({ id, lane, x: 12 + i * 192, y: 12 })),
        );
      } else if (roll < 0.6 && note?.kind === 'idea') {
        updateNote(doc, note.id, { text: `t${step}` });
      } else if (roll < 0.67) {
        addNote(doc, { kind: 'idea', lane, x: 12, y: 12, text: `ny ${step}` });
      } else if (roll < 0.72 && note) {
        deleteNotes(doc, [note.id]);
      } else if (roll < 0.76) {
        const person = pick(board.people);
        if (person) updatePerson(doc, person.id, { name: `P${step}` });
      } else if (roll < 0.79) {
        const person = pick(board.people);
        if (person) deletePerson(doc, person.id);
      } else if (roll < 0.82) {
        addPerson(doc, { name: `Ny ${step}`, affiliation: '', category: 'other', core: false });
      } else if (roll < 0.84 && board.meetings.length > 2) {
        const meeting = pick(board.meetings);
        if (meeting && meeting.kind !== 'final') deleteMeeting(doc, meeting.id);
      } else if (roll < 0.86) {
        addPaletteForm(doc, { name: `Form ${step}`, durationMinutes: 30, description: '' });
      } else if (note) {
        // Two changes before one read: the same note twice, and another.
        dropNotes(doc, [{ id: note.id, lane, x: 200, y: 500 }]);
        dropNotes(doc, [{ id: note.id, lane, x: 12, y: 100 }]);
        const other = pick(board.notes);
        if (other) dropNotes(doc, [{ id: other.id, lane, x: 12, y: 100 }]);
      }
      if (random() < 0.7) expect(reader.read(), `step ${step}`).toEqual(readBoard(local));
    }
    expect(reader.read()).toEqual(readBoard(local));
    reader.dispose();
  });
});
