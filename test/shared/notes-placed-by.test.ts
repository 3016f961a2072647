import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, rootTypes, roots } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { notePlaceItem, notesPlacedBy } from '../../shared/note-items.ts';
import {
  addNote,
  attachToForm,
  BoardEdit,
  deleteNotes,
  dropNotes,
  moveNotes,
  updateNote,
} from '../../shared/ops/index.ts';
import { generatedBoard, seededRandom } from '../helpers/boards.ts';

type StackItem = Y.UndoManager['undoStack'][number];

/** What the overlap watch read before: every note, its place item looked up in the step's insertions. */
function scanned(doc: Y.Doc, step: StackItem): string[] {
  const placed: string[] = [];
  roots(doc).notes.forEach((_, id) => {
    const place = notePlaceItem(doc, id)?.id;
    if (place && Y.isDeleted(step.insertions, place)) placed.push(id);
  });
  return placed.sort();
}

describe('notesPlacedBy: the notes an undo step placed, found from its items', () => {
  it('are the notes a scan of the whole board finds, after random steps, undos, redos and remote moves', () => {
    const random = seededRandom(7);
    const local = createBoardDoc(generatedBoard({ notes: 150, people: 20, meetings: 4 }));
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
    local.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') Y.applyUpdate(remote, update, 'local');
    });
    remote.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'local') Y.applyUpdate(local, update, 'remote');
    });
    const undo = new Y.UndoManager(rootTypes(local), {
      trackedOrigins: new Set([BoardEdit]),
      captureTimeout: 0,
    });
    const pick = <T>(items: readonly T[]): T | undefined =>
      items[Math.floor(random() * items.length)];
    let compared = 0;
    for (let step = 0; step < 400; step++) {
      const doc = random() < 0.7 ? local : remote;
      const board = readBoard(doc);
      const note = pick(board.notes);
      const lane = random() < 0.2 ? null : (pick(board.meetings)?.id ?? null);
      const roll = random();
      if (roll < 0.3 && note) {
        dropNotes(doc, [{ id: note.id, lane, x: Math.floor(random() * 400), y: 40 }]);
      } else if (roll < 0.42 && note) {
        const other = pick(board.notes);
        const ids = other && other.id !== note.id ? [note.id, other.id] : [note.id];
        moveNotes(
          doc,
          ids.map((id, i) => ({ id, lane, x: 12 + i * 192, y: 12 })),
        );
      } else if (roll < 0.5 && note?.kind === 'idea') {
        updateNote(doc, note.id, { text: `t${step}` });
      } else if (roll < 0.58) {
        addNote(doc, { kind: 'idea', lane, x: 12, y: 12, text: `ny ${step}` });
      } else if (roll < 0.64 && note) {
        deleteNotes(doc, [note.id]);
      } else if (roll < 0.7) {
        const form = pick(board.notes.filter((one) => one.kind === 'form'));
        const participant = pick(board.notes.filter((one) => one.kind === 'participant'));
        if (form && participant) attachToForm(doc, participant.id, form.id);
      } else if (roll < 0.85) {
        undo.undo();
      } else {
        undo.redo();
      }
      for (const item of [...undo.undoStack, ...undo.redoStack]) {
        const expected = scanned(local, item);
        expect([...notesPlacedBy(local, item.insertions).keys()].sort(), `step ${step}`).toEqual(
          expected,
        );
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(1000); // the steps placed notes that stayed placed
    undo.destroy();
  });
});
