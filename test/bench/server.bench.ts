/**
 * Server benchmark: `npx tsx test/bench/server.bench.ts` (add `--expose-gc`
 * via `node --expose-gc --import tsx …` for the memory figures).
 *
 * (a) Compaction: a 2,000-note board takes 100,000 note moves through a real
 *     server (one writer, one observer); the stored size afterwards against
 *     the first snapshot (issue 3: "within a few times its snapshot size").
 * (b) Throughput: those moves end to end (writer → server, stored, → observer)
 *     and raw store appends.
 * (c) Latency: note-move propagation p50/p95/p99, rooms × clients, 5 moves/s each.
 * (d) Memory: boards opened and closed; heap per open board and after close.
 *
 * Prints a table and writes JSON to bench/results/server-<date>.json.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startServer, type RunningServer } from '../../server/app.ts';
import { DATABASE_FILE, openSqliteStore } from '../../server/store/sqlite.ts';
import { createBoardDoc, roots } from '../../shared/doc.ts';
import { placeOrder, readPlace, writePlace } from '../../shared/note-place.ts';
import { keyAfterAll } from '../../shared/order.ts';
import { WS_PATH, type CreatedBoard } from '../../shared/protocol.ts';
import type { Board, Note } from '../../shared/schema.ts';
import { createTemplateBoard } from '../../shared/template.ts';

const quick = process.argv.includes('--quick');
// Every y-websocket provider in Node listens for the process's exit (to close its socket),
// and this load generator runs dozens in one process: not a leak, so no warning about one.
process.setMaxListeners(0);
const MOVES = quick ? 10_000 : 100_000;
const NOTES = 2_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, timeoutMs = 120_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await sleep(2);
  }
}

function boardWithNotes(count: number): Board {
  const board = createTemplateBoard({ title: 'Benchmark', start: '2027-01-11' });
  const lanes = board.meetings.map((m) => m.id);
  const notes: Note[] = Array.from({ length: count }, (_, i) => ({
    id: `note${i}`,
    kind: 'idea',
    lane: lanes[i % lanes.length] ?? null,
    x: (i % 20) * 130,
    y: Math.floor(i / 20) * 130,
    text: `Idé nummer ${i}: noget om borgernes perspektiv`,
  }));
  return { ...board, notes };
}

function provider(server: RunningServer, id: string): WebsocketProvider {
  return new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}${WS_PATH}`, id, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
}

async function synced(p: WebsocketProvider): Promise<WebsocketProvider> {
  await waitFor(() => p.synced, 30_000);
  return p;
}

async function create(server: RunningServer, board: Board): Promise<CreatedBoard> {
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    body: JSON.stringify(board),
  });
  if (response.status !== 201) throw new Error(`create: ${response.status}`);
  return (await response.json()) as CreatedBoard;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      total += statSync(join(dir, DATABASE_FILE + suffix)).size;
    } catch {
      // absent
    }
  }
  return total;
}

/** What `moveNotes` writes (one `place` value), without its O(notes) search for the top order key. */
function moveNote(doc: Y.Doc, id: string, x: number, y: number, order: string): void {
  const note = roots(doc).notes.get(id);
  if (!note) return;
  doc.transact(() => {
    writePlace(note, { lane: readPlace(note).lane, x, y, order });
  }, 'bench');
}

