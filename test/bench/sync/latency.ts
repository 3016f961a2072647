import type { Worker } from 'node:worker_threads';
import type { ClientKind } from './bench-client.ts';
import { boardWithNotes, createBoard, percentile, round2, sleep } from './clients.ts';
import { createLatencyTables, setMeasuring } from './latency-tables.ts';
import type { LatencyWorkerData, LatencyWorkerMessage } from './latency-worker.ts';
import { startServerChild, type ChildOptions } from './server-child.ts';
import type { ServerLoad } from './server-process.ts';
import { nextMessage, startTsWorker } from './workers.ts';

/**
 * Part (a): note-move propagation latency (see latency-worker.ts for how a
 * sample is taken). Every client is a real protocol client that moves notes
 * and applies everyone else's moves. They run in worker threads of this
 * process, which shares the machine's cores with the server process:
 *
 * - one **observer** client per room (member 0) in a thread of its own. Its
 *   samples are the result: like a participant's device, that thread runs
 *   little besides its clients, so a sample is the time to reach a client,
 *   not a wait behind a hundred other simulated clients' decoding;
 * - the other clients spread round-robin over `threads` load threads (a
 *   room's members in different threads). Their samples are reported too
 *   (`loadClients`): that is the time to reach a client whose thread is
 *   busy with about a hundred others. They are y-websocket providers
 *   (`client: 'provider'`) or lean protocol clients (`'lean'`,
 *   lean-client.ts), which spend less of the shared cores per client.
 *
 * The load threads run at nice `generatorNice` (19 by default, the lowest
 * priority; 0 = as the rest): in reality the other members' clients run on
 * devices of their own, so here they take the cores only when the server
 * process and the observer thread leave them. The server and the observer
 * always keep the normal priority. Every client still moves at the set rate
 * (`moves` says how many it made) and its samples are reported.
 */

