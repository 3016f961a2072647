import * as Y from 'yjs';
import { createBoardReader } from '../../shared/doc-read.ts';
import { createPlanProjector } from '../../shared/projection.ts';
import { createBoardActions } from './actions.ts';
import { watchOverlaps } from './overlapWatch.ts';
import { createUndoHistory } from './undoHistory.ts';

/** How long the rehearsal's document lives: past the overlap watch's look at the step (50 ms). */
export const REHEARSAL_MS = 500;

/**
 * One drop on a throwaway document built as the session builds its own (a
 * reader, undo history, overlap watch, an update listener as the providers
 * have), read and projected into a plan before and after, run while the page
 * is idle once the board is here. The session's first drop otherwise runs
 * code no earlier step ran (a local write's side of Yjs, the settling, the
 * reader's and the projector's updates): ~160 functions compiled on that
 * pointer-up, a third of its time (issue 4: no frame over 50 ms). Nothing of
 * it reaches the board, the server or the undo history. Returns the document.
 */
export function rehearseDrop(): Y.Doc {
  const doc = new Y.Doc();
  const reader = createBoardReader(doc);
  const project = createPlanProjector();
  const undo = createUndoHistory(doc, 'rehearsal');
  const actions = createBoardActions(doc, 'rehearsal', { manager: undo, changed() {} });
  const stop = watchOverlaps(
    doc,
    undo,
    () => reader.read().notes,
    actions,
    () => true,
  );
  doc.on('update', () => {});
  const lane = actions.addMeeting({ kind: 'network' });
  const note = actions.addNote({ kind: 'idea', lane: null, x: 0, y: 0 });
  project(reader.read());
  if (lane.ok && note.ok) {
    actions.together('moveNotes', () =>
      actions.dropNotes([{ id: note.value, lane: lane.value, x: 0, y: 0 }]),
    );
  }
  project(reader.read());
  setTimeout(() => {
    stop();
    undo.destroy();
    reader.dispose();
    doc.destroy();
  }, REHEARSAL_MS);
  return doc;
}
