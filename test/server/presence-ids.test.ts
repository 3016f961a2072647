import { afterEach, describe, expect, it } from 'vitest';
import { Harness, createBoard, forgedAwareness, sleep, waitFor } from './helpers.ts';
import {
  annaBehindProxy,
  awarenessFrameOf,
  capturedLog,
  proxyFor,
  userName,
} from './presence-helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

const PROBE_MS = 150;

/**
 * Which awareness client id is a socket's: the one of its first frame, a
 * provider's hello. Everything else it sends for other ids — echoes of the
 * others' changes and removals, and what y-websocket's BroadcastChannel
 * forwards from other tabs of the same browser — is never applied nor claims
 * anything.
 */
describe('presence: a socket’s own client id', () => {
  it('keeps two tabs of one browser apart when both reconnect after a wifi drop', async () => {
    const { logger, events } = capturedLog();
    // A short ping round, so the old sockets are reaped within the test.
    const server = await harness.server({
      logger,
      presenceProbeMs: PROBE_MS,
      pingIntervalMs: 300,
      silentDropMs: 600,
    });
    const board = await createBoard(server);
    const network = await proxyFor(harness, server);
    const observer = await harness.syncedProvider(server, board.id);
    // Two tabs: each tab's provider forwards the other's presence over its own socket.
    const a = harness.providerAt(network.wsBase, board.id, undefined, { broadcastChannel: true });
    const b = harness.providerAt(network.wsBase, board.id, undefined, { broadcastChannel: true });
    await waitFor(() => a.synced && b.synced, 'tabs synced');
    a.awareness.setLocalStateField('user', { name: 'Tab A' });
    b.awareness.setLocalStateField('user', { name: 'Tab B' });
    const [idA, idB] = [a.doc.clientID, b.doc.clientID];
    await waitFor(
      () => userName(observer, idA) === 'Tab A' && userName(observer, idB) === 'Tab B',
      'observer sees both tabs',
    );

    // The wifi drops: the server keeps both old sockets; the browser's offline
    // and online events disconnect and reconnect both providers (client/sync/session.ts).
    network.goSilent();
    a.disconnect();
    b.disconnect();
    await sleep(100);
    a.connect();
    b.connect();
    await waitFor(() => a.synced && b.synced, 'tabs synced again');
    for (let i = 0; i < 5; i++) {
      a.awareness.setLocalStateField('cursor', { x: i, y: i });
      await sleep(20);
    }
    b.awareness.setLocalStateField('user', { name: 'Tab B, moved' });
    await waitFor(() => userName(observer, idB) === 'Tab B, moved', 'tab B’s own change');
    a.awareness.setLocalStateField('user', { name: 'Tab A, moved' });
    await waitFor(() => userName(observer, idA) === 'Tab A, moved', 'tab A’s own change');
    // Past the ping round that reaps the old sockets: both tabs are still there.
    await waitFor(
      () => events.filter((e) => e.event === 'socket-dead').length >= 2,
      'old sockets gone',
      3_000,
    );
    await sleep(200);
    expect([userName(observer, idA), userName(observer, idB)]).toEqual([
      'Tab A, moved',
      'Tab B, moved',
    ]);
    b.awareness.setLocalStateField('user', { name: 'Tab B, later' });
    await waitFor(() => userName(observer, idB) === 'Tab B, later', 'tab B still its own');
  });

  it('shows a client at once when it reconnects after its old socket was removed, and never lets a view link take that editor’s id', async () => {
    const { logger } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS });
    const board = await createBoard(server);
    const observer = await harness.syncedProvider(server, board.id);
    const anna = await harness.syncedProvider(server, board.id);
    const annaId = anna.doc.clientID;
    anna.awareness.setLocalStateField('user', { name: 'Anna' });
    await waitFor(() => userName(observer, annaId) === 'Anna', 'observer sees Anna');
    // Her socket closes and the server sees it: her presence is removed for everyone.
    anna.disconnect();
    await waitFor(() => userName(observer, annaId) === undefined, 'Anna removed');

    // A view link tries the id she had, with the clock the removal showed and far ahead.
    const viewer = await harness.raw(server, board.viewId);
    viewer.send(forgedAwareness(annaId, 2 ** 40, { user: { name: 'Mallory as Anna' } }));
    await sleep(PROBE_MS * 2);
    expect(userName(observer, annaId)).toBeUndefined();

    // She comes back: her provider's hello has the clock it had, behind the
    // board's (the removal moved it on), and must still show her at once.
    anna.connect();
    await waitFor(() => userName(observer, annaId) === 'Anna', 'observer sees Anna again', 2_000);
    anna.awareness.setLocalStateField('user', { name: 'Anna, back' });
    await waitFor(() => userName(observer, annaId) === 'Anna, back', 'her next change', 2_000);
  });

  it('takes a removal, however it is spaced, for no claim', async () => {
    const { logger, events } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS });
    const board = await createBoard(server);
    const { network, observer, anna, annaId } = await annaBehindProxy(harness, server, board.id);
    anna.disconnect(); // her laptop sleeps: the server keeps her silent socket
    network.goSilent();

    const other = await harness.raw(server, board.id);
    other.send(awarenessFrameOf(annaId, 10_000, ' null'));
    other.send(awarenessFrameOf(annaId, 10_001, 'null\n'));
    await sleep(PROBE_MS * 3);
    expect(userName(observer, annaId)).toBe('Anna');
    expect(events.filter((e) => e.event === 'presence-owner-silent')).toEqual([]);
  });

  it('refuses for good a claim its owner outlived: the refused socket cannot take the id once the owner leaves', async () => {
    const { logger, events } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS });
    const board = await createBoard(server);
    const observer = await harness.syncedProvider(server, board.id);
    const vera = await harness.syncedProvider(server, board.viewId);
    const veraId = vera.doc.clientID;
    vera.awareness.setLocalStateField('user', { name: 'Vera' });
    await waitFor(() => userName(observer, veraId) === 'Vera', 'observer sees Vera');

    // Someone claims her id while she is there: refused once the grace is over…
    const mallory = await harness.raw(server, board.viewId);
    mallory.send(forgedAwareness(veraId, 1_000, { user: { name: 'Mallory as Vera' } }));
    await waitFor(
      () => events.some((e) => e.event === 'presence-claim-refused'),
      'claim refused',
      PROBE_MS * 10,
    );
    // …so when Vera leaves (a reload) and comes back, the id is hers, not the claimant's.
    vera.disconnect();
    await waitFor(() => userName(observer, veraId) === undefined, 'Vera gone');
    mallory.send(forgedAwareness(veraId, 2_000, { user: { name: 'Mallory as Vera' } }));
    vera.connect();
    vera.awareness.setLocalStateField('user', { name: 'Vera, back' });
    await waitFor(() => userName(observer, veraId) === 'Vera, back', 'observer sees Vera back');
    await sleep(PROBE_MS * 3);
    expect(userName(observer, veraId)).toBe('Vera, back');
  });

  it('fixes no id from a later frame when the first was no hello (a client with no presence echoing others)', async () => {
    const { logger } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS });
    const board = await createBoard(server);
    const observer = await harness.syncedProvider(server, board.id);
    const bot = await harness.raw(server, board.id);
    bot.send(awarenessFrameOf(77, 1, 'null')); // no presence of its own
    // Its later frames carry other people's states: never its own, whatever the id.
    bot.send(forgedAwareness(4_242, 5, { user: { name: 'Echo of Bea' } }));
    await sleep(100);
    expect(userName(observer, 4_242)).toBeUndefined();
    const bea = await harness.raw(server, board.id);
    bea.send(forgedAwareness(4_242, 1, { user: { name: 'Bea' } }));
    await waitFor(() => userName(observer, 4_242) === 'Bea', 'Bea is hers');
  });

  it('takes a holder’s change made before its clock caught up after a reconnect', async () => {
    const { logger } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS });
    const board = await createBoard(server);
    const observer = await harness.syncedProvider(server, board.id);
    const id = 5_151;
    const old = await harness.raw(server, board.id);
    old.send(forgedAwareness(id, 1, { user: { name: 'Anna' } }));
    await waitFor(() => userName(observer, id) === 'Anna', 'observer sees Anna');
    old.terminate(); // removed: the board's clock for her id moves on
    await waitFor(() => userName(observer, id) === undefined, 'Anna removed');
    // Her provider reconnects with the clock it had, and moves before the server's clock reaches it.
    const again = await harness.raw(server, board.id);
    again.send(forgedAwareness(id, 1, { user: { name: 'Anna' } }));
    again.send(forgedAwareness(id, 2, { user: { name: 'Anna, moved' } }));
    await waitFor(() => userName(observer, id) === 'Anna, moved', 'observer sees her move');
  });
});
