import type * as Y from 'yjs';
import { cleanFieldValue } from '../bidi.ts';
import { err, type Result } from '../result.ts';

/**
 * Every write to a board document is a named operation: one gesture = one
 * transaction = one origin (architecture guide). The origin carries the
 * operation's name and the acting user; a client's Y.UndoManager tracks the
 * `BoardEdit` origins its own user makes, so undo never reverts another
 * user's work (remote updates arrive with the provider as origin).
 */

export const OP_NAMES = [
  'updateBoard',
  'addMeeting',
  'updateMeeting',
  'moveMeeting',
  'deleteMeeting',
  'addPerson',
  'updatePerson',
  'movePerson',
  'deletePerson',
  'addNote',
  'updateNote',
  'moveNotes',
  'settleNotes',
  'deleteNotes',
  'attachToForm',
  'rejoinStacks',
  'restoreFields',
  'duplicateNotes',
  'addCoreParticipants',
  'addPaletteForm',
  'updatePaletteForm',
  'deletePaletteForm',
] as const;
export type OpName = (typeof OP_NAMES)[number];

export class BoardEdit {
  constructor(
    readonly op: OpName,
    /** Who acted: a client's session id, or null for the server and tools. */
    readonly actor: string | null,
  ) {}
}

export const OP_ERROR_CODES = ['not-found', 'invalid-input', 'limit-reached'] as const;
export type OpErrorCode = (typeof OP_ERROR_CODES)[number];
export interface OpError {
  readonly code: OpErrorCode;
  /** English, for logs and the API; the UI maps the code to its own words. */
  readonly detail: string;
}

export const notFound = (what: string, id: string): Result<never, OpError> =>
  err({ code: 'not-found', detail: `${what} ${id} does not exist` });
export const invalidInput = (detail: string): Result<never, OpError> =>
  err({ code: 'invalid-input', detail });
export const limitReached = (detail: string): Result<never, OpError> =>
  err({ code: 'limit-reached', detail });

/** Runs `write` as one transaction with a named origin. */
export function edit<T>(doc: Y.Doc, op: OpName, actor: string | null, write: () => T): T {
  let result: T | undefined;
  doc.transact(
    () => {
      result = write();
    },
    new BoardEdit(op, actor),
  );
  return result as T;
}

/**
 * Several operations as one gesture: one transaction, one origin, one undo
 * step (an editor saving a note and its person; a drop that creates a note and
 * attaches it to a form). Operations called inside join this transaction (a
 * nested Yjs transaction runs inside the outer one). Each operation still
 * checks its input before it writes; one that fails writes nothing, so callers
 * check the results they get back.
 */
export function editTogether(
  doc: Y.Doc,
  op: OpName,
  actor: string | null,
  write: () => void,
): void {
  edit(doc, op, actor, write);
}

/**
 * Sets only the fields whose value differs, so an edit of one field never
 * overwrites a concurrent edit of another and no-op writes add no history.
 */
export function setChanged(map: Y.Map<unknown>, fields: Record<string, unknown>): number {
  let changed = 0;
  for (const [key, given] of Object.entries(fields)) {
    const value = cleanFieldValue(given);
    if (value === undefined || map.get(key) === value) continue;
    map.set(key, value);
    changed++;
  }
  return changed;
}
