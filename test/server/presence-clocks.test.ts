import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGE_TYPES } from '../../shared/protocol.ts';
import { Harness, createBoard, forgedAwareness, sleep, waitFor } from './helpers.ts';
import {
  annaBehindProxy,
  awarenessEntries,
  capturedLog,
  userName,
  waitForLogged,
} from './presence-helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** Awareness frames with entries (keepalives left out) that a raw socket on the board receives. */
async function frameCounter(server: Parameters<Harness['raw']>[0], boardId: string) {
  const raw = await harness.raw(server, boardId);
  const count = () =>
    raw.received.filter((frame) => {
      const decoder = decoding.createDecoder(frame);
      if (decoding.readVarUint(decoder) !== MESSAGE_TYPES.awareness) return false;
      return decoding.readVarUint(decoding.createDecoder(decoding.readVarUint8Array(decoder))) > 0;
    }).length;
  return { count };
}

/** Waits until `count` has not moved for `ms` (within a generous deadline). */
async function quiet(count: () => number, ms: number): Promise<void> {
  let last = count();
  let since = performance.now();
  await waitFor(
    () => {
      if (count() !== last) {
        last = count();
        since = performance.now();
      }
      return performance.now() - since >= ms;
    },
    `${ms} ms without a frame`,
    15_000,
  );
}

/**
 * After a reconnect the board's clock for a client can be ahead of the
 * client's own (its old socket's removal moved it on; the provider does not
 * move its clock). The client is made to catch up, and the board's own copy
 * coming back is no news.
 */
describe('presence clocks after a reconnect', () => {
  it('does not pass a reconnected tab’s presence back and forth between two tabs of one browser', async () => {
    const { logger } = capturedLog();
    const server = await harness.server({ logger });
    const board = await createBoard(server);
    const counter = await frameCounter(server, board.id);
    const observer = await harness.syncedProvider(server, board.id);
    const tab = () =>
      harness.providerAt(`${server.url.replace(/^http/, 'ws')}/ws`, board.id, undefined, {
        broadcastChannel: true,
      });
    const a = tab();
    const b = tab();
    await waitFor(() => a.synced && b.synced, 'tabs synced');
    a.awareness.setLocalStateField('user', { name: 'Tab A' });
    b.awareness.setLocalStateField('user', { name: 'Tab B' });
    await waitFor(() => userName(observer, a.doc.clientID) === 'Tab A', 'observer sees tab A');
    // The browser's offline and online events (client/sync/session.ts).
    a.disconnect();
    await sleep(200);
    a.connect();
    await waitFor(() => a.synced, 'tab A back');
    // The reconnect's own frames, however long a loaded machine takes: passed back and
    // forth, they would never stop.
    await quiet(counter.count, 500);
    const before = counter.count();
    await sleep(1_500); // nobody does anything
    expect(counter.count() - before).toBe(0);
    expect(userName(observer, a.doc.clientID)).toBe('Tab A');
    a.awareness.setLocalStateField('user', { name: 'Tab A, moved' });
    await waitFor(() => userName(observer, a.doc.clientID) === 'Tab A, moved', 'its next change');
  });

  it('does not undo a client’s own newer presence when it reconnects after a silent drop', async () => {
    const { logger, events } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: 150 });
    const board = await createBoard(server);
    const {
      network,
      observer,
      anna,
      annaId: id,
    } = await annaBehindProxy(harness, server, board.id);
    const editing = (provider: typeof anna) =>
      (provider.awareness.getStates().get(id) as { editing?: string | null } | undefined)?.editing;
    anna.awareness.setLocalState({ user: { name: 'Anna' }, editing: 'note-1' });
    await waitFor(() => editing(observer) === 'note-1', 'observer sees Anna editing');
    // Two offline/online cycles: the board's clock for her runs ahead of hers.
    for (let i = 0; i < 2; i++) {
      anna.disconnect();
      await sleep(100);
      anna.connect();
      await waitFor(() => anna.synced, 'back');
      await sleep(200);
    }
    network.goSilent(); // her wifi goes; the server keeps the old socket
    anna.awareness.setLocalState({ user: { name: 'Anna' }, editing: null }); // she leaves the note
    await waitForLogged(
      events,
      () => editing(observer) === null,
      'observer sees her leave the note',
      15_000,
    );
    await sleep(300);
    expect(editing(anna)).toBeNull();
    anna.awareness.setLocalState(anna.awareness.getLocalState()); // what the 15 s renewal does
    await sleep(300);
    expect(editing(observer)).toBeNull();
  });

  it('tells a client behind the board’s clock to catch up once it pauses, not once per frame', async () => {
    const { logger } = capturedLog();
    const server = await harness.server({ logger });
    const board = await createBoard(server);
    const observer = await harness.syncedProvider(server, board.id);
    const id = 7_373;
    const old = await harness.raw(server, board.id);
    old.send(forgedAwareness(id, 1, { user: { name: 'Anna' }, x: 0 }));
    await waitFor(() => userName(observer, id) === 'Anna', 'observer sees Anna');
    old.terminate(); // removed: the board's clock for her id moves past hers
    await waitFor(() => userName(observer, id) === undefined, 'Anna removed');
    // She is back and keeps moving, every frame still behind the board's clock (a slow link).
    const again = await harness.raw(server, board.id);
    // A pause the machine forced on the sender (a loaded 2-core machine can hold a 20 ms sleep
    // for 150 ms and more) is a pause for the server too: it may send a catch-up in it.
    let forcedPauses = 0;
    let receivedAtLastMove = 0;
    for (let x = 1; x <= 20; x++) {
      again.send(forgedAwareness(id, 1, { user: { name: 'Anna' }, x }));
      // Before the pause after her last move: its catch-up comes after this.
      receivedAtLastMove = again.received.length;
      const sentAt = performance.now();
      await sleep(20);
      if (performance.now() - sentAt > 100) forcedPauses++;
    }
    const x = () => (observer.awareness.getStates().get(id) as { x?: number } | undefined)?.x;
    const removalsOfHerOwn = () =>
      awarenessEntries(again.received).filter(
        ([client, state]) => client === id && state === 'null',
      ).length;
    await waitFor(() => x() === 20, 'observer sees every move, the last one last', 15_000);
    // The pause after her last move brings one (it may come before the observer is seen up to date).
    await waitFor(
      () =>
        awarenessEntries(again.received.slice(receivedAtLastMove)).some(
          ([c, state]) => c === id && state === 'null',
        ),
      'a catch-up once she pauses',
      15_000,
    );
    await quiet(removalsOfHerOwn, 500);
    // One for the pause after her last move, none while she moves.
    expect(removalsOfHerOwn()).toBeLessThanOrEqual(forcedPauses + 1);
    const afterPause = removalsOfHerOwn();
    await sleep(400);
    expect(removalsOfHerOwn()).toBe(afterPause);
  });
});
