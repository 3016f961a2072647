import type * as Y from 'yjs';
import { roots, type Collection } from '../doc.ts';
import { placeLane, placeOrder } from '../note-place.ts';
import { isUsableKey, keyAfterAll } from '../order.ts';
import { itemOf, runningTransaction } from '../yjs-private.ts';

/**
 * Each note's stored lane and order, per document, kept up to date from what
 * every transaction changed: a drop asks for the notes of the lanes it drops
 * into and for the key above every note, and a scan of the whole board for
 * each (3,000 notes read twice on a large board, in the drop's own task, and
 * slowest on the session's first drop, before V8 has optimised the scans)
 * became a look-up (issue 4: no frame over 50 ms).
 *
 * Up to date at every moment, not only after a transaction's observers: a
 * transaction enters `pending` when it starts and its changes are read into
 * the index just before its observers run; a question asked meanwhile (inside
 * a transaction, or by an observer of an earlier one) first reads the changes
 * of every pending transaction. Reading a note again is idempotent, so a
 * change read twice costs a look-up and nothing else.
 */
export interface NoteIndex {
  /** The ids of the notes stored in `lane` (a meeting id), unchecked whether the board shows them. */
  inLane(lane: string): ReadonlySet<string>;
  /** The key above every note's order (`keyAfterAll` of all of them). */
  topOrder(): string;
}

const indexes = new WeakMap<Y.Doc, NoteIndex>();

/** The document's index, built (one pass over the notes) and attached on first use. */
export function noteIndex(doc: Y.Doc): NoteIndex {
  let index = indexes.get(doc);
  if (index === undefined) {
    index = createNoteIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}

const NONE: ReadonlySet<string> = new Set();

function createNoteIndex(doc: Y.Doc): NoteIndex {
  const { notes } = roots(doc);
  const laneOf = new Map<string, unknown>();
  const orderOf = new Map<string, string>();
  const lanes = new Map<unknown, Set<string>>();
  /** The greatest order of any note; undefined: not known (its holder moved down or went). */
  let top: string | null | undefined = null;
  const pending = new Set<Y.Transaction>();

  const setLane = (id: string, lane: unknown) => {
    const before = laneOf.get(id);
    if (laneOf.has(id) && before === lane) return;
    if (laneOf.has(id)) lanes.get(before)?.delete(id);
    laneOf.set(id, lane);
    let members = lanes.get(lane);
    if (members === undefined) lanes.set(lane, (members = new Set()));
    members.add(id);
  };
  const setOrder = (id: string, order: string) => {
    const before = orderOf.get(id);
    if (before === order) return;
    orderOf.set(id, order);
    if (before !== undefined && before === top && order < before) top = undefined;
    else if (top !== undefined && order !== '' && (top === null || order > top)) top = order;
  };
  const remove = (id: string) => {
    if (!laneOf.has(id)) return;
    lanes.get(laneOf.get(id))?.delete(id);
    laneOf.delete(id);
    if (orderOf.get(id) === top) top = undefined;
    orderOf.delete(id);
  };
  /** Reads the note as it is now. */
  const refresh = (id: string) => {
    const note = notes.get(id);
    if (note === undefined) return remove(id);
    setLane(id, placeLane(note));
    setOrder(id, placeOrder(note));
  };
  // The collection compared as a plain object: a typed Y.Map and Yjs's AbstractType do not compare.
  const root: object = notes;
  const read = (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed) {
      if (type === root) {
        for (const id of keys) if (id !== null) refresh(id);
      } else {
        // A note's fields: its id is the key its map stands under. From the map's item (private):
        // a WeakMap from each note's map to its id cost 1.5 ms more CPU per 3,000-note build.
        const item = itemOf(type);
        if (item?.parent === notes && typeof item.parentSub === 'string') refresh(item.parentSub);
      }
    }
  };
  const upToDate = () => {
    for (const transaction of pending) read(transaction);
  };

  doc.on('beforeTransaction', (transaction: Y.Transaction) => {
    pending.add(transaction);
  });
  doc.on('beforeObserverCalls', (transaction: Y.Transaction) => {
    read(transaction);
    pending.delete(transaction);
  });
  // A transaction already running (the index first asked for inside one) is read as it goes on.
  // Yjs has no public getter of it: `doc.transact` gives it, but outside one makes one, empty,
  // which every 'afterTransaction' listener would see (one gesture, one transaction).
  const running = runningTransaction(doc);
  if (running !== null) pending.add(running);
  notes.forEach((_note, id) => refresh(id));

  return {
    inLane: (lane) => {
      upToDate();
      return lanes.get(lane) ?? NONE;
    },
    topOrder: () => {
      upToDate();
      if (top === undefined) {
        top = null;
        for (const order of orderOf.values())
          if (order !== '' && (top === null || order > top)) top = order;
      }
      // A damaged greatest key (one no key can follow): keyAfterAll looks past it, over all of them.
      if (top === null || isUsableKey(top)) return keyAfterAll(top === null ? [] : [top]);
      return keyAfterAll([...orderOf.values()].filter((order) => order !== ''));
    },
  };
}

/** `NoteIndex.topOrder` of the document that holds `notes` (a board's notes collection). */
export function indexedTopOrder(notes: Collection): string | null {
  const doc = notes.doc;
  return doc !== null && roots(doc).notes === notes ? noteIndex(doc).topOrder() : null;
}
