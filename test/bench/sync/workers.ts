import type { Worker } from 'node:worker_threads';

export { startTsWorker } from '../../../server/ts-worker.ts';

/** The worker's next message, which must be of `type`. */
export function nextMessage<M extends { readonly type: string }>(
  worker: Worker,
  type: M['type'],
): Promise<M> {
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: M) => {
      worker.off('error', reject);
      if (message.type !== type) reject(new Error(`expected ${type}, got ${message.type}`));
      else resolve(message);
    });
  });
}
