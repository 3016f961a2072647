import { cpus } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { boardWithNotes, createBoard, percentile, round2, sleep } from './clients.ts';
import type { LatencyWorkerData, LatencyWorkerMessage } from './latency-worker.ts';
import { startServerChild, type ChildOptions } from './server-child.ts';
import type { ServerLoad } from './server-process.ts';
import { nextMessage, startTsWorker } from './workers.ts';

/**
 * Part (a): note-move propagation latency (see latency-worker.ts for how a
 * sample is taken). The rooms are spread over up to one generator thread per
 * core, whole rooms per thread: real clients each have their own CPU, and one
 * thread decoding 200 clients' traffic measures its own queue, not the server.
 * The generator still shares the machine's cores with the server process.
 */

export interface LatencyResult {
  readonly rooms: number;
  readonly clients: number;
  readonly movesPerSecondPerClient: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly generatorThreads: number;
  readonly moves: number;
  readonly samples: number;
  /** Samples over moves × (clients − 1): 1 = every move reached every other client. */
  readonly delivered: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly server: ServerLoad;
  readonly generator: {
    readonly eventLoopDelayP99Ms: number;
    /** CPU time of the whole generator process over wall time (1 = one core). */
    readonly cpuShare: number;
    readonly threadUtilization: number[];
  };
}

const NOTES = 200;
const WORKER = new URL('./latency-worker.ts', import.meta.url);

export async function latency(
  rooms: number,
  clients: number,
  options: {
    readonly seconds: number;
    readonly warmupSeconds: number;
    readonly movesPerSecond?: number;
    readonly threads?: number;
    readonly cpuProfileDir?: string;
    /** Server settings other than the defaults (for experiments). */
    readonly server?: ChildOptions;
  },
): Promise<LatencyResult> {
  const movesPerSecond = options.movesPerSecond ?? 5;
  const threads = Math.max(1, Math.min(rooms, options.threads ?? cpus().length));
  const server = await startServerChild(options.server ?? {}, options.cpuProfileDir);
  const boardIds: string[][] = Array.from({ length: threads }, () => []);
  for (let r = 0; r < rooms; r++) {
    boardIds[r % threads]?.push((await createBoard(server.url, boardWithNotes(NOTES))).id);
  }

  const workers = boardIds.map((ids) => {
    const data: LatencyWorkerData = {
      url: server.url,
      boardIds: ids,
      clients,
      notes: NOTES,
      movesPerSecond,
    };
    return startTsWorker(WORKER, data);
  });
  const next = (worker: Worker, type: LatencyWorkerMessage['type']) =>
    nextMessage<LatencyWorkerMessage>(worker, type);
  await Promise.all(workers.map((worker) => next(worker, 'ready')));

  await sleep(options.warmupSeconds * 1000);
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  await server.resetLoad();
  for (const worker of workers) worker.postMessage({ type: 'measure' });
  await sleep(options.seconds * 1000);
  const finished = workers.map((worker) => next(worker, 'done'));
  for (const worker of workers) worker.postMessage({ type: 'stop' });
  const serverLoad = await server.load();
  const cpu = process.cpuUsage(cpuStart);
  const wall = performance.now() - wallStart;
  const results = (await Promise.all(finished)).filter((m) => m.type === 'done');
  await Promise.all(workers.map((worker) => worker.terminate()));
  await server.close();

  const samples = results.flatMap((r) => [...r.samples]).sort((a, b) => a - b);
  const moves = results.reduce((sum, r) => sum + r.moves, 0);
  return {
    rooms,
    clients,
    movesPerSecondPerClient: movesPerSecond,
    seconds: options.seconds,
    warmupSeconds: options.warmupSeconds,
    generatorThreads: threads,
    moves,
    samples: samples.length,
    delivered: round2(samples.length / Math.max(1, moves * (clients - 1))),
    p50Ms: round2(percentile(samples, 50)),
    p95Ms: round2(percentile(samples, 95)),
    p99Ms: round2(percentile(samples, 99)),
    maxMs: round2(samples.at(-1) ?? Number.NaN),
    server: {
      eventLoopDelayP50Ms: round2(serverLoad.eventLoopDelayP50Ms),
      eventLoopDelayP99Ms: round2(serverLoad.eventLoopDelayP99Ms),
      eventLoopDelayMaxMs: round2(serverLoad.eventLoopDelayMaxMs),
      cpuShare: round2(serverLoad.cpuShare),
    },
    generator: {
      eventLoopDelayP99Ms: round2(Math.max(...results.map((r) => r.eventLoopDelayP99Ms))),
      cpuShare: round2((cpu.user + cpu.system) / 1000 / wall),
      threadUtilization: results.map((r) => round2(r.utilization)),
    },
  };
}
