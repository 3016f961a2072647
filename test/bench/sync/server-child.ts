import { fork, type ChildProcess } from 'node:child_process';
import type { StartOptions } from '../../../server/app.ts';
import type { ServerLoad, ServerMemory, ServerMessage, ServerRequest } from './server-process.ts';
import type { ServerStats } from '../../../server/app.ts';

const SCRIPT = new URL('./server-process.ts', import.meta.url);

/** Plain settings only: they cross the process boundary as JSON. */
export type ChildOptions = Omit<StartOptions, 'store' | 'logger' | 'serveClient'>;

export interface ServerChild {
  readonly url: string;
  memory(): Promise<ServerMemory>;
  stats(): Promise<ServerStats>;
  resetLoad(): Promise<void>;
  load(): Promise<ServerLoad>;
  /** Graceful server close, then the process exits. */
  close(): Promise<void>;
}

interface Answers {
  memory: ServerMemory;
  stats: ServerStats;
  'load-reset': null;
  load: ServerLoad;
  close: null;
}

/**
 * Starts server/app.ts in a child `node --expose-gc --import tsx` process.
 * `cpuProfileDir` adds `--cpu-prof` (the profile is written when it exits).
 */
export async function startServerChild(
  options: ChildOptions = {},
  cpuProfileDir?: string,
): Promise<ServerChild> {
  const execArgv = ['--expose-gc', '--import', 'tsx'];
  if (cpuProfileDir !== undefined) execArgv.push('--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`);
  const child: ChildProcess = fork(SCRIPT, [JSON.stringify(options)], {
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, (value: unknown) => void>();
  let nextId = 1;
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server process exited (${code})`)));
    child.on('message', (message: ServerMessage) => {
      if ('type' in message) resolve(message.url);
      else pending.get(message.id)?.(message.value);
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  function request<K extends keyof Answers>(type: K): Promise<Answers[K]> {
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, (value) => {
        pending.delete(id);
        resolve(value as Answers[K]);
      });
      child.send({ id, type } as ServerRequest);
    });
  }

  return {
    url,
    memory: () => request('memory'),
    stats: () => request('stats'),
    resetLoad: async () => {
      await request('load-reset');
    },
    load: () => request('load'),
    close: async () => {
      await request('close');
      await exited;
    },
  };
}
