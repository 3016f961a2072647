import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/log.ts';
import { warmUpLoads } from '../../server/sync/load-warm-up.ts';
import { Harness } from './helpers.ts';

interface LogLine {
  readonly event: string;
  readonly notes?: number;
}

describe('the server loads a made-up board once before it listens', () => {
  const harness = new Harness();
  afterEach(() => harness.cleanup());

  it('loads every note of the made-up board', () => {
    expect(warmUpLoads(25)).toBe(25);
  });

  it('runs the warm-up load before listening, and not when turned off', async () => {
    const events: LogLine[] = [];
    const logger = createLogger('debug', (line) => events.push(JSON.parse(line) as LogLine));
    await harness.server({ logger, warmUpRecords: 40 });
    const names = events.map((line) => line.event);
    expect(names.indexOf('loads-warmed-up')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('loads-warmed-up')).toBeLessThan(names.indexOf('listening'));
    expect(events.find((line) => line.event === 'loads-warmed-up')?.notes).toBe(40);

    const quiet: LogLine[] = [];
    const quietLogger = createLogger('debug', (line) => quiet.push(JSON.parse(line) as LogLine));
    await harness.server({ logger: quietLogger });
    expect(quiet.map((line) => line.event)).not.toContain('loads-warmed-up');
  });
});
