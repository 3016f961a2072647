/** Test fixture for nice.test.ts: sets this worker thread's nice value and reports it. */
import { parentPort, workerData } from 'node:worker_threads';
import { niceThisThread } from './nice.ts';

parentPort?.postMessage(niceThisThread(workerData as number));
