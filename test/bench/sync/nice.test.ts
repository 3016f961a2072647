import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { threadNice } from './nice.ts';
import { startTsWorker } from './workers.ts';

const PROBE = new URL('./nice-probe.ts', import.meta.url);

/**
 * bench:sync lowers the priority of its load threads only: the server process
 * and the observer thread (others in the same process) must keep theirs.
 */
describe.runIf(process.platform === 'linux')('niceThisThread (bench:sync)', () => {
  it('sets the calling thread’s nice value and no other thread’s', async () => {
    const before = threadNice();
    const worker = startTsWorker(PROBE, 19);
    const [reported] = (await once(worker, 'message')) as [number];
    await worker.terminate();
    expect(reported).toBe(19);
    expect(threadNice()).toBe(before);
  });

  it('leaves the thread as it is with 0', async () => {
    const worker = startTsWorker(PROBE, 0);
    const [reported] = (await once(worker, 'message')) as [number];
    await worker.terminate();
    expect(reported).toBe(threadNice());
  });
});