export interface LatencyResult {
  /** The load threads' clients; the observers are y-websocket providers either way. */
  readonly client: ClientKind;
  readonly rooms: number;
  readonly clients: number;
  readonly movesPerSecondPerClient: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly generatorThreads: number;
  /**
   * The nice value asked for the load threads, and as the kernel reported it
   * for each thread: the observer's first, then the load threads'.
   */
  readonly generatorNice: { readonly requested: number; readonly threads: number[] };
  readonly moves: number;
  readonly samples: number;
  /** Observer samples over the other members' moves: 1 = every move reached the observer. */
  readonly delivered: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** The same, seen by the clients in the load threads. */
  readonly loadClients: {
    readonly samples: number;
    readonly p50Ms: number;
    readonly p95Ms: number;
    readonly p99Ms: number;
    readonly maxMs: number;
    /**
     * Their own share of the samples: from a move's start until its frame
     * was written to the socket, in the sender's thread (a wait for a core
     * in that task counts here, and in every sample of that move).
     */
    readonly send: { readonly p50Ms: number; readonly p99Ms: number; readonly maxMs: number };
  };
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
const DEFAULT_THREADS = 2;

export async function latency(
  rooms: number,
  clients: number,
  options: {
    readonly seconds: number;
    readonly warmupSeconds: number;
    readonly movesPerSecond?: number;
    /** The load threads' clients (default 'provider'). */
    readonly client?: ClientKind;
    /** Load threads (the observer thread comes on top). */
    readonly threads?: number;
    /** Nice value of the load threads (default 19; 0 = unchanged). Never the observer's. */
    readonly generatorNice?: number;
    readonly cpuProfileDir?: string;
    /** Server settings other than the defaults (for experiments). */
    readonly server?: ChildOptions;
  },
): Promise<LatencyResult> {
  if (clients < 2) throw new Error('a room needs an observer and someone who moves');
  const movesPerSecond = options.movesPerSecond ?? 5;
  const kind = options.client ?? 'provider';
  const generatorNice = options.generatorNice ?? 19;
  const threads = Math.max(1, Math.min(rooms * (clients - 1), options.threads ?? DEFAULT_THREADS));
  const server = await startServerChild(options.server ?? {}, options.cpuProfileDir);
  // Every move of the run fits, with room to spare for timer drift.
  const capacity = Math.ceil(
    clients * movesPerSecond * (options.warmupSeconds + options.seconds + 10) * 1.5,
  );
  const tables = createLatencyTables(rooms, capacity);
  type Assigned = LatencyWorkerData['clients'][number];
  const observers: Assigned[] = [];
  const load: Assigned[][] = Array.from({ length: threads }, () => []);
  let next = 0;
  for (let room = 0; room < rooms; room++) {
    const { id: boardId } = await createBoard(server.url, boardWithNotes(NOTES));
    observers.push({ room, boardId, member: 0 });
    for (let member = 1; member < clients; member++) {
      load[next++ % threads]?.push({ room, boardId, member });
    }
  }

  const workers = [observers, ...load].map((list, i) => {
    const data: LatencyWorkerData = {
      url: server.url,
      clients: list,
      // The observer samples like a participant's browser: always a real provider.
      kind: i === 0 ? 'provider' : kind,
      clientsPerRoom: clients,
      notes: NOTES,
      movesPerSecond,
      tables,
      nice: i === 0 ? 0 : generatorNice,
    };
    return startTsWorker(WORKER, data);
  });
  const nextOf = (worker: Worker, type: LatencyWorkerMessage['type']) =>
    nextMessage<LatencyWorkerMessage>(worker, type);
  const ready = await Promise.all(workers.map((worker) => nextOf(worker, 'ready')));
  const threadNice = ready.map((m) => (m.type === 'ready' ? m.nice : Number.NaN));
  for (const worker of workers) worker.postMessage({ type: 'start' });

  await sleep(options.warmupSeconds * 1000);
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  await server.resetLoad();
  setMeasuring(tables, true);
  for (const worker of workers) worker.postMessage({ type: 'measure' });
  await sleep(options.seconds * 1000);
  setMeasuring(tables, false);
  const finished = workers.map((worker) => nextOf(worker, 'done'));
  for (const worker of workers) worker.postMessage({ type: 'stop' });
  const serverLoad = await server.load();
  const cpu = process.cpuUsage(cpuStart);
  const wall = performance.now() - wallStart;
  const results = (await Promise.all(finished)).filter((m) => m.type === 'done');
  await Promise.all(workers.map((worker) => worker.terminate()));
  await server.close();

  const sorted = (list: readonly LatencyDone[]) =>
    list.flatMap((r) => [...r.samples]).sort((x, y) => x - y);
  const [observerResult, ...loadResults] = results;
  const samples = sorted(observerResult === undefined ? [] : [observerResult]);
  const loadSamples = sorted(loadResults);
  const loadSends = loadResults.flatMap((r) => [...r.sends]).sort((x, y) => x - y);
  const moves = results.reduce((sum, r) => sum + r.moves, 0);
  // Every move but the observer's own reaches the observer of its room.
  const movesByOthers = moves - (observerResult?.moves ?? 0);
  return {
    client: kind,
    rooms,
    clients,
    movesPerSecondPerClient: movesPerSecond,
    seconds: options.seconds,
    warmupSeconds: options.warmupSeconds,
    generatorThreads: workers.length,
    generatorNice: { requested: generatorNice, threads: threadNice },
    moves,
    samples: samples.length,
    delivered: round2(samples.length / Math.max(1, movesByOthers)),
    ...summary(samples),
    loadClients: {
      samples: loadSamples.length,
      ...summary(loadSamples),
      send: {
        p50Ms: round2(percentile(loadSends, 50)),
        p99Ms: round2(percentile(loadSends, 99)),
        maxMs: round2(loadSends.at(-1) ?? Number.NaN),
      },
    },
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

type LatencyDone = Extract<LatencyWorkerMessage, { type: 'done' }>;

const summary = (sorted: readonly number[]) => ({
  p50Ms: round2(percentile(sorted, 50)),
  p95Ms: round2(percentile(sorted, 95)),
  p99Ms: round2(percentile(sorted, 99)),
  maxMs: round2(sorted.at(-1) ?? Number.NaN),
});
