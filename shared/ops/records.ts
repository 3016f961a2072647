import type * as Y from 'yjs';
import type { z } from 'zod/mini';
import { recordMap, roots, type BoardRoots, type RecordMap } from '../doc.ts';
import { createId } from '../ids.ts';
import { compareOrdered, keyAfterAll } from '../order.ts';
import { ok, type Result } from '../result.ts';
import { edit, limitReached, notFound, setChanged, type OpError, type OpName } from './edit.ts';
import { parseInput } from './validate-input.ts';

/** The collections whose records are plain field bags edited the same way. */
export type CollectionName = 'meetings' | 'people' | 'palette';

interface OrderedRecord {
  readonly id: string;
  readonly order: string;
}

/** A collection's records in order (fractional key, id tie-break). */
export function orderedIds(collection: Y.Map<RecordMap>, except?: string): OrderedRecord[] {
  const list: OrderedRecord[] = [];
  collection.forEach((map, id) => {
    if (id === except) return;
    const order = map.get('order');
    list.push({ id, order: typeof order === 'string' ? order : '' });
  });
  return list.sort(compareOrdered);
}

interface RecordOp {
  readonly doc: Y.Doc;
  readonly collection: CollectionName;
  /** For error details: "meeting", "person", … */
  readonly what: string;
  readonly op: OpName;
  readonly actor: string | null;
}

/** Appends a record at the end of its collection. */
export function appendRecord<S extends z.ZodMiniType<{ id?: string | undefined }>>(
  target: RecordOp & { readonly max: number },
  schema: S,
  input: unknown,
): Result<string, OpError> {
  const parsed = parseInput(schema, input);
  if (!parsed.ok) return parsed;
  const { id = createId(), ...fields } = parsed.value;
  const collection: BoardRoots[CollectionName] = roots(target.doc)[target.collection];
  if (collection.size >= target.max)
    return limitReached(`at most ${target.max} ${target.collection}`);
  const order = keyAfterAll(orderedIds(collection).map((r) => r.order));
  edit(target.doc, target.op, target.actor, () =>
    collection.set(id, recordMap({ ...fields, order })),
  );
  return ok(id);
}

/** Sets the changed fields of one record. */
export function updateRecord(
  target: RecordOp,
  id: string,
  schema: z.ZodMiniType<Record<string, unknown>>,
  patch: unknown,
): Result<void, OpError> {
  const parsed = parseInput(schema, patch);
  if (!parsed.ok) return parsed;
  const map = roots(target.doc)[target.collection].get(id);
  if (!map) return notFound(target.what, id);
  edit(target.doc, target.op, target.actor, () => setChanged(map, parsed.value));
  return ok(undefined);
}

/** Deletes one record, running `alsoWrite` in the same transaction. */
export function deleteRecord(
  target: RecordOp,
  id: string,
  alsoWrite: () => void = () => {},
): Result<void, OpError> {
  const collection = roots(target.doc)[target.collection];
  if (!collection.has(id)) return notFound(target.what, id);
  edit(target.doc, target.op, target.actor, () => {
    alsoWrite();
    collection.delete(id);
  });
  return ok(undefined);
}
