import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeUpdateMessage } from '../../server/sync/messages.ts';
import { MAX_NESTING_DEPTH } from '../../server/sync/nesting.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { paperExampleBoard } from '../helpers/boards.ts';
import { Harness, createBoard, getJson, mark, marks, sleep, waitFor } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

/**
 * An update embedding a JSON array `depth` levels deep in a text. Yjs would
 * overflow the stack writing it (`JSON.stringify`), so a placeholder string
 * of the same length is swapped for the brackets in the encoded bytes.
 */
function deepEmbedUpdate(depth: number): Uint8Array {
  const source = new Y.Doc();
  const placeholder = 'x'.repeat(2 * depth - 2);
  source.getText('attack').insertEmbed(0, { p: placeholder });
  const update = Y.encodeStateAsUpdate(source);
  const quoted = new TextEncoder().encode(`"${placeholder}"`);
  const at = Buffer.from(update).indexOf(Buffer.from(quoted));
  update.set(new TextEncoder().encode(`${'['.repeat(depth)}${']'.repeat(depth)}`), at);
  return update;
}

/** An update nesting `depth` maps in one another under the test map's `key`. */
function nestedTypesUpdate(depth: number, key: string): Uint8Array {
  const source = new Y.Doc();
  source.transact(() => {
    let parent = source.getMap('test');
    let parentKey = key;
    for (let i = 0; i < depth; i++) {
      const child = new Y.Map<unknown>();
      parent.set(parentKey, child);
      parent = child;
      parentKey = 'child';
    }
  });
  return Y.encodeStateAsUpdate(source);
}

function nestedArray(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('deeply nested updates', () => {
  it('closes a socket whose update embeds a value 20,000 levels deep with 4400; the room, joiners and the stored board are unharmed', async () => {
    const dataDir = harness.tempDir();
    const server = await harness.server({ dataDir });
    const file = paperExampleBoard();
    const board = await createBoard(server, file);
    const a = await harness.syncedProvider(server, board.id);

    // 40 kB; JSON.parse reads it, but encoding the board again (a joiner's
    // answer, compaction) would overflow the stack.
    const raw = await harness.raw(server, board.id);
    raw.send(encodeUpdateMessage(deepEmbedUpdate(20_000)));
    expect((await raw.closed).code).toBe(CLOSE_CODES.badMessage);

    const b = await harness.syncedProvider(server, board.id);
    mark(a.doc, 'after');
    await waitFor(() => marks(b.doc).has('after'), 'the room syncs on');
    expect(b.doc.getText('attack').length).toBe(0);
    expect(readBoard(b.doc)).toEqual(file);

    await server.close();
    const restarted = await harness.server({ dataDir });
    const joiner = await harness.syncedProvider(restarted, board.id);
    expect(marks(joiner.doc).has('after')).toBe(true);
    expect(joiner.doc.getText('attack').length).toBe(0);
    expect(await getJson(restarted, `/api/boards/${board.id}`)).toEqual(file);
  });

  it(`refuses a value nested more than ${MAX_NESTING_DEPTH} levels; as deep as allowed is kept`, async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const allowed = new Y.Doc();
    allowed.getMap('test').set('allowed', nestedArray(MAX_NESTING_DEPTH));
    const fine = await harness.raw(server, board.id);
    fine.send(encodeUpdateMessage(Y.encodeStateAsUpdate(allowed)));
    await waitFor(() => marks(a.doc).has('allowed'), 'the allowed value arrives');

    const deeper = new Y.Doc();
    deeper.getMap('test').set('deeper', nestedArray(MAX_NESTING_DEPTH + 1));
    const raw = await harness.raw(server, board.id);
    raw.send(encodeUpdateMessage(Y.encodeStateAsUpdate(deeper)));
    expect((await raw.closed).code).toBe(CLOSE_CODES.badMessage);
    await sleep(50);
    expect(fine.closeCode).toBeNull();
    expect(marks(a.doc).has('deeper')).toBe(false);
  });

  it('closes a socket whose update nests 3,000 maps with 4400; others can still overwrite that key', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const raw = await harness.raw(server, board.id);
    raw.send(encodeUpdateMessage(nestedTypesUpdate(3_000, 'deep')));
    expect((await raw.closed).code).toBe(CLOSE_CODES.badMessage);

    // Deleting a nested type recurses per level: had it been applied, this
    // overwrite would throw on the server and in every client.
    mark(a.doc, 'deep', 'plain');
    const joiner = await harness.syncedProvider(server, board.id);
    await waitFor(() => marks(joiner.doc).get('deep') === 'plain', 'the overwrite syncs');
    expect(a.wsconnected).toBe(true);
  });

  it('drops waiting updates that a later one would join into too deep a chain of types', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    // 40 maps, then 40 more inside the last: each fits, together they do not.
    const source = new Y.Doc();
    let innermost = source.getMap('test');
    const nest = (levels: number, key: string) =>
      source.transact(() => {
        for (let i = 0; i < levels; i++) {
          const child = new Y.Map<unknown>();
          innermost.set(i === 0 ? key : 'child', child);
          innermost = child;
        }
      });
    nest(40, 'chain');
    const first = Y.encodeStateAsUpdate(source);
    const before = Y.encodeStateVector(source);
    nest(40, 'child');
    const second = Y.encodeStateAsUpdate(source, before);

    const raw = await harness.raw(server, board.id);
    raw.send(encodeUpdateMessage(second)); // waits for the first
    raw.send(encodeUpdateMessage(first));
    await waitFor(() => marks(a.doc).has('chain'), 'the first part arrives');
    let depth = 0;
    for (let map = a.doc.getMap('test').get('chain'); map instanceof Y.Map; depth++) {
      map = map.get('child');
    }
    expect(depth).toBe(40);
    expect(raw.closeCode).toBeNull();
  });

  it('imports no deep value from a board file (the schema keeps known fields only)', async () => {
    const server = await harness.server();
    const file = paperExampleBoard();
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const body = JSON.stringify(file).replace(/^\{/, `{"extra":${deep},`);
    const response = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string };
    expect(await getJson(server, `/api/boards/${created.id}`)).toEqual(file);
    const joiner = await harness.syncedProvider(server, created.id);
    expect(readBoard(joiner.doc)).toEqual(file);
  });
});
