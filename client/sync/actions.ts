import * as Y from 'yjs';
import { noteRecordId } from '../../shared/doc-read.ts';
import * as ops from '../../shared/ops/index.ts';
import type { OpError } from '../../shared/ops/index.ts';
import { err, type Result } from '../../shared/result.ts';

type Tail<F> = F extends (doc: Y.Doc, ...rest: infer R) => infer T ? [R, T] : never;
/** An op with the document and the actor bound. */
type Bound<F> =
  Tail<F> extends [infer R extends unknown[], infer T]
    ? (...args: DropLastOptional<R>) => T
    : never;
/** Every op ends with an optional `actor`; the bound version leaves it out. */
type DropLastOptional<R extends unknown[]> = R extends [...infer Head, (string | null)?] ? Head : R;

export interface BoardActions {
  readonly updateBoard: Bound<typeof ops.updateBoard>;
  readonly addMeeting: Bound<typeof ops.addMeeting>;
  readonly updateMeeting: Bound<typeof ops.updateMeeting>;
  readonly moveMeeting: Bound<typeof ops.moveMeeting>;
  readonly deleteMeeting: Bound<typeof ops.deleteMeeting>;
  readonly addPerson: Bound<typeof ops.addPerson>;
  readonly updatePerson: Bound<typeof ops.updatePerson>;
  readonly movePerson: Bound<typeof ops.movePerson>;
  readonly deletePerson: Bound<typeof ops.deletePerson>;
  readonly addNote: Bound<typeof ops.addNote>;
  readonly updateNote: Bound<typeof ops.updateNote>;
  readonly moveNotes: Bound<typeof ops.moveNotes>;
  /** `moveNotes` for a drop: the places where the notes were let go, settled by the operation. */
  readonly dropNotes: Bound<typeof ops.dropNotes>;
  readonly deleteNotes: Bound<typeof ops.deleteNotes>;
  /** Moves notes just placed off another user's placed at the same moment (overlapWatch.ts). */
  readonly settleNotes: Bound<typeof ops.settleNotes>;
  /** Puts participants a form was dragged away from back into its stack (overlapWatch.ts). */
  readonly rejoinStacks: Bound<typeof ops.rejoinStacks>;
  /**
   * Deletes a note this user has just made and left empty. When making it was
   * the last step of the undo history, both steps leave the history: undo
   * then goes to the step before, as if the note had never been made.
   */
  readonly discardNewNote: (id: string) => Result<void, OpError>;
  /**
   * `updateNote` for a note this user has just made (the first text of a new
   * idea): when making it was the last step of the undo history, the edit
   * joins that step, so one undo takes the note away, not its text first.
   */
  readonly updateNewNote: Bound<typeof ops.updateNote>;
  /** Pushes no note someone else holds (`createBoardActions`'s `held`). */
  readonly attachToForm: (participantId: string, formId: string | null) => Result<void, OpError>;
  readonly duplicateNotes: Bound<typeof ops.duplicateNotes>;
  readonly addCoreParticipants: Bound<typeof ops.addCoreParticipants>;
  readonly addPaletteForm: Bound<typeof ops.addPaletteForm>;
  readonly updatePaletteForm: Bound<typeof ops.updatePaletteForm>;
  readonly deletePaletteForm: Bound<typeof ops.deletePaletteForm>;
  /** Several of the above as one gesture: one transaction, one undo step. */
  readonly together: (op: ops.OpName, write: () => void) => void;
}

/** The local user's undo history, for the one action that edits it. */
export interface UndoHistory {
  readonly manager: Y.UndoManager;
  /** Steps were taken out by hand: Yjs has no event for that. */
  readonly changed: () => void;
}

/**
 * The board's operations bound to one document and the local actor. In a
 * read-only session the page does not hand these to the canvas at all; the
 * server drops a view connection's updates regardless.
 */
