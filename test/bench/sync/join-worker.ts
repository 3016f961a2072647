/**
 * One load-generator thread of part (b): `joiners` clients (y-websocket
 * providers or lean protocol clients, bench-client.ts) open the board on
 * → {type: 'go'}; each reports the absolute time
 * (`monotonicNs`, one clock for every thread) at which it was
 * synced with every note in its document.
 * ← {type: 'ready'}, then {type: 'done', syncedAt: number[], incomplete}.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type * as Y from 'yjs';
import { roots } from '../../../shared/doc.ts';
import type { ClientKind } from './bench-client.ts';
import { connect, waitFor } from './clients.ts';
import { LeanClient } from './lean-client.ts';
import { monotonicNs } from './timed-socket.ts';

export interface JoinWorkerData {
  readonly url: string;
  readonly boardId: string;
  readonly joiners: number;
  readonly notes: number;
  readonly kind: ClientKind;
}

export type JoinWorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly syncedAt: number[]; readonly incomplete: number };

const now = () => Number(monotonicNs()) / 1e6;

/** Opens one client; `onSynced` runs once the server's step 2 has been applied to its doc. */
function open(data: JoinWorkerData, onSynced: () => void): { doc: Y.Doc; destroy(): void } {
  if (data.kind === 'lean') {
    const client = new LeanClient(data.url, data.boardId);
    client.onSynced = onSynced;
    return client;
  }
  const provider = connect(data.url, data.boardId);
  provider.once('sync', onSynced);
  return provider;
}

function run(data: JoinWorkerData): void {
  const port = parentPort;
  if (port === null) throw new Error('not a worker');
  process.setMaxListeners(0); // y-websocket adds an exit listener per provider
  port.once('message', () => {
    const syncedAt: number[] = [];
    const clients = Array.from({ length: data.joiners }, () =>
      open(data, () => syncedAt.push(now())),
    );
    void waitFor(() => syncedAt.length === data.joiners, 60_000).then(() => {
      const incomplete = clients.filter((c) => roots(c.doc).notes.size !== data.notes).length;
      for (const client of clients) client.destroy();
      port.postMessage({ type: 'done', syncedAt, incomplete } satisfies JoinWorkerMessage);
    });
  });
  port.postMessage({ type: 'ready' } satisfies JoinWorkerMessage);
}

run(workerData as JoinWorkerData);
