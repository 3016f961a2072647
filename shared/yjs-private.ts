import * as Y from 'yjs';

/**
 * The only module of shared/ and client/ that reads Yjs (13.6) outside its
 * public API: the struct store, a type's own item (`_item`), a map's items
 * (`_map`) and the running transaction (`_transaction`). Each is needed where the public API gives values, not the items
 * behind them, and the question is about the items:
 *
 * - an undo step holds item ids (its insertions and deletions, a Yjs
 *   DeleteSet); which records and fields they are is read from the items
 *   (note-items.ts: which notes' places a step wrote; restored-records.ts:
 *   which records an undo brought back), and a repair joins a step by the
 *   clocks of the items it writes (client/sync/overlapWatch.ts);
 * - what Yjs's redo left out of a record it brought back is in the deleted
 *   record's items (`Y.Map#forEach` skips deleted entries, which is every
 *   entry of a deleted record), walked from the newest write back;
 * - the garbage filter (`doc.gcFilter`, public) gets items: whether one is a
 *   field of a deleted record is a question about its parent's item;
 * - the drop's note index (ops/note-index.ts) is kept up to date inside a
 *   running transaction, which it must know when first asked for inside one.
 *
 * test/shared/yjs-private.test.ts pins what each function returns, so a Yjs
 * upgrade that changes these fields fails there, not in an undo.
 */

/** The items of an undo step's insertions or deletions (Yjs does not export the type's name). */
export type StepItems = Y.UndoManager['undoStack'][number]['insertions'];

/** A Yjs type as these functions read it (any Y.Map, Y.Array, Y.Text: Y.AbstractType). */
interface TypeFields {
  readonly _item: Y.Item | null;
  readonly _map: Map<string, Y.Item>;
}

/**
 * The item that holds `type` in its parent (its key is `parentSub`, its id
 * the record's Yjs id, `deleted` whether it was deleted), or null for a root
 * type. `AbstractType#parent` (public) gives the parent only.
 */
export function itemOf(type: TypeFields): Y.Item | null {
  return type._item;
}

/**
 * The newest item under each key of a map, a deleted one too: the public
 * `get` gives a live entry's value, and nothing for a deleted one.
 */
export function keyItems(map: TypeFields): ReadonlyMap<string, Y.Item> {
  return map._map;
}

/**
 * The transaction running now, or null (also while a finished one's observers
 * run: a write there makes a transaction of its own). `doc.transact` hands the
 * running one to its callback, but makes a new one when none runs.
 */
export function runningTransaction(doc: Y.Doc): Y.Transaction | null {
  return doc._transaction;
}

/**
 * The clock of the next item this client writes: what a write makes from
 * here on is this client's items from it (`Y.getState`, public, reads the
 * struct store).
 */
export function nextClock(doc: Y.Doc): number {
  return Y.getState(doc.store, doc.clientID);
}

/** Whether the document holds nothing yet (no client wrote into it, nor did an update). */
export function isEmptyDoc(doc: Y.Doc): boolean {
  return doc.store.clients.size === 0;
}

/**
 * Calls `visit` with each item in `set`, without a transaction: a step's
 * items are in the document's structs (every clock below a client's state
 * is), split at the set's bounds when the step was made or popped.
 * (`Y.iterateDeletedStructs`, public, needs a transaction and splits items.)
 */
export function forEachItemIn(doc: Y.Doc, set: StepItems, visit: (item: Y.Item) => void): void {
  set.clients.forEach((ranges, client) => {
    const structs = doc.store.clients.get(client);
    if (structs === undefined) return;
    for (const { clock, len } of ranges) {
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i];
        if (struct === undefined || struct.id.clock >= clock + len) break;
        if (struct instanceof Y.Item) visit(struct);
      }
    }
  });
}
