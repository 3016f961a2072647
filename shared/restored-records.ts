import * as Y from 'yjs';
import { roots } from './doc.ts';
import { forEachItemIn, itemOf, keyItems, type StepItems } from './yjs-private.ts';

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
 * other user's, if this document still holds it (`keepWritesIntoDeletedRecords`),
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
  const record = item.parent instanceof Y.AbstractType ? itemOf(item.parent) : null;
  return record !== null && record.deleted && isRecord(record) ? record : null;
}

/** Whether an item is a record's map, in its collection (doc.ts). */
function isRecord(item: Y.Item): boolean {
  const collection = item.parent instanceof Y.AbstractType ? item.parent : null;
  return collection !== null && collection.parent === null && item.content instanceof Y.ContentType;
}

/**
 * Makes `doc` keep the writes that arrive into a record deleted before: another
 * user's edit made while the delete was on its way to them (or while they were
 * offline). Yjs deletes such a write as it arrives and collects it at the end
 * of the transaction; kept, the undo that brings the record back can restore
 * it (`fieldsSkippedByRedo`). The fields deleted with a record are collected
 * as before (the deleter's undo history keeps its own), so what is kept is the
 * rare crossing write, each a small primitive value, within the document's
 * size limit.
 *
 * `keepsRecords` (the server): a deleted record's map is kept too, its fields
 * collected as before, else a write arriving after the delete has nothing to
 * go into and is collected as it arrives; and the server's update (what it
 * stores and passes on) is encoded after collecting. Not by the transaction
 * that loads the document (`isLoad`): it deletes the records and their fields
 * at once and collects them, so what is kept lasts while the document stays
 * loaded.
 */
export function keepWritesIntoDeletedRecords(
  doc: Y.Doc,
  keepsRecords: { readonly isLoad: (origin: unknown) => boolean } | null = null,
): void {
  let current: Y.Transaction | null = null;
  // Emitted before any observer, at the start of the cleanup that ends with collecting.
  doc.on('beforeObserverCalls', (transaction: Y.Transaction) => {
    current = transaction;
  });
  // Emitted after collecting: a finished transaction (a whole board's load) is not held on to.
  doc.on('afterTransactionCleanup', () => {
    current = null;
  });
  doc.gcFilter = (item) => {
    if (current === null) return true;
    if (keepsRecords !== null && isRecord(item)) return keepsRecords.isLoad(current.origin);
    const record = deletedRecordOf(item);
    return record === null || Y.isDeleted(current.deleteSet, record.id);
  };
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
    const restoredId = restored && itemOf(restored)?.id;
    // Only the record this redo made (not one made again since, by anyone).
    if (restored === undefined || !restoredId || !Y.compareIDs(restoredId, record.redone)) return;
    keyItems(record.content.type).forEach((newest, key) => {
      if (restored.has(key)) return;
      const kept = restoredValue(newest, deletions);
      if (kept !== null) restores.push({ collection: name, id, key, value: kept.value });
    });
  });
  return restores;
}