export function createBoardActions(
  doc: Y.Doc,
  actor: string,
  history: UndoHistory | null = null,
  /** Whether someone else drags the note or has it open in an editor (presence). */
  held?: (id: string) => boolean,
): BoardActions {
  return {
    updateBoard: (patch) => ops.updateBoard(doc, patch, actor),
    addMeeting: (input) => ops.addMeeting(doc, input, actor),
    updateMeeting: (id, patch) => ops.updateMeeting(doc, id, patch, actor),
    moveMeeting: (id, toIndex) => ops.moveMeeting(doc, id, toIndex, actor),
    deleteMeeting: (id) => ops.deleteMeeting(doc, id, actor),
    addPerson: (input) => ops.addPerson(doc, input, actor),
    updatePerson: (id, patch) => ops.updatePerson(doc, id, patch, actor),
    movePerson: (id, toIndex) => ops.movePerson(doc, id, toIndex, actor),
    deletePerson: (id) => ops.deletePerson(doc, id, actor),
    addNote: (input) => ops.addNote(doc, input, actor),
    updateNote: (id, patch) => ops.updateNote(doc, id, patch, actor),
    moveNotes: (moves) => ops.moveNotes(doc, moves, actor),
    dropNotes: (moves) => ops.dropNotes(doc, moves, actor),
    deleteNotes: (ids) => ops.deleteNotes(doc, ids, actor),
    settleNotes: (ids, held) => ops.settleNotes(doc, ids, held, actor),
    rejoinStacks: (ids, held) => ops.rejoinStacks(doc, ids, held, actor),
    discardNewNote: (id) => discardNewNote(doc, id, actor, history),
    updateNewNote: (id, patch) => updateNewNote(doc, id, patch, actor, history),
    attachToForm: (participantId, formId) =>
      ops.attachToForm(doc, participantId, formId, held, actor),
    duplicateNotes: (copies) => ops.duplicateNotes(doc, copies, actor),
    addCoreParticipants: (meetingId) => ops.addCoreParticipants(doc, meetingId, actor),
    addPaletteForm: (input) => ops.addPaletteForm(doc, input, actor),
    updatePaletteForm: (id, patch) => ops.updatePaletteForm(doc, id, patch, actor),
    deletePaletteForm: (id) => ops.deletePaletteForm(doc, id, actor),
    together: (op, write) => ops.editTogether(doc, op, actor, write),
  };
}

/**
 * For a read-only session: the same shape, every write refused. The canvas
 * hides its editing affordances when `readOnly`; this is the second fence
 * (the server's is the third: it drops a view connection's updates).
 */
export function createRefusingActions(): BoardActions {
  const refuse = (): Result<never, OpError> =>
    err({ code: 'invalid-input', detail: 'This board is open read-only' });
  return {
    updateBoard: refuse,
    addMeeting: refuse,
    updateMeeting: refuse,
    moveMeeting: refuse,
    deleteMeeting: refuse,
    addPerson: refuse,
    updatePerson: refuse,
    movePerson: refuse,
    deletePerson: refuse,
    addNote: refuse,
    updateNote: refuse,
    moveNotes: refuse,
    dropNotes: refuse,
    deleteNotes: refuse,
    settleNotes: refuse,
    rejoinStacks: refuse,
    discardNewNote: refuse,
    updateNewNote: refuse,
    attachToForm: refuse,
    duplicateNotes: refuse,
    addCoreParticipants: refuse,
    addPaletteForm: refuse,
    updatePaletteForm: refuse,
    deletePaletteForm: refuse,
    // The writes inside are refused one by one.
    together: (_op, write) => write(),
  };
}

/** The newest undo step, when it is the one that made this note. */
function makingStep(doc: Y.Doc, id: string, history: UndoHistory | null) {
  const making = history?.manager.undoStack.at(-1);
  const record = noteRecordId(doc, id);
  return making !== undefined && record !== null && Y.isDeleted(making.insertions, record)
    ? making
    : null;
}

function updateNewNote(
  doc: Y.Doc,
  id: string,
  patch: ops.NotePatch,
  actor: string,
  history: UndoHistory | null,
): Result<void, OpError> {
  const making = makingStep(doc, id, history);
  const result = ops.updateNote(doc, id, patch, actor);
  const stack = history?.manager.undoStack;
  const edit = stack?.at(-1);
  // The edit is the newest step now, right above the making: fold it in.
  if (result.ok && making && stack && edit && edit !== making && stack.at(-2) === making) {
    making.insertions = Y.mergeDeleteSets([making.insertions, edit.insertions]);
    making.deletions = Y.mergeDeleteSets([making.deletions, edit.deletions]);
    stack.pop();
    history?.changed();
  }
  return result;
}

function discardNewNote(
  doc: Y.Doc,
  id: string,
  actor: string,
  history: UndoHistory | null,
): Result<void, OpError> {
  const stack = history?.manager.undoStack;
  const making = makingStep(doc, id, history);
  const result = ops.deleteNotes(doc, [id], actor);
  // The deletion is the newest step now, right above the making.
  if (result.ok && making && stack && stack.at(-2) === making) {
    stack.splice(-2, 2);
    history?.changed();
  }
  return result;
}
