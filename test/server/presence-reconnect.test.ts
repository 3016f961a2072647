import { afterEach, describe, expect, it } from 'vitest';
import { Harness, createBoard, forgedAwareness, sleep, waitFor } from './helpers.ts';
import { annaBehindProxy, capturedLog, proxyFor, userName } from './presence-helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

/**
 * Small enough to keep the tests fast; the silent drop stays at its 6 s
 * default, so only the probe can free a silent socket's client id in time.
 */
const PROBE_MS = 150;
/** Room for a reconnect (backoff up to 200 ms) and a probe, far below a ping round. */
const WITHIN_MS = 2_000;

describe('presence after a reconnect (a client id claimed while another socket holds it)', () => {
  it('hands a reconnecting client its id and newest presence at once when its old socket went silent, and keeps it there', async () => {
    const { logger, events } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS });
    const board = await createBoard(server);
    const { network, observer, anna, annaId } = await annaBehindProxy(harness, server, board.id);

    // Her laptop sleeps: the server keeps the old socket, which no longer answers.
    network.goSilent();
    // Changed while offline; the provider sends it (newer clock, same client id) on reconnecting.
    anna.awareness.setLocalStateField('user', { name: 'Anna, back' });
    await waitFor(
      () => userName(observer, annaId) === 'Anna, back',
      'observer sees Anna’s new state',
      WITHIN_MS,
    );

    await waitFor(
      () => events.some((e) => e.event === 'socket-dead' && e.reason === 'presence claimed'),
      'the silent socket is closed',
      WITHIN_MS,
    );
    await sleep(300); // its leaving has run by now
    expect(userName(observer, annaId)).toBe('Anna, back');
    expect(events.filter((e) => e.event === 'presence-owner-silent')).toHaveLength(1);
    // The new socket owns the id: her next change goes through as usual.
    anna.awareness.setLocalStateField('user', { name: 'Anna, typing' });
    await waitFor(() => userName(observer, annaId) === 'Anna, typing', 'her next change arrives');
  });

  it('lets a live owner keep its id: the claim is probed, refused and logged once', async () => {
    const { logger, events } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS });
    const board = await createBoard(server);
    const observer = await harness.syncedProvider(server, board.id);
    const ownerId = 31_337;
    const owner = await harness.raw(server, board.id);
    let pings = 0;
    owner.socket.on('ping', () => pings++); // `ws` answers each with a pong
    owner.send(forgedAwareness(ownerId, 1, { user: { name: 'Owner' } }));
    await waitFor(() => userName(observer, ownerId) === 'Owner', 'observer sees the owner');

    const claimant = await harness.raw(server, board.id);
    for (let clock = 100; clock < 110; clock++) {
      claimant.send(forgedAwareness(ownerId, clock, { user: { name: 'Impostor' } }));
    }
    await sleep(PROBE_MS * 3); // well past the probe's deadline
    expect(userName(observer, ownerId)).toBe('Owner');
    expect(owner.closeCode).toBeNull();
    expect(events.some((e) => e.event === 'socket-dead')).toBe(false);
    // It was asked (pinged) at once, not at the next ping round; one probe
    // for the claimant, not one per frame, and one log line.
    expect(pings).toBe(1);
    expect(events.filter((e) => e.event === 'presence-claim-refused')).toHaveLength(1);
    // Still the owner: its own changes go through.
    owner.send(forgedAwareness(ownerId, 2, { user: { name: 'Owner, moved' } }));
    await waitFor(() => userName(observer, ownerId) === 'Owner, moved', 'owner’s next change');
  });

  it('does not let a view link take a live editor’s id', async () => {
    const { logger, events } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS });
    const board = await createBoard(server);
    const editor = await harness.syncedProvider(server, board.id);
    const observer = await harness.syncedProvider(server, board.id);
    let editorDisconnects = 0;
    editor.on('status', ({ status }) => {
      if (status === 'disconnected') editorDisconnects++;
    });
    const editorId = editor.doc.clientID;
    editor.awareness.setLocalStateField('user', { name: 'Editor' });
    await waitFor(() => userName(observer, editorId) === 'Editor', 'observer sees the editor');

    const viewer = await harness.raw(server, board.viewId);
    viewer.send(forgedAwareness(editorId, 1_000, { user: { name: 'Viewer as editor' } }));
    viewer.send(forgedAwareness(editorId, 1_001, null));
    await sleep(PROBE_MS * 3); // well past the probe's deadline
    expect(userName(observer, editorId)).toBe('Editor');
    expect(editorDisconnects).toBe(0);
    expect(editor.wsconnected).toBe(true);
    expect(events.filter((e) => e.event === 'presence-owner-silent')).toEqual([]);
    expect(viewer.closeCode).toBeNull();
    // Not even probed: a view link never takes an editor's id.
    expect(events.filter((e) => e.event === 'presence-claim-refused')).toEqual([]);
    // Still the editor's: its own changes go through.
    editor.awareness.setLocalStateField('user', { name: 'Editor, moved' });
    await waitFor(() => userName(observer, editorId) === 'Editor, moved', 'editor’s next change');
  });

  it('hands nothing over when the claimant leaves during the probe', async () => {
    const { logger, events } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS });
    const board = await createBoard(server);
    const { network, observer, anna, annaId } = await annaBehindProxy(harness, server, board.id);
    anna.disconnect(); // no reconnect of her own; the server keeps her silent socket
    network.goSilent();

    const claimant = await harness.raw(server, board.id);
    claimant.send(forgedAwareness(annaId, 1_000, { user: { name: 'Gone again' } }));
    await sleep(20);
    claimant.terminate();
    await sleep(PROBE_MS * 3);
    expect(events.filter((e) => e.event === 'presence-owner-silent')).toEqual([]);
    expect(events.some((e) => e.event === 'socket-dead')).toBe(false);
    expect(userName(observer, annaId)).toBe('Anna');
  });

  it('passes a claim the id when its answering owner leaves within the grace (a reconnect whose old socket was closing), instead of removing the presence', async () => {
    const { logger, events } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS });
    const board = await createBoard(server);
    const observer = await harness.syncedProvider(server, board.id);
    const clientId = 4_711;
    let removals = 0;
    observer.awareness.on('change', ({ removed }: { removed: number[] }) => {
      if (removed.includes(clientId)) removals++;
    });
    const old = await harness.raw(server, board.id);
    old.send(forgedAwareness(clientId, 1, { user: { name: 'Old socket' } }));
    await waitFor(() => userName(observer, clientId) === 'Old socket', 'observer sees it');
    // The old socket still answers, so the claim waits out the grace…
    const fresh = await harness.raw(server, board.id);
    fresh.send(forgedAwareness(clientId, 2, { user: { name: 'New socket' } }));
    await sleep(PROBE_MS / 3); // past the probe's answer, well within the grace of 2 × PROBE_MS
    // …and the old socket goes (its close reaches the server now, not a ping round later).
    old.terminate();
    await waitFor(
      () => userName(observer, clientId) === 'New socket',
      'the claim takes over',
      WITHIN_MS,
    );
    await sleep(100);
    expect(removals).toBe(0);
    expect(events.filter((e) => e.event === 'presence-claim-refused')).toEqual([]);
    fresh.send(forgedAwareness(clientId, 3, { user: { name: 'New socket, moved' } }));
    await waitFor(() => userName(observer, clientId) === 'New socket, moved', 'its next change');
  });

  it('does not take a departed client’s id while waiting for its own (the removal’s echo)', async () => {
    const { logger, events } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS * 10 });
    const board = await createBoard(server);
    const { network, observer, anna, annaId } = await annaBehindProxy(harness, server, board.id);
    const beaId = 4_242;
    const bea = await harness.raw(server, board.id);
    bea.send(forgedAwareness(beaId, 1, { user: { name: 'Bea' } }));
    await waitFor(() => userName(anna, beaId) === 'Bea', 'anna sees Bea');

    network.goSilent();
    anna.awareness.setLocalStateField('user', { name: 'Anna, back' });
    // Bea moves: only Anna's new socket can bring her that, so Anna has reconnected.
    bea.send(forgedAwareness(beaId, 2, { user: { name: 'Bea moved' } }));
    await waitFor(() => userName(anna, beaId) === 'Bea moved', 'anna sees Bea move');
    // While Anna's claim waits for the probe, Bea leaves: Anna's provider
    // echoes Bea's removal, which must not make Bea's id Anna's socket's own.
    bea.terminate();
    await waitFor(
      () => events.some((e) => e.event === 'presence-owner-silent'),
      'the probe ends',
      PROBE_MS * 10 + WITHIN_MS,
    );
    await waitFor(() => userName(observer, annaId) === 'Anna, back', 'observer sees Anna back');
    anna.awareness.setLocalStateField('user', { name: 'Anna, typing' });
    await waitFor(() => userName(observer, annaId) === 'Anna, typing', 'her next change');
    // Bea's laptop comes back with her client id: free, so hers again.
    const beaAgain = await harness.raw(server, board.id);
    beaAgain.send(forgedAwareness(beaId, 3, { user: { name: 'Bea is back' } }));
    await waitFor(() => userName(observer, beaId) === 'Bea is back', 'observer sees Bea back');
    expect(events.filter((e) => e.event === 'presence-claim-refused')).toEqual([]);
  });

  it('does not let a view link take a silent editor’s id', async () => {
    const { logger, events } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS });
    const board = await createBoard(server);
    const { network, observer, anna, annaId } = await annaBehindProxy(harness, server, board.id);
    anna.disconnect(); // her laptop sleeps: no reconnect yet
    network.goSilent();

    const viewer = await harness.raw(server, board.viewId);
    viewer.send(forgedAwareness(annaId, 2 ** 40, { user: { name: 'Mallory as Anna' } }));
    await sleep(PROBE_MS * 4); // well past a probe's deadline
    expect(userName(observer, annaId)).toBe('Anna');
    expect(events.filter((e) => e.event === 'presence-owner-silent')).toEqual([]);
  });

  it('hands over a forged far-ahead clock only one step on, so the real client’s next state counts', async () => {
    const { logger } = capturedLog();
    const server = await harness.server({ logger, presenceProbeMs: PROBE_MS });
    const board = await createBoard(server);
    const { network, observer, anna, annaId } = await annaBehindProxy(harness, server, board.id);
    anna.disconnect();
    network.goSilent();

    // Someone with the edit link claims her id with a clock far ahead; she is silent, so it is handed over.
    const other = await harness.raw(server, board.id);
    other.send(forgedAwareness(annaId, 2 ** 40, { user: { name: 'Not Anna' } }));
    await waitFor(() => userName(observer, annaId) === 'Not Anna', 'handed over', WITHIN_MS);
    other.terminate();
    // She wakes up: her provider reconnects with her own clock, and moves.
    anna.connect();
    await waitFor(() => anna.synced, 'anna back');
    anna.awareness.setLocalStateField('user', { name: 'Anna, awake' });
    anna.awareness.setLocalStateField('user', { name: 'Anna, awake and moving' });
    await waitFor(
      () => userName(observer, annaId) === 'Anna, awake and moving',
      'observer sees the real Anna',
      WITHIN_MS,
    );
  });
});
