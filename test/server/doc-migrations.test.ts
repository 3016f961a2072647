import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DOC_MIGRATIONS,
  DOC_MIGRATION_ORIGIN,
  migrateDoc,
} from '../../server/sync/doc-migrations.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { DOC_VERSION, docSchemaVersion, roots } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { createId } from '../../shared/ids.ts';
import { initialKeys } from '../../shared/order.ts';
import { boardApiPath } from '../../shared/protocol.ts';
import type { Board } from '../../shared/schema.ts';
import { generatedBoard, paperExampleBoard } from '../helpers/boards.ts';
import { Harness, getJson, waitFor } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** A board as the version-1 layout stored it, written by hand: lane, x, y, order as separate note keys. */
function v1Doc(board: Board): Y.Doc {
  const doc = new Y.Doc();
  const meta = doc.getMap<unknown>('meta');
  doc.transact(() => {
    meta.set('format', board.format);
    meta.set('schemaVersion', 1);
    meta.set('title', board.title);
    meta.set('periodStart', board.period?.start ?? null);
    meta.set('periodEnd', board.period?.end ?? null);
    const fill = (name: string, records: readonly { id: string }[]) => {
      const target = doc.getMap<Y.Map<unknown>>(name);
      const keys = initialKeys(records.length);
      records.forEach((record, i) => {
        const map = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(record)) if (key !== 'id') map.set(key, value);
        map.set('order', keys[i]);
        target.set(record.id, map);
      });
    };
    fill('meetings', board.meetings);
    fill('people', board.people);
    fill('notes', board.notes);
    fill('palette', board.palette);
  });
  return doc;
}

describe('document migration v1 → v2 (note placement as one value)', () => {
  it('is registered, gap-free, and ends at DOC_VERSION', () => {
    expect(DOC_VERSION).toBe(2);
    expect(DOC_MIGRATIONS.map((m) => [m.from, m.to])).toEqual([[1, 2]]);
  });

  it('converts every note exactly, in one transaction, and reads the same board', () => {
    const board = paperExampleBoard();
    const doc = v1Doc(board);
    const before = readBoard(doc);
    expect(before).toEqual(board);
    const orders = new Map([...roots(doc).notes].map(([id, n]) => [id, n.get('order')]));
    const transactions: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) =>
      transactions.push(transaction.origin),
    );

    expect(migrateDoc(doc)).toEqual({ kind: 'migrated', from: 1, to: 2 });

    expect(transactions).toEqual([DOC_MIGRATION_ORIGIN]);
    expect(docSchemaVersion(doc)).toBe(2);
    for (const note of board.notes) {
      const map = roots(doc).notes.get(note.id);
      expect(map?.get('place')).toEqual({
        lane: note.lane,
        x: note.x,
        y: note.y,
        order: orders.get(note.id),
      });
      for (const key of ['lane', 'x', 'y', 'order']) expect(map?.has(key)).toBe(false);
    }
    // Other records keep their own `order` key.
    expect(roots(doc).meetings.get('m1')?.get('order')).toBe(initialKeys(1)[0]);
    expect(readBoard(doc)).toEqual(before);
    expect(migrateDoc(doc)).toEqual({ kind: 'current' });
  });

  it('keeps the board equal for a large board and through an encoded update', () => {
    const board = generatedBoard({ notes: 500, people: 30, meetings: 6 });
    const doc = v1Doc(board);
    migrateDoc(doc);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readBoard(copy)).toEqual(board);
  });

  it('carries damaged placements over as the reader saw them', () => {
    const doc = v1Doc(paperExampleBoard());
    const i1 = roots(doc).notes.get('i1');
    i1?.set('x', Number.NaN);
    i1?.delete('lane');
    const before = readBoard(doc);
    migrateDoc(doc);
    expect(readBoard(doc)).toEqual(before);
    expect(i1?.get('place')).toMatchObject({ lane: null, x: 0, y: 200 });
  });

  it('leaves a document newer than the code alone', () => {
    const doc = v1Doc(paperExampleBoard());
    doc.getMap('meta').set('schemaVersion', DOC_VERSION + 1);
    const update = Y.encodeStateAsUpdate(doc);
    expect(migrateDoc(doc)).toEqual({ kind: 'newer', version: DOC_VERSION + 1 });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(update);
  });

  it('the server migrates a stored v1 board on load, before clients sync', async () => {
    const dataDir = harness.tempDir();
    const board = paperExampleBoard();
    const ids = { id: createId(128), viewId: createId(128) };
    const store = openSqliteStore(dataDir);
    await store.create(ids, Y.encodeStateAsUpdate(v1Doc(board)));
    await store.close();

    const server = await harness.server({ dataDir });
    const provider = await harness.syncedProvider(server, ids.id);
    await waitFor(() => docSchemaVersion(provider.doc) === DOC_VERSION, 'migrated doc synced');
    expect(roots(provider.doc).notes.get('n1')?.has('lane')).toBe(false);
    expect(readBoard(provider.doc)).toEqual(board);
    expect(await getJson(server, boardApiPath(ids.id))).toEqual(board);
  });
});
