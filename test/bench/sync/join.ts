import type { WebSocket } from 'ws';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  boardWithNotes,
  closed,
  connect,
  createBoard,
  percentile,
  rawSyncedSocket,
  round2,
  synced,
} from './clients.ts';
import type { ClientKind } from './bench-client.ts';
import type { JoinWorkerData, JoinWorkerMessage } from './join-worker.ts';
import { startServerChild } from './server-child.ts';
import type { ServerLoad } from './server-process.ts';
import { monotonicNs } from './timed-socket.ts';
import { nextMessage, startTsWorker } from './workers.ts';

const WORKER = new URL('./join-worker.ts', import.meta.url);

/**
 * Part (b): `joiners` clients open one board of `notes` notes at the same
 * moment, the board not yet in the server's memory (the first join loads it).
 * Synced = the server's sync step 2 applied to the client's document
 * (y-websocket's 'sync' event, or `LeanClient.onSynced`), with every note
 * present in that document. The server is warmed up on
 * another board first; the measured board is loaded by the first joiner.
 */

export interface JoinResult {
  readonly joiners: number;
  readonly notes: number;
  /**
   * 'provider': y-websocket clients applying the board here; 'lean': lean
   * protocol clients applying it (lean-client.ts); 'raw': step 2 received, not decoded.
   */
  readonly client: ClientKind | 'raw';
  readonly generatorThreads: number;
  readonly allSyncedMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly boardBytes: number;
  readonly server: ServerLoad;
}

export async function join(
  joiners: number,
  notes: number,
  client: ClientKind | 'raw',
): Promise<JoinResult> {
  const server = await startServerChild();
  const file = boardWithNotes(notes);
  const board = await createBoard(server.url, file);
  // Warm the server's code paths on another board, so the figure is a join, not a JIT warm-up;
  // the measured board itself is still cold (loaded from the store by the first joiner).
  const warm = await synced(
    connect(server.url, (await createBoard(server.url, boardWithNotes(200))).id),
  );
  warm.destroy();
  const times: number[] = [];
  await server.resetLoad();
  let boardBytes = 0;
  // Decoding joiners spread over one thread per core: each real client decodes on its own CPU.
  const threads = client === 'raw' ? 1 : Math.min(joiners, cpus().length);
  if (client !== 'raw') {
    const workers = Array.from({ length: threads }, (_, t) => {
      const data: JoinWorkerData = {
        url: server.url,
        boardId: board.id,
        joiners: Math.floor(joiners / threads) + (t < joiners % threads ? 1 : 0),
        notes,
        kind: client,
      };
      return startTsWorker(WORKER, data);
    });
    await Promise.all(workers.map((w) => nextMessage<JoinWorkerMessage>(w, 'ready')));
    const finished = workers.map((w) => nextMessage<JoinWorkerMessage>(w, 'done'));
    const startedAt = Number(monotonicNs()) / 1e6;
    for (const worker of workers) worker.postMessage({ type: 'go' });
    for (const done of await Promise.all(finished)) {
      if (done.type !== 'done') continue;
      if (done.incomplete > 0)
        throw new Error(`${done.incomplete} joiners synced without every note`);
      times.push(...done.syncedAt.map((at) => at - startedAt));
    }
    await Promise.all(workers.map((worker) => worker.terminate()));
  } else {
    const startedAt = performance.timeOrigin + performance.now();
    const sockets = await Promise.all(
      Array.from({ length: joiners }, async () => {
        const socket = await rawSyncedSocket(server.url, board.id, (bytes) => {
          boardBytes = bytes;
        });
        times.push(performance.timeOrigin + performance.now() - startedAt);
        return socket;
      }),
    );
    await Promise.all(sockets.map((socket: WebSocket) => closed(socket)));
  }
  const load = await server.load();
  await server.close();
  times.sort((a, b) => a - b);
  return {
    joiners,
    notes,
    client,
    generatorThreads: threads,
    allSyncedMs: Math.round(times.at(-1) ?? Number.NaN),
    p50Ms: Math.round(percentile(times, 50)),
    p95Ms: Math.round(percentile(times, 95)),
    boardBytes,
    server: {
      eventLoopDelayP50Ms: round2(load.eventLoopDelayP50Ms),
      eventLoopDelayP99Ms: round2(load.eventLoopDelayP99Ms),
      eventLoopDelayMaxMs: round2(load.eventLoopDelayMaxMs),
      cpuShare: round2(load.cpuShare),
    },
  };
}
