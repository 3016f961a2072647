import { Worker } from 'node:worker_threads';

/** A worker thread running a TypeScript module (Node 20 does not hand tsx's loader hooks to workers). */
export function startTsWorker(module: URL, workerData: unknown): Worker {
  const href = JSON.stringify(module.href);
  const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${href}, ${href}))`;
  return new Worker(boot, { eval: true, workerData });
}

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
