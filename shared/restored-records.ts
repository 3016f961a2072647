import * as Y from 'yjs';
import { roots } from './doc.ts';
import { forEachItemIn, type StepItems } from './step-items.ts';

/**
 * What an undo (or redo) that brings back a deleted record leaves out, and
 * the value that belongs there (issue 4: undo of your own changes only).
 *
 * Yjs redoes a deleted record map as a new map and redoes into it the fields
 * the step deleted with it, but not a field whose deleted item has a newer
 * one to its right: a write by another user made before the delete reached
 * them (`redoItem` in yjs/src/structs/Item.js takes it for a conflicting
 * remote change and skips it). That newer write went with the deleted map,
 * so the field is missing altogether: the reader then shows its default
 * (an empty text, a participant without a person is not shown at all, a note
 * without a place is parked). The field gets the newest value that was
 * written into the deleted record from this user's view of it onwards: the
 * other user's, if this document still holds it (`keepFieldsOfKeptRecords`),
 * else the value the step deleted (the undo history keeps it).
 */

/** The collections of one nested Y.Map per record (doc.ts). */
export const RECORD_COLLECTIONS = ['meetings', 'people', 'notes', 'palette'] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

/** A field to write into a record, if the record lacks it. */
export interface FieldRestore {
  readonly collection: RecordCollection;
  readonly id: string;
  readonly key: string;
  readonly value: unknown;
}

/** The deleted record map an item belongs to, or null (a record, a meta field, a live record's field). */
function deletedRecordOf(item: Y.Item): Y.Item | null {
  const record = item.parent instanceof Y.AbstractType ? item.parent._item : null;
  if (record === null || !record.deleted) return null;
  const collection = record.parent instanceof Y.AbstractType ? record.parent : null;
  return collection !== null && collection._item === null ? record : null;
}

/**
 * The documents' `gcFilter` on a client: keeps the values written into a
 * deleted record that this client's undo history holds (Yjs keeps the items a
 * step deleted, and the record's map with them, but collects another user's
 * write that arrives into the deleted map, or was deleted with it). Bounded by
 * the undo history: only records it keeps, and only the writes that came
 * into them (edits made at the moment of a delete, or by a user offline
 * then), each a small primitive value; the server's documents collect them
 * as before. Kept items are not collected later either, so they last until
 * the page closes.
 */
export function keepFieldsOfKeptRecords(item: Y.Item): boolean {
  const record = deletedRecordOf(item);
  return record === null || !record.keep;
}

/** Whether an item still holds its value (a collected item holds only its length). */
function valueOf(item: Y.Item): { readonly value: unknown } | null {
  const { content } = item;
  if (content instanceof Y.ContentDeleted || content instanceof Y.ContentType) return null;
  const values = content.getContent();
  return values.length > 0 ? { value: values[values.length - 1] } : null;
}

/**
 * The value a field of a deleted record gets back: walking from its newest
 * write (`newest`) back to the one the step deleted (this user's view), the
 * first that still holds its value. The ops only ever overwrite a record's
 * fields, never delete one (ops/edit.ts `setChanged`; the server's migrations
 * delete old keys, whose values no client keeps), so when the step deleted no
 * write of a field, the field did not exist in this user's view and every
 * write of it is newer.
 */
function restoredValue(newest: Y.Item, deletions: StepItems): { readonly value: unknown } | null {
  for (let item: Y.Item | null = newest; item !== null; item = item.left) {
    const kept = valueOf(item);
    if (kept !== null) return kept;
    if (Y.isDeleted(deletions, item.id)) return null;
  }
  return null;
}

/**
 * The fields the redo of `deletions` (an undo step's, just popped) did not
 * write into the records it brought back, each with its value. Reads only:
 * the caller writes them (`restoreFields`) as part of the same step.
 */
export function fieldsSkippedByRedo(doc: Y.Doc, deletions: StepItems): FieldRestore[] {
  const r = roots(doc);
  const collections = new Map<unknown, RecordCollection>(
    RECORD_COLLECTIONS.map((name) => [r[name], name]),
  );
  const restores: FieldRestore[] = [];
  forEachItemIn(doc, deletions, (record) => {
    if (record.redone === null || record.parentSub === null) return;
    if (!(record.content instanceof Y.ContentType)) return;
    const name = record.parent instanceof Y.AbstractType ? collections.get(record.parent) : null;
    if (name === undefined || name === null) return;
    const id = record.parentSub;
    const restored = r[name].get(id);
    const restoredId = restored?._item?.id;
    // Only the record this redo made (not one made again since, by anyone).
    if (restored === undefined || !restoredId || !Y.compareIDs(restoredId, record.redone)) return;
    record.content.type._map.forEach((newest, key) => {
      if (restored.has(key)) return;
      const kept = restoredValue(newest, deletions);
      if (kept !== null) restores.push({ collection: name, id, key, value: kept.value });
    });
  });
  return restores;
}
