import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { readBoard } from '../../shared/doc-read.ts';
import { updateBoard } from '../../shared/ops/index.ts';
import { MESSAGE_TYPES } from '../../shared/protocol.ts';
import { Harness, createBoard, getJson, mark, marks, sleep, waitFor } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('a view link cannot change the board', () => {
  it('drops a view client’s updates but still syncs it', async () => {
    const server = await harness.server();
    const board = await createBoard(server, { title: 'Original' });
    const editor = await harness.syncedProvider(server, board.id);
    const viewer = await harness.syncedProvider(server, board.viewId);
    expect(readBoard(viewer.doc).title).toBe('Original');

    updateBoard(viewer.doc, { title: 'Hijacked' });
    mark(viewer.doc, 'from-viewer');
    mark(editor.doc, 'from-editor');
    await waitFor(() => marks(viewer.doc).has('from-editor'), 'viewer receives the editor’s edit');
    await sleep(100);
    expect(readBoard(editor.doc).title).toBe('Original');
    expect(marks(editor.doc).has('from-viewer')).toBe(false);

    // Not stored either: a fresh reader and the REST API see the original.
    const fresh = await harness.syncedProvider(server, board.id);
    expect(readBoard(fresh.doc).title).toBe('Original');
    expect(marks(fresh.doc).has('from-viewer')).toBe(false);
    expect(((await getJson(server, `/api/boards/${board.id}`)) as { title: string }).title).toBe(
      'Original',
    );
  });

  it('drops raw update frames sent on a view socket, after a restart too', async () => {
    const dataDir = harness.tempDir();
    const server = await harness.server({ dataDir });
    const board = await createBoard(server, { title: 'Original' });
    const raw = await harness.raw(server, board.viewId);
    const forged = new Y.Doc();
    mark(forged, 'forged');
    raw.send(updateFrame(Y.encodeStateAsUpdate(forged)));
    await sleep(100);
    expect(raw.closeCode).toBeNull(); // a view client is not punished, only ignored
    await server.close();
    const again = await harness.server({ dataDir });
    const reader = await harness.syncedProvider(again, board.id);
    expect(readBoard(reader.doc).title).toBe('Original');
    expect(marks(reader.doc).has('forged')).toBe(false);
  });
});