async function compactionAndThroughput() {
  const dataDir = mkdtempSync(join(tmpdir(), 'nvt-bench-'));
  // One writer replays 100,000 gestures back to back: far above a person's rate limit.
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    logLevel: 'warn',
    maxMessagesPerSecond: 1_000_000,
  });
  const file = boardWithNotes(NOTES);
  const snapshotBytes = Y.encodeStateAsUpdate(createBoardDoc(file)).length;
  const board = await create(server, file);
  const writer = await synced(provider(server, board.id));
  const observer = await synced(provider(server, board.id));
  let received = 0;
  observer.doc.on('update', () => received++);

  let order = keyAfterAll([...roots(writer.doc).notes.values()].map((n) => placeOrder(n)));
  const started = performance.now();
  const BATCH = 500;
  for (let i = 0; i < MOVES; i++) {
    order = keyAfterAll([order]);
    moveNote(writer.doc, `note${i % NOTES}`, (i * 7) % 3000, (i * 13) % 2000, order);
    // Keep at most a few batches in flight, like real clients do.
    if (i % BATCH === BATCH - 1) await waitFor(() => received >= i + 1 - 2 * BATCH);
  }
  await waitFor(() => received >= MOVES);
  const seconds = (performance.now() - started) / 1000;
  writer.destroy();
  observer.destroy();
  const storeBefore = await listBytes(server, dataDir);
  await server.close(); // graceful: compacts the log into a snapshot
  const store = openSqliteStore(dataDir);
  const [summary] = await store.list();
  await store.close();
  const result = {
    notes: NOTES,
    moves: MOVES,
    firstSnapshotBytes: snapshotBytes,
    storedBytesWhileLive: storeBefore,
    storedBytesAfterCompaction: summary?.bytes ?? 0,
    ratioToFirstSnapshot: (summary?.bytes ?? 0) / snapshotBytes,
    databaseFileBytes: dirBytes(dataDir),
    movesPerSecondEndToEnd: Math.round(MOVES / seconds),
  };
  rmSync(dataDir, { recursive: true, force: true });
  return result;
}

async function listBytes(_server: RunningServer, dataDir: string): Promise<number> {
  const store = openSqliteStore(dataDir);
  const [summary] = await store.list();
  await store.close();
  return summary?.bytes ?? 0;
}

