import * as Y from 'yjs';

/** The items of an undo step's insertions or deletions (Yjs does not export the type's name). */
export type StepItems = Y.UndoManager['undoStack'][number]['insertions'];

/**
 * Calls `visit` with each item in `set`, without a transaction: a step's
 * items are in the document's structs (every clock below a client's state
 * is), split at the set's bounds when the step was made or popped.
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
