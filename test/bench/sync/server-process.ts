/**
 * The production server in its own process for `npm run bench:sync`, so the
 * load generator's CPU and heap never count as the server's. Started by
 * `startServerProcess` (server-child.ts) with `node --expose-gc --import tsx`
 * and an IPC channel; options arrive as JSON in argv[2].
 *
 * IPC: → {id, type: 'memory' | 'stats' | 'load-reset' | 'load' | 'close'}
 *      ← {type: 'ready', url} once listening, then {id, value} per request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startServer, type StartOptions } from '../../../server/app.ts';

export interface ServerMemory {
  readonly heapUsed: number;
  readonly heapTotal: number;
  readonly rss: number;
  readonly external: number;
  readonly arrayBuffers: number;
}

/** Server-side load since the last 'load-reset': event-loop delay and CPU time. */
export interface ServerLoad {
  readonly eventLoopDelayP50Ms: number;
  readonly eventLoopDelayP99Ms: number;
  readonly eventLoopDelayMaxMs: number;
  /** CPU time (user + system) over wall time: 1 = one core busy. */
  readonly cpuShare: number;
}

export type ServerRequest = { readonly id: number } & (
  | { readonly type: 'memory' }
  | { readonly type: 'stats' }
  | { readonly type: 'load-reset' }
  | { readonly type: 'load' }
  | { readonly type: 'close' }
);

export type ServerMessage =
  | { readonly type: 'ready'; readonly url: string }
  | { readonly id: number; readonly value: unknown };

const gc = (globalThis as { gc?: () => void }).gc;

function memory(): ServerMemory {
  // Twice: the first pass can leave finalizer-held objects for the second.
  gc?.();
  gc?.();
  const { heapUsed, heapTotal, rss, external, arrayBuffers } = process.memoryUsage();
  return { heapUsed, heapTotal, rss, external, arrayBuffers };
}

async function main(): Promise<void> {
  const overrides = JSON.parse(process.argv[2] ?? '{}') as Partial<StartOptions>;
  const dataDir = mkdtempSync(join(tmpdir(), 'nvt-sync-bench-'));
  const server = await startServer({
    ...overrides,
    host: '127.0.0.1',
    port: 0,
    dataDir,
    logLevel: 'silent',
  });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let cpuStart = process.cpuUsage();
  let wallStart = performance.now();

  const answer = async (request: ServerRequest): Promise<unknown> => {
    switch (request.type) {
      case 'memory':
        return memory();
      case 'stats':
        return server.stats();
      case 'load-reset':
        delay.reset();
        cpuStart = process.cpuUsage();
        wallStart = performance.now();
        return null;
      case 'load': {
        const cpu = process.cpuUsage(cpuStart);
        const load: ServerLoad = {
          eventLoopDelayP50Ms: delay.percentile(50) / 1e6,
          eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
          eventLoopDelayMaxMs: delay.max / 1e6,
          cpuShare: (cpu.user + cpu.system) / 1000 / (performance.now() - wallStart),
        };
        return load;
      }
      case 'close':
        await server.close();
        rmSync(dataDir, { recursive: true, force: true });
        return null;
    }
  };

  process.on('message', (request: ServerRequest) => {
    void answer(request).then((value) => {
      process.send?.({ id: request.id, value } satisfies ServerMessage, () => {
        // Exit after the reply is out, so a --cpu-prof profile is written too.
        if (request.type === 'close') process.exit(0);
      });
    });
  });
  // The bench died without closing us: do not linger.
  process.on('disconnect', () => {
    void server.close().finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  });
  process.send?.({ type: 'ready', url: server.url } satisfies ServerMessage);
}

void main();
