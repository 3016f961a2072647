/**
 * Sync benchmark (issue 3): `npm run bench:sync`
 * = `node --expose-gc --import tsx test/bench/sync.bench.ts [--quick] [--only=a,b,c]
 *   [--clients=provider,lean] [--shapes=20x10,…] [--generator-nice=19] [--profile]`.
 *
 * The production server (server/app.ts, default settings) runs in its own
 * child process (test/bench/sync/server-process.ts); this process is the load
 * generator, with real protocol clients on 127.0.0.1 in worker threads,
 * sharing the machine's cores. Parts (a) and (b) run once with y-websocket
 * providers and once with lean protocol clients (sync/lean-client.ts), both
 * by default; `--clients=` picks one.
 *
 * (a) Note-move propagation latency p50/p95/p99 at 1×10, 20×10 and 50×5
 *     rooms × clients, 5 moves/s per client, 20 s each (after 2 s warm-up):
 *     from the start of a move to its frame's arrival at another client's
 *     socket, sampled by one observer client per room in a thread of its own
 *     (the clients of the load threads are reported too; sync/latency.ts).
 *     The load threads run at the lowest CPU priority, nice 19
 *     (`--generator-nice=0` = as the rest; the server process and the observer
 *     thread never change): their clients stand for other people's devices.
 *     `--shapes=20x10` runs only that shape.
 * (b) 200 clients joining one board of 2,000 notes: time until all are synced
 *     (y-websocket or lean clients; and raw sockets that skip decoding, the server's share).
 * (c) 1,000 boards of 200 notes opened and closed: server memory per open
 *     board, and after all close against the baseline.
 *
 * `--profile` writes a CPU profile of the server during the 20×10 run to
 * .tmp/sync-bench-profile/. Prints a table; writes bench/results/sync-<date>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machine } from './report.ts';
import type { ClientKind } from './sync/bench-client.ts';
import { join as joinBoard, type JoinResult } from './sync/join.ts';
import { latency, type LatencyResult } from './sync/latency.ts';
import { memory, type MemoryResult } from './sync/memory.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const profile = args.includes('--profile');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (part: string) => only === undefined || only.includes(part);
const CLIENT_KINDS: readonly ClientKind[] = ['provider', 'lean'];
const kinds = (args
  .find((a) => a.startsWith('--clients='))
  ?.slice('--clients='.length)
  .split(',') ?? CLIENT_KINDS) as ClientKind[];
if (kinds.some((k) => !CLIENT_KINDS.includes(k))) throw new Error(`--clients: ${kinds.join(',')}`);
const option = (name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(`--${name}=`.length);
const generatorNice = Number(option('generator-nice') ?? 19);
if (!Number.isInteger(generatorNice) || generatorNice < 0 || generatorNice > 19)
  throw new Error(`--generator-nice: 0 to 19, not ${option('generator-nice')}`);
const clientName = (kind: ClientKind) => (kind === 'provider' ? 'y-websocket' : 'lean');

const TARGETS = { p99Ms20x10: 10, allSyncedMs: 3_000, afterClosePercent: 10 };
const SECONDS = quick ? 5 : 20;
const WARMUP_SECONDS = 2;
const ALL_SHAPES: [number, number][] = [
  [1, 10],
  [20, 10],
  [50, 5],
];
const shapes = option('shapes')?.split(',');
const LATENCY_SHAPES = ALL_SHAPES.filter(([r, c]) => shapes?.includes(`${r}x${c}`) ?? true);

const yesNo = (ok: boolean) => (ok ? 'yes' : 'NO');

async function main(): Promise<void> {
  const date = new Date().toISOString();
  const latencyResults: LatencyResult[] = [];
  const joinResults: JoinResult[] = [];
  let memoryResult: MemoryResult | null = null;

  for (const kind of runs('a') ? kinds : []) {
    for (const [rooms, clients] of LATENCY_SHAPES) {
      const profileDir =
        profile && rooms === 20
          ? join(import.meta.dirname, '..', '..', '.tmp', `sync-bench-profile-${kind}`)
          : undefined;
      console.error(`(a) latency ${rooms}×${clients}, ${clientName(kind)} load clients …`);
      latencyResults.push(
        await latency(rooms, clients, {
          seconds: SECONDS,
          warmupSeconds: WARMUP_SECONDS,
          client: kind,
          generatorNice,
          ...(profileDir === undefined ? {} : { cpuProfileDir: profileDir }),
        }),
      );
    }
  }
  if (runs('b')) {
    for (const kind of kinds) {
      console.error(`(b) 200 joiners, ${clientName(kind)} …`);
      joinResults.push(await joinBoard(200, 2_000, kind));
    }
    joinResults.push(await joinBoard(200, 2_000, 'raw'));
  }
  if (runs('c')) {
    console.error('(c) memory …');
    memoryResult = await memory(quick ? 200 : 1_000, 200);
  }

  const rows: [string, string, string][] = [];
  for (const l of latencyResults) {
    const target = l.rooms === 20 && l.clients === 10 ? TARGETS.p99Ms20x10 : undefined;
    const load = l.loadClients;
    const movesPerSecond = Math.round(l.moves / l.seconds);
    const wanted = l.rooms * l.clients * l.movesPerSecondPerClient;
    const nice = `nice ${l.generatorNice.threads.join('/')} (observer/load threads)`;
    rows.push(
      [
        `(a) move latency ${l.rooms}×${l.clients}, ${clientName(l.client)} load clients: p50 / p95 / p99 (max), observers`,
        `${l.p50Ms} / ${l.p95Ms} / ${l.p99Ms} (${l.maxMs}) ms — ${l.samples} samples, ` +
          `delivered ${l.delivered}, moves ${movesPerSecond}/s of ${wanted}; CPU server ${l.server.cpuShare} / generator ${l.generator.cpuShare} ` +
          `(${l.generatorThreads} threads); loop delay p99 server ${l.server.eventLoopDelayP99Ms} / ` +
          `generator ${l.generator.eventLoopDelayP99Ms} ms`,
        target === undefined ? '' : `p99 ≤ ${target} ms: ${yesNo(l.p99Ms <= target)}`,
      ],
      [
        `(a) move latency ${l.rooms}×${l.clients}, the ${clientName(l.client)} clients in the load threads`,
        `${load.p50Ms} / ${load.p95Ms} / ${load.p99Ms} (${load.maxMs}) ms — ${load.samples} samples; ` +
          `sender's move task p50 / p99 (max) ${load.send.p50Ms} / ${load.send.p99Ms} (${load.send.maxMs}) ms; ${nice}`,
        '',
      ],
    );
  }
  for (const j of joinResults) {
    const target = j.client === 'raw' ? undefined : TARGETS.allSyncedMs;
    const who =
      j.client === 'raw'
        ? 'raw sockets, not decoded'
        : `${clientName(j.client)} (${j.generatorThreads} threads)`;
    rows.push([
      `(b) ${j.joiners} joiners, ${j.notes} notes, ${who}: all synced`,
      `${j.allSyncedMs} ms (p50 ${j.p50Ms}, p95 ${j.p95Ms}), server CPU ${j.server.cpuShare}` +
        (j.boardBytes > 0 ? `, step 2 = ${Math.round(j.boardBytes / 1024)} KiB` : ''),
      target === undefined ? '' : `≤ ${target} ms: ${yesNo(j.allSyncedMs <= target)}`,
    ]);
  }
  if (memoryResult !== null) {
    const m = memoryResult;
    rows.push(
      [
        `(c) ${m.boards} boards × ${m.notesPerBoard} notes open: per board`,
        `${m.perOpenBoardKiB} KiB heap+external (${m.perOpenBoardHeapKiB} KiB heap)`,
        '',
      ],
      [
        '(c) heap+external baseline / open / after close',
        `${(m.baseline.heapUsed + m.baseline.external).toFixed(1)} / ${(m.open.heapUsed + m.open.external).toFixed(1)} / ${(m.afterClose.heapUsed + m.afterClose.external).toFixed(1)} MiB`,
        '',
      ],
      [
        '(c) after close vs baseline',
        `${m.afterCloseVsBaselinePercent} % (RSS ${m.baseline.rss} → ${m.open.rss} → ${m.afterClose.rss} MiB, ${m.rssAfterCloseVsBaselinePercent} %)`,
        `≤ ${TARGETS.afterClosePercent} %: ${yesNo(m.afterCloseVsBaselinePercent <= TARGETS.afterClosePercent)}`,
      ],
    );
  }

  const niceNote = runs('a') ? ` — load threads at nice ${generatorNice}` : '';
  console.log(
    `\nsync — ${date.slice(0, 10)} — ${machine()}${quick ? ' — QUICK' : ''}${niceNote}\n`,
  );
  console.log('| measure | result | target |\n|---|---|---|');
  for (const [name, value, target] of rows) console.log(`| ${name} | ${value} | ${target} |`);

  const dir = join(import.meta.dirname, '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `sync-${date.slice(0, 10)}${quick ? '-quick' : ''}.json`);
  const results = {
    suite: 'sync',
    date,
    machine: machine(),
    quick,
    targets: TARGETS,
    generatorNice,
    latency: latencyResults,
    join: joinResults,
    memory: memoryResult,
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${file}`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
