import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applySyncAnswersAsReceived } from '../../client/sync/syncAnswers.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { addNote } from '../../shared/ops/index.ts';
import { generatedBoard } from '../helpers/boards.ts';
import { Harness, createBoard, sleep, waitFor } from '../server/helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

type Seen = { update: Uint8Array; origin: unknown };

function recorder(): { seen: Seen[]; listener: (update: Uint8Array, origin: unknown) => void } {
  const seen: Seen[] = [];
  return { seen, listener: (update, origin) => seen.push({ update, origin }) };
}

/** Counts the 'update' events Yjs emits, i.e. the updates it encodes for listeners. */
function countYjsUpdateEvents(doc: Y.Doc): { count: number } {
  const counter = { count: 0 };
  const emit = doc.emit.bind(doc);
  doc.emit = (name, args) => {
    if (name === 'update') counter.count++;
    emit(name, args);
  };
  return counter;
}

function docFrom(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** A provider for `doc` whose sync answers go to `listeners` (and its own) as received. */
function providerWithListed(
  server: Awaited<ReturnType<Harness['server']>>,
  boardId: string,
  doc: Y.Doc,
  listeners: readonly ((update: Uint8Array, origin: unknown) => void)[],
) {
  for (const listener of listeners) doc.on('update', listener);
  const provider = harness.provider(server, boardId, doc);
  applySyncAnswersAsReceived(provider, [...listeners, provider._updateHandler]);
  return provider;
}

describe('sync answers applied as received', () => {
  it('gives the listed listeners the whole board once, as the bytes that arrived', async () => {
    const server = await harness.server();
    const board = await createBoard(
      server,
      generatedBoard({ notes: 200, people: 30, meetings: 6 }),
    );
    const doc = new Y.Doc();
    const yjsEvents = countYjsUpdateEvents(doc);
    const listed = recorder();
    const provider = providerWithListed(server, board.id, doc, [listed.listener]);
    await waitFor(() => provider.synced, 'synced');

    expect(yjsEvents.count).toBe(0);
    expect(listed.seen).toHaveLength(1);
    expect(listed.seen[0]?.origin).toBe(provider);
    expect(readBoard(docFrom(listed.seen.map((s) => s.update)))).toEqual(readBoard(doc));
    expect(readBoard(doc).notes).toHaveLength(200);
  });

  it('leaves a listener that is not listed to Yjs’s own encoding', async () => {
    const server = await harness.server();
    const board = await createBoard(server, generatedBoard({ notes: 20, people: 5, meetings: 6 }));
    const doc = new Y.Doc();
    const listed = recorder();
    const other = recorder();
    const provider = providerWithListed(server, board.id, doc, [listed.listener]);
    doc.on('update', other.listener);
    await waitFor(() => provider.synced, 'synced');

    expect(listed.seen).toHaveLength(1);
    expect(other.seen).toHaveLength(1);
    expect(readBoard(docFrom(other.seen.map((s) => s.update)))).toEqual(readBoard(doc));
  });

  it('passes later edits through Yjs as usual, and an answer with nothing new to nobody', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const doc = new Y.Doc();
    const listed = recorder();
    const provider = providerWithListed(server, board.id, doc, [listed.listener]);
    await waitFor(() => provider.synced, 'synced');
    const afterFirstAnswer = listed.seen.length;

    const peer = await harness.syncedProvider(server, board.id);
    expect(addNote(peer.doc, { kind: 'idea', lane: null, x: 0, y: 0, text: 'Fra B' }).ok).toBe(
      true,
    );
    await waitFor(() => readBoard(doc).notes.length === 1, 'the peer’s note arrived');
    expect(listed.seen.length).toBe(afterFirstAnswer + 1);

    provider.disconnect();
    provider.connect();
    await waitFor(() => provider.synced && provider.wsconnected, 'synced again');
    await sleep(100);
    expect(listed.seen.length).toBe(afterFirstAnswer + 1);
    expect(readBoard(docFrom(listed.seen.map((s) => s.update)))).toEqual(readBoard(doc));
  });

  it('leaves an answer to a copy that already holds content to Yjs (it hands on only what is new)', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const peer = await harness.syncedProvider(server, board.id);
    // This device's earlier copy, then one more note on the server.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer.doc));
    expect(addNote(peer.doc, { kind: 'idea', lane: null, x: 0, y: 0, text: 'Ny' }).ok).toBe(true);
    const yjsEvents = countYjsUpdateEvents(doc);
    const listed = recorder();
    const provider = providerWithListed(server, board.id, doc, [listed.listener]);
    await waitFor(() => readBoard(doc).notes.length === 1, 'the new note arrived');

    expect(yjsEvents.count).toBeGreaterThan(0);
    expect(listed.seen.length).toBe(yjsEvents.count);
  });

  it('restores y-websocket’s own handler when asked', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const provider = harness.provider(server, board.id);
    const before = provider.messageHandlers[0];
    const restore = applySyncAnswersAsReceived(provider, []);
    expect(provider.messageHandlers[0]).not.toBe(before);
    restore();
    expect(provider.messageHandlers[0]).toBe(before);
  });
});
