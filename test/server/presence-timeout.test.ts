import { afterEach, describe, expect, it } from 'vitest';
import { Harness, createBoard, forgedAwareness, waitFor } from './helpers.ts';
import { awarenessEntries, capturedLog, userName } from './presence-helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

/**
 * y-protocols drops a client's state that was not renewed for 30 s (a
 * background tab whose timers the browser throttles). Its client puts it back
 * at once when it hears of the removal, so its holder must hear of it too.
 * (Slow: the 30 s are y-protocols' own constant.)
 */
describe('presence: a state that timed out', () => {
  it('tells its holder, whose client then sends it again', { timeout: 60_000 }, async () => {
    const { logger } = capturedLog();
    const server = await harness.server({ logger });
    const board = await createBoard(server);
    const observer = await harness.syncedProvider(server, board.id);
    const id = 6_262;
    const holder = await harness.raw(server, board.id);
    holder.send(forgedAwareness(id, 1, { user: { name: 'Anna' } }));
    await waitFor(() => userName(observer, id) === 'Anna', 'observer sees Anna');
    // A raw socket never renews: the server times the state out after 30 s.
    await waitFor(
      () =>
        awarenessEntries(holder.received).some(
          ([client, state]) => client === id && state === 'null',
        ),
      'the holder hears of its removal',
      40_000,
    );
    expect(userName(observer, id)).toBeUndefined();
    holder.send(forgedAwareness(id, 3, { user: { name: 'Anna' } }));
    await waitFor(() => userName(observer, id) === 'Anna', 'observer sees Anna again');
  });
});
