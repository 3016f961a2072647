import type { WebSocket } from 'ws';
import { boardWithNotes, closed, createBoard, pool, rawSyncedSocket } from './clients.ts';
import { startServerChild, type ServerChild } from './server-child.ts';
import type { ServerMemory } from './server-process.ts';

/**
 * Part (c): `boards` boards of `notes` notes opened (one client each, the
 * whole board sent) and closed again, measured in the server process after
 * two forced GCs. `roomIdleMs: 0` unloads a board as soon as its last client
 * leaves instead of after the 30 s grace; nothing else differs.
 */

export interface MemoryResult {
  readonly boards: number;
  readonly notesPerBoard: number;
  readonly baseline: MemoryMiB;
  readonly open: MemoryMiB;
  readonly afterClose: MemoryMiB;
  /** Heap + external (Yjs documents, socket buffers) per open board. */
  readonly perOpenBoardKiB: number;
  readonly perOpenBoardHeapKiB: number;
  /** (heap + external after close − baseline) / baseline, in %: the target is ≤ 10. */
  readonly afterCloseVsBaselinePercent: number;
  readonly rssAfterCloseVsBaselinePercent: number;
}

export interface MemoryMiB {
  readonly heapUsed: number;
  readonly external: number;
  readonly rss: number;
}

const MiB = 1024 * 1024;
const mib = (m: ServerMemory): MemoryMiB => ({
  heapUsed: Math.round((m.heapUsed / MiB) * 10) / 10,
  external: Math.round((m.external / MiB) * 10) / 10,
  rss: Math.round((m.rss / MiB) * 10) / 10,
});
const js = (m: ServerMemory) => m.heapUsed + m.external;

async function allUnloaded(server: ServerChild): Promise<void> {
  let rooms = -1;
  const poll = async () => {
    rooms = (await server.stats()).rooms;
  };
  await poll();
  while (rooms !== 0) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    await poll();
  }
}

export async function memory(boards: number, notes: number): Promise<MemoryResult> {
  const server = await startServerChild({ roomIdleMs: 0 });
  const file = boardWithNotes(notes);
  const ids = await pool(Array.from({ length: boards }), 4, async () => {
    const created = await createBoard(server.url, file);
    return created.id;
  });
  const openAll = (list: readonly string[]) =>
    pool(list, 8, (id): Promise<WebSocket> => rawSyncedSocket(server.url, id));
  // Warm-up: the first use of ws, Yjs and SQLite code paths is not a per-board cost.
  for (const socket of await openAll(ids.slice(0, 50))) await closed(socket);
  await allUnloaded(server);
  const baseline = await server.memory();

  const sockets = await openAll(ids);
  const stats = await server.stats();
  if (stats.rooms !== boards)
    throw new Error(`expected ${boards} rooms, server has ${stats.rooms}`);
  // Steady state: past the 1 s a room keeps its whole-board sync answer for further joiners.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const open = await server.memory();

  await Promise.all(sockets.map((socket) => closed(socket)));
  await allUnloaded(server);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = await server.memory();
  await server.close();

  return {
    boards,
    notesPerBoard: notes,
    baseline: mib(baseline),
    open: mib(open),
    afterClose: mib(after),
    perOpenBoardKiB: Math.round((js(open) - js(baseline)) / 1024 / boards),
    perOpenBoardHeapKiB: Math.round((open.heapUsed - baseline.heapUsed) / 1024 / boards),
    afterCloseVsBaselinePercent:
      Math.round(((js(after) - js(baseline)) / js(baseline)) * 1000) / 10,
    rssAfterCloseVsBaselinePercent:
      Math.round(((after.rss - baseline.rss) / baseline.rss) * 1000) / 10,
  };
}
