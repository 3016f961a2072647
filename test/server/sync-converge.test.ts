import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../../shared/doc-read.ts';
import { addNote, updateBoard } from '../../shared/ops/index.ts';
import { Harness, createBoard, mark, marks, waitFor } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

describe('sync through the server', () => {
  it('gives a new client the stored board before it reports synced', async () => {
    const server = await harness.server();
    const board = await createBoard(server, { title: 'Ensomhed blandt unge' });
    const client = await harness.syncedProvider(server, board.id);
    const seen = readBoard(client.doc);
    expect(seen.title).toBe('Ensomhed blandt unge');
    expect(seen.meetings.length).toBeGreaterThan(0);
  });

  it('makes two clients converge on each other’s edits', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const b = await harness.syncedProvider(server, board.id);
    expect(updateBoard(a.doc, { title: 'Fra A' }).ok).toBe(true);
    expect(addNote(b.doc, { kind: 'idea', lane: null, x: 10, y: 20, text: 'Fra B' }).ok).toBe(true);
    await waitFor(
      () => readBoard(a.doc).notes.length === 1 && readBoard(b.doc).title === 'Fra A',
      'both edits on both clients',
    );
    expect(readBoard(a.doc)).toEqual(readBoard(b.doc));
  });

  it('gives a late joiner everything written before it came', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const early = await harness.syncedProvider(server, board.id);
    for (let i = 0; i < 50; i++) mark(early.doc, `k${i}`, i);
    const late = await harness.syncedProvider(server, board.id);
    await waitFor(() => marks(late.doc).size === 50, 'late joiner has all 50 edits');
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(early.doc));
  });

  it('makes ten clients editing at once converge', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const clients = await Promise.all(
      Array.from({ length: 10 }, () => harness.syncedProvider(server, board.id)),
    );
    clients.forEach((client, i) => {
      for (let j = 0; j < 20; j++) mark(client.doc, `c${i}-${j}`, j);
      client.doc.getMap('test').set('shared', i); // concurrent writes to one key
    });
    // Every edit, and every client's write of the shared key: a client can hold all
    // 201 keys while another client's later write of `shared` is still on its way.
    const sameState = (client: (typeof clients)[number]) =>
      Buffer.from(Y.encodeStateVector(client.doc)).equals(
        Buffer.from(Y.encodeStateVector(clients[0]!.doc)),
      );
    await waitFor(
      () => clients.every((client) => marks(client.doc).size === 10 * 20 + 1 && sameState(client)),
      'every client has every edit',
    );
    const first = clients[0]!.doc.getMap('test').get('shared');
    for (const client of clients) {
      expect(client.doc.getMap('test').get('shared')).toBe(first);
      expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(clients[0]!.doc));
    }
  });
});
