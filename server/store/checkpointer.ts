import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Moves SQLite's WAL checkpoints off the event loop. A checkpoint copies the
 * WAL into the database file and, with `synchronous=NORMAL`, fsyncs both: on
 * a busy disk that took hundreds of milliseconds, and inside whichever commit
 * crossed the auto-checkpoint threshold it stalled every board. So the main
 * connection never checkpoints (`wal_autocheckpoint = 0`); a worker thread
 * with its own connection runs PASSIVE checkpoints, which never block writers.
 * Commits stay durable without them: a committed WAL frame survives kill -9.
 */

export interface Checkpointer {
  /** Stops the worker after closing its connection. */
  close(): Promise<void>;
}

/** Plain CommonJS: worker threads do not get the TypeScript loader. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or failing: the WAL keeps every commit; the next round tries again.
  }
}, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export function startCheckpointer(file: string, intervalMs: number): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver, intervalMs },
  });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // A checkpointer that failed to start leaves the WAL growing, never the data at risk.
  worker.on('error', () => undefined);
  return {
    close: async () => {
      worker.ref(); // a closing store keeps the process until its file is closed
      worker.postMessage('close');
      await exited;
    },
  };
}
