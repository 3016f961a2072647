import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  forEachItemIn,
  isEmptyDoc,
  itemOf,
  keyItems,
  nextClock,
  runningTransaction,
} from '../../shared/yjs-private.ts';

/**
 * What shared/yjs-private.ts reads from Yjs outside its public API, as the
 * undo repairs (restored-records.ts), the notes' place items (note-items.ts)
 * and the overlap watch's joined repairs rely on it: a Yjs upgrade that
 * changes one of these fails here.
 */

function collectionWithRecord() {
  const doc = new Y.Doc();
  const notes = doc.getMap<Y.Map<unknown>>('notes');
  const note = new Y.Map<unknown>();
  notes.set('n1', note);
  note.set('text', 'first');
  return { doc, notes, note };
}

describe('itemOf: the item that holds a type in its parent', () => {
  it('is null for a root type', () => {
    expect(itemOf(new Y.Doc().getMap('notes'))).toBeNull();
  });

  it('names a record’s key and collection, and says when the record was deleted', () => {
    const { notes, note } = collectionWithRecord();
    const item = itemOf(note);
    expect(item?.parentSub).toBe('n1');
    expect(item?.parent).toBe(notes);
    expect(item?.deleted).toBe(false);
    notes.delete('n1');
    expect(item?.deleted).toBe(true);
    // Its id is the record's: what an undo step's insertions hold when the step made it.
    expect(item?.id.client).toBe(notes.doc?.clientID);
  });
});

describe('keyItems: the newest item under each key, deleted ones too', () => {
  it('holds the key’s value, with the write before it to its left', () => {
    const { note } = collectionWithRecord();
    note.set('text', 'second');
    const newest = keyItems(note).get('text');
    expect(newest?.content.getContent()).toEqual(['second']);
    expect(newest?.left?.deleted).toBe(true);
  });

  it('still names the fields of a deleted record, whose public entries are gone', () => {
    const { doc, notes, note } = collectionWithRecord();
    // Kept as an undo history keeps them (else Yjs collects the deleted values).
    doc.gcFilter = () => false;
    notes.delete('n1');
    expect([...note.keys()]).toEqual([]);
    expect([...keyItems(note).keys()]).toEqual(['text']);
    expect(keyItems(note).get('text')?.content.getContent()).toEqual(['first']);
  });
});

describe('nextClock and forEachItemIn: the items a step wrote', () => {
  it('a write makes this client’s items from the clock before it, and a step’s insertions are those', () => {
    const { doc, notes, note } = collectionWithRecord();
    const undo = new Y.UndoManager(notes, { captureTimeout: 0 });
    const clock = nextClock(doc);
    note.set('text', 'second');
    note.set('lane', 'm1');
    expect(nextClock(doc)).toBe(clock + 2);
    const visited: Y.Item[] = [];
    const step = undo.undoStack.at(-1);
    if (step === undefined) throw new Error('no undo step');
    forEachItemIn(doc, step.insertions, (item) => visited.push(item));
    // Two steps (no capture timeout): the last one wrote the lane.
    expect(visited.map((item) => item.parentSub)).toEqual(['lane']);
    expect(visited[0]).toBe(keyItems(note).get('lane'));
    expect(visited[0]?.id.clock).toBe(clock + 1);
  });
});

describe('isEmptyDoc', () => {
  it('is true for a new document and false once it holds anything', () => {
    const doc = new Y.Doc();
    expect(isEmptyDoc(doc)).toBe(true);
    const { doc: other } = collectionWithRecord();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(isEmptyDoc(doc)).toBe(false);
  });
});

describe('runningTransaction', () => {
  it('is the transaction running, and null outside one and while its observers run', () => {
    const { doc, notes, note } = collectionWithRecord();
    expect(runningTransaction(doc)).toBeNull();
    let inObserver: Y.Transaction | null | undefined;
    notes.observeDeep(() => (inObserver = runningTransaction(doc)));
    let inside: Y.Transaction | null = null;
    let given: Y.Transaction | null = null;
    doc.transact((transaction) => {
      given = transaction;
      note.set('text', 'second');
      inside = runningTransaction(doc);
    });
    expect(inside).not.toBeNull();
    expect(inside).toBe(given);
    expect(inObserver).toBeNull();
    expect(runningTransaction(doc)).toBeNull();
  });
});
