import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { readBoard } from '../../shared/doc-read.ts';
import { addNote, updateBoard } from '../../shared/ops/index.ts';
import * as Y from 'yjs';
import type { RunningServer } from '../../server/app.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import type { BoardStore } from '../../server/store/types.ts';
import { Harness, createBoard, getJson, mark, marks, sleep, waitFor } from './helpers.ts';

const harness = new Harness();
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await harness.cleanup();
});

/** `node --import tsx server/index.ts` on port 0; resolves with its URL from the startup log line. */
async function spawnServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
  child.stdout!.resume();
  return { child, url };
}

const asServer = (url: string): RunningServer => ({
  url,
  port: Number(new URL(url).port),
  stats: () => ({ rooms: 0, connections: 0, store: 'ok' }),
  close: async () => {},
});

describe('durability', () => {
  it('keeps a created and edited board across a graceful restart', async () => {
    const dataDir = harness.tempDir();
    const first = await harness.server({ dataDir });
    const board = await createBoard(first, { title: 'Før' });
    const client = await harness.syncedProvider(first, board.id);
    updateBoard(client.doc, { title: 'Efter' });
    addNote(client.doc, { kind: 'idea', lane: null, x: 1, y: 2, text: 'Husk kaffe' });
    for (let i = 0; i < 200; i++) mark(client.doc, `k${i}`, i);
    const observer = await harness.syncedProvider(first, board.id);
    await waitFor(() => marks(observer.doc).size === 200, 'the server has every edit');
    const before = readBoard(client.doc);
    expect(before.title).toBe('Efter');
    await first.close(); // graceful: flush, going-away
    observer.destroy();
    client.destroy();

    const second = await harness.server({ dataDir });
    expect(await getJson(second, `/api/boards/${board.id}`)).toEqual(before);
    const reader = await harness.syncedProvider(second, board.id);
    expect(marks(reader.doc).size).toBe(200);
  });

  it('keeps updates that arrive while a slow store engine compacts (one not synchronous like SQLite)', async () => {
    const dataDir = harness.tempDir();
    const sqlite = openSqliteStore(dataDir);
    // The same engine, with 200 ms of I/O before each compaction (a database across a network).
    const slow: BoardStore = {
      ...sqlite,
      compact: async (id, state) => {
        await sleep(200);
        return sqlite.compact(id, state);
      },
    };
    const server = await harness.server({ dataDir, store: slow, compactAfterUpdates: 4 });
    const board = await createBoard(server);
    const client = await harness.syncedProvider(server, board.id);
    // The compaction starts after the third or fourth update; the rest arrive during it.
    for (let i = 0; i < 6; i++) {
      mark(client.doc, `k${i}`, i);
      await sleep(30);
    }
    const observer = await harness.syncedProvider(server, board.id);
    await waitFor(() => marks(observer.doc).size === 6, 'the server has every edit');
    await server.close(); // closes the store it was given, too
    const reopened = openSqliteStore(dataDir);
    const stored = await reopened.load(board.id);
    await reopened.close();
    if (stored === null) throw new Error('board not stored');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.mergeUpdates([stored.snapshot, ...stored.updates]));
    expect(marks(doc).size).toBe(6);
  });

  it('closes sockets with 1001 going-away on shutdown, so providers reconnect', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const raw = await harness.raw(server, board.id);
    await server.close();
    expect((await raw.closed).code).toBe(1001);
  });

  it('loses nothing a client had received when the server is killed with SIGKILL mid-burst', async () => {
    const dataDir = harness.tempDir();
    const { child, url } = await spawnServer(dataDir);
    const live = asServer(url);
    const board = await createBoard(live);
    const writers = await Promise.all([0, 1, 2].map(() => harness.syncedProvider(live, board.id)));
    const observer = await harness.syncedProvider(live, board.id);

    let n = 0;
    const burst = setInterval(() => {
      writers.forEach((writer, i) => mark(writer.doc, `w${i}-${n}`, n));
      n++;
    }, 1);
    await waitFor(() => marks(observer.doc).size > 300, 'burst under way');
    await sleep(Math.random() * 50);
    child.kill('SIGKILL');
    const seen = [...marks(observer.doc).keys()];
    clearInterval(burst);
    for (const provider of [...writers, observer]) provider.destroy();
    await new Promise((resolve) => child.once('exit', resolve));

    const restarted = await harness.server({ dataDir });
    const reader = await harness.syncedProvider(restarted, board.id);
    const stored = marks(reader.doc);
    const missing = seen.filter((key) => !stored.has(key));
    expect(seen.length).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  }, 20_000);

  it('shuts down on SIGTERM with exit code 0 and keeps every edit', async () => {
    const dataDir = harness.tempDir();
    const { child, url } = await spawnServer(dataDir);
    const live = asServer(url);
    const board = await createBoard(live);
    const client = await harness.syncedProvider(live, board.id);
    for (let i = 0; i < 100; i++) mark(client.doc, `t${i}`);
    const observer = await harness.syncedProvider(live, board.id);
    await waitFor(() => marks(observer.doc).size === 100, 'observer has all');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    client.destroy();
    observer.destroy();
    const restarted = await harness.server({ dataDir });
    const reader = await harness.syncedProvider(restarted, board.id);
    expect(marks(reader.doc).size).toBe(100);
  }, 20_000);
});