async function rawAppends() {
  const dataDir = mkdtempSync(join(tmpdir(), 'nvt-bench-'));
  const store = openSqliteStore(dataDir);
  await store.create({ id: 'b', viewId: 'v' }, new Uint8Array([0, 0]));
  const update = new Uint8Array(60).fill(7);
  const count = quick ? 5_000 : 50_000;
  const started = performance.now();
  for (let i = 0; i < count; i++) await store.append('b', update);
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { appends: count, appendsPerSecond: Math.round(count / seconds) };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function latency(rooms: number, clients: number, seconds: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'nvt-bench-'));
  const server = await startServer({ host: '127.0.0.1', port: 0, dataDir, logLevel: 'warn' });
  const samples: number[] = [];
  const all: WebsocketProvider[] = [];
  const timers: ReturnType<typeof setInterval>[] = [];
  for (let r = 0; r < rooms; r++) {
    const board = await create(server, boardWithNotes(200));
    const members = await Promise.all(
      Array.from({ length: clients }, () => synced(provider(server, board.id))),
    );
    all.push(...members);
    // Each move carries its send time; every other member records the delay on arrival.
    for (const member of members) {
      member.doc.getMap('probe').observe((event) => {
        if (event.transaction.local) return;
        for (const key of event.keysChanged) {
          const sent = member.doc.getMap('probe').get(key);
          if (typeof sent === 'number') samples.push(performance.now() - sent);
        }
      });
    }
    members.forEach((member, i) => {
      let n = 0;
      const timer = setInterval(() => {
        member.doc.transact(() => {
          const note = roots(member.doc).notes.get(`note${(i * 7 + n) % 200}`);
          if (note) writePlace(note, { ...readPlace(note), x: n });
          member.doc.getMap('probe').set(`c${member.doc.clientID}`, performance.now());
        });
        n++;
      }, 200);
      timers.push(timer);
    });
  }
  await sleep(seconds * 1000);
  for (const timer of timers) clearInterval(timer);
  await sleep(200);
  for (const member of all) member.destroy();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  samples.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    rooms,
    clients,
    seconds,
    samples: samples.length,
    p50ms: round(percentile(samples, 50)),
    p95ms: round(percentile(samples, 95)),
    p99ms: round(percentile(samples, 99)),
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
function heapMiB(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function rawSyncedSocket(server: RunningServer, id: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}${WS_PATH}/${id}`);
    socket.on('error', reject);
    socket.on('open', () => socket.send(Uint8Array.of(0, 0, 1, 0))); // sync step 1, empty vector
    socket.on('message', (data: Buffer) => {
      if (data[0] === 0 && data[1] === 1) resolve(socket); // sync step 2: the whole board
    });
  });
}

async function memory(boards: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'nvt-bench-'));
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    logLevel: 'warn',
    roomIdleMs: 0,
  });
  const created: CreatedBoard[] = [];
  const file = boardWithNotes(200);
  for (let i = 0; i < boards; i++) created.push(await create(server, file));
  await sleep(100);
  // Warm-up round: first use of ws, Yjs and SQLite code paths is not a per-board cost.
  for (const board of created.slice(0, 50)) (await rawSyncedSocket(server, board.id)).close();
  await waitFor(() => server.stats().rooms === 0, 60_000);
  const baseline = heapMiB();
  // Minimal raw clients (sync step 1 → wait for step 2), so only the server's memory is measured.
  const sockets: WebSocket[] = [];
  for (const board of created) sockets.push(await rawSyncedSocket(server, board.id));
  const withRooms = heapMiB();
  for (const socket of sockets) socket.close();
  await waitFor(() => server.stats().rooms === 0, 60_000);
  await sleep(300);
  const after = heapMiB();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  return {
    boards,
    notesPerBoard: 200,
    gcExposed: gc !== undefined,
    baselineHeapMiB: Math.round(baseline * 10) / 10,
    heapWithRoomsMiB: Math.round(withRooms * 10) / 10,
    perOpenBoardKiB: Math.round(((withRooms - baseline) * 1024) / boards),
    heapAfterCloseMiB: Math.round(after * 10) / 10,
    afterCloseVsBaselinePercent: Math.round(((after - baseline) / baseline) * 1000) / 10,
  };
}

async function main() {
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    quick,
    memory: await memory(quick ? 100 : 500),
    compaction: await compactionAndThroughput(),
    storeAppends: await rawAppends(),
    latency: [await latency(1, 10, quick ? 3 : 10), await latency(20, 10, quick ? 3 : 10)],
  };
  const c = results.compaction;
  const rows: [string, string][] = [
    ['first snapshot (2,000 notes)', `${(c.firstSnapshotBytes / 1024).toFixed(0)} KiB`],
    [
      `stored after ${c.moves} moves, compacted`,
      `${(c.storedBytesAfterCompaction / 1024).toFixed(0)} KiB`,
    ],
    ['ratio to first snapshot', `${c.ratioToFirstSnapshot.toFixed(2)}×`],
    ['stored while live (snapshot + log)', `${(c.storedBytesWhileLive / 1024).toFixed(0)} KiB`],
    ['database files on disk', `${(c.databaseFileBytes / 1024).toFixed(0)} KiB`],
    ['moves/s end to end (stored + relayed)', `${c.movesPerSecondEndToEnd}`],
    ['store appends/s (SQLite WAL)', `${results.storeAppends.appendsPerSecond}`],
    ...results.latency.map((l): [string, string] => [
      `move latency ${l.rooms}×${l.clients} p50/p95/p99`,
      `${l.p50ms} / ${l.p95ms} / ${l.p99ms} ms (${l.samples} samples)`,
    ]),
    [
      `heap per open board (${results.memory.boards} boards)`,
      `${results.memory.perOpenBoardKiB} KiB`,
    ],
    [
      'heap after all closed vs baseline',
      `${results.memory.afterCloseVsBaselinePercent} %${results.memory.gcExposed ? '' : ' (no --expose-gc)'}`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) console.log(`${key.padEnd(width)}  ${value}`);
  const dir = join(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `server-${results.date.slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${file}`);
  process.exit(0);
}

void main();
