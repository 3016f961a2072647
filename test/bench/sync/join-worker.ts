/**
 * One load-generator thread of part (b): `joiners` y-websocket clients open
 * the board on → {type: 'go'}; each reports the absolute time
 * (`monotonicNs`, one clock for every thread) at which it was
 * synced with every note in its document.
 * ← {type: 'ready'}, then {type: 'done', syncedAt: number[], incomplete}.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WebsocketProvider } from 'y-websocket';
import { roots } from '../../../shared/doc.ts';
import { connect, waitFor } from './clients.ts';
import { monotonicNs } from './timed-socket.ts';

export interface JoinWorkerData {
  readonly url: string;
  readonly boardId: string;
  readonly joiners: number;
  readonly notes: number;
}

export type JoinWorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly syncedAt: number[]; readonly incomplete: number };

const now = () => Number(monotonicNs()) / 1e6;

function run(data: JoinWorkerData): void {
  const port = parentPort;
  if (port === null) throw new Error('not a worker');
  process.setMaxListeners(0); // y-websocket adds an exit listener per provider
  port.once('message', () => {
    const syncedAt: number[] = [];
    const providers: WebsocketProvider[] = [];
    for (let i = 0; i < data.joiners; i++) {
      const provider = connect(data.url, data.boardId);
      provider.once('sync', () => syncedAt.push(now()));
      providers.push(provider);
    }
    void waitFor(() => syncedAt.length === data.joiners, 60_000).then(() => {
      const incomplete = providers.filter((p) => roots(p.doc).notes.size !== data.notes).length;
      for (const provider of providers) provider.destroy();
      port.postMessage({ type: 'done', syncedAt, incomplete } satisfies JoinWorkerMessage);
    });
  });
  port.postMessage({ type: 'ready' } satisfies JoinWorkerMessage);
}

run(workerData as JoinWorkerData);
