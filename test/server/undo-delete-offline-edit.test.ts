import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardActions } from '../../client/sync/actions.ts';
import { createUndoHistory } from '../../client/sync/undoHistory.ts';
import { roots } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { keepWritesIntoDeletedRecords } from '../../shared/restored-records.ts';
import { Harness, createBoard, waitFor } from './helpers.ts';

/**
 * Through a real server: user B edits a post-it offline while user A deletes
 * it; B comes back; A's undo brings the post-it back with B's text, on both
 * (issue 4; restored-records.ts). The server keeps the deleted post-it and
 * B's write into it, A's document keeps B's write as the board page's does.
 */

const harness = new Harness();
afterEach(() => harness.cleanup());

it('undo of a delete brings back the post-it with the text another user wrote offline meanwhile', async () => {
  const server = await harness.server();
  const board = await createBoard(server);
  const aDoc = new Y.Doc();
  keepWritesIntoDeletedRecords(aDoc);
  const a = await harness.syncedProvider(server, board.id, aDoc);
  const b = await harness.syncedProvider(server, board.id);
  const undo = createUndoHistory(a.doc, 'anne');
  const actions = createBoardActions(a.doc, 'anne', { manager: undo, changed: () => {} });
  const lane = readBoard(a.doc).meetings[0]?.id ?? null;
  const added = actions.addNote({ kind: 'idea', lane, x: 12, y: 12, text: 'Fra A' });
  if (!added.ok) throw new Error(added.error.detail);
  const id = added.value;
  const text = (doc: Y.Doc) => roots(doc).notes.get(id)?.get('text');
  await waitFor(() => text(b.doc) === 'Fra A', 'the post-it on b');

  b.disconnect();
  createBoardActions(b.doc, 'bo').updateNote(id, { text: 'Fra B' });
  actions.deleteNotes([id]);
  b.connect();
  const same = () =>
    Buffer.from(Y.encodeStateVector(a.doc)).equals(Buffer.from(Y.encodeStateVector(b.doc)));
  await waitFor(() => same() && text(a.doc) === undefined, 'b back, the post-it deleted on both');
  expect(text(b.doc)).toBeUndefined();

  undo.undo();
  await waitFor(() => text(b.doc) === 'Fra B', 'the post-it back on b, with b’s text');
  expect(text(a.doc)).toBe('Fra B');
  expect(readBoard(b.doc)).toEqual(readBoard(a.doc));
  undo.redo();
  await waitFor(() => same() && text(b.doc) === undefined, 'the post-it deleted again');
  undo.undo();
  await waitFor(() => same() && text(b.doc) === 'Fra B', 'the post-it back again');
  expect(readBoard(b.doc)).toEqual(readBoard(a.doc));
});
