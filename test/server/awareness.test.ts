import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/log.ts';
import { encodeAwarenessEntries, encodeAwarenessFrame } from '../../server/sync/messages.ts';
import { MAX_NESTING_DEPTH } from '../../server/sync/nesting.ts';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { Harness, createBoard, forgedAwareness, sleep, waitFor } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

describe('presence (awareness)', () => {
  it('relays presence between clients, view clients included', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const v = await harness.syncedProvider(server, board.viewId);
    a.awareness.setLocalStateField('user', { name: 'Anna' });
    v.awareness.setLocalStateField('user', { name: 'Viggo' });
    await waitFor(
      () =>
        (v.awareness.getStates().get(a.doc.clientID) as { user?: { name: string } } | undefined)
          ?.user?.name === 'Anna' &&
        (a.awareness.getStates().get(v.doc.clientID) as { user?: { name: string } } | undefined)
          ?.user?.name === 'Viggo',
      'both see each other',
    );
  });

  it('delivers the last of a burst of presence changes (coalesced, not dropped)', async () => {
    const server = await harness.server({ awarenessIntervalMs: 50 });
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const b = await harness.syncedProvider(server, board.id);
    let received = 0;
    b.awareness.on('change', () => received++);
    for (let i = 0; i <= 100; i++) a.awareness.setLocalStateField('cursor', { x: i, y: i });
    await waitFor(
      () =>
        (b.awareness.getStates().get(a.doc.clientID) as { cursor?: { x: number } })?.cursor?.x ===
        100,
      'last cursor arrives',
    );
    expect(received).toBeLessThan(20);
  });

  it('does not let a client overwrite another client’s presence', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const victim = await harness.syncedProvider(server, board.id);
    const observer = await harness.syncedProvider(server, board.id);
    victim.awareness.setLocalStateField('user', { name: 'Victim' });
    const victimId = victim.doc.clientID;
    await waitFor(() => observer.awareness.getStates().has(victimId), 'observer sees victim');

    const attacker = await harness.raw(server, board.viewId);
    // First its own entry (it now owns that client id), then the victim's with a higher clock.
    attacker.send(forgedAwareness(424242, 1, { user: { name: 'Attacker' } }));
    attacker.send(forgedAwareness(victimId, 1_000, { user: { name: 'Forged' } }));
    attacker.send(forgedAwareness(victimId, 1_001, null));
    await waitFor(() => observer.awareness.getStates().has(424242), 'attacker’s own entry');
    await sleep(150);
    expect(observer.awareness.getStates().get(victimId)).toEqual({ user: { name: 'Victim' } });

    // A fresh socket may not claim the victim's id either.
    const second = await harness.raw(server, board.id);
    second.send(forgedAwareness(victimId, 2_000, { user: { name: 'Forged again' } }));
    await sleep(150);
    expect(observer.awareness.getStates().get(victimId)).toEqual({ user: { name: 'Victim' } });
  });

  it('removes a client’s presence when its socket closes', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    const a = await harness.syncedProvider(server, board.id);
    const b = await harness.syncedProvider(server, board.id);
    a.awareness.setLocalStateField('user', { name: 'A' });
    await waitFor(() => b.awareness.getStates().has(a.doc.clientID), 'b sees a');
    const raw = await harness.raw(server, board.id);
    raw.send(forgedAwareness(777, 1, { user: { name: 'Raw' } }));
    await waitFor(() => b.awareness.getStates().has(777), 'b sees raw');
    raw.terminate();
    await waitFor(() => !b.awareness.getStates().has(777), 'raw presence removed');
  });

  it('drops a presence state over the size limit', async () => {
    const server = await harness.server({ maxAwarenessBytes: 1024 });
    const board = await createBoard(server);
    const observer = await harness.syncedProvider(server, board.id);
    const raw = await harness.raw(server, board.id);
    raw.send(forgedAwareness(999, 1, { blob: 'x'.repeat(2000) }));
    raw.send(forgedAwareness(999, 2, { small: true }));
    await waitFor(() => observer.awareness.getStates().has(999), 'small state arrives');
    expect(observer.awareness.getStates().get(999)).toEqual({ small: true });
  });

  it('logs oversize presence states once per socket, and how many there were when it leaves', async () => {
    type LogLine = { event: string; count?: number };
    const events: LogLine[] = [];
    const logger = createLogger('info', (line) => events.push(JSON.parse(line) as LogLine));
    const server = await harness.server({ logger, maxAwarenessBytes: 1024 });
    const board = await createBoard(server);
    const observer = await harness.syncedProvider(server, board.id);
    const raw = await harness.raw(server, board.id);
    for (let clock = 1; clock <= 50; clock++) {
      raw.send(forgedAwareness(999, clock, { blob: 'x'.repeat(2000) }));
    }
    raw.send(forgedAwareness(999, 51, { small: true }));
    await waitFor(() => observer.awareness.getStates().has(999), 'small state arrives');
    expect(events.filter((e) => e.event === 'awareness-too-large')).toHaveLength(1);
    raw.terminate();
    await waitFor(
      () => events.some((e) => e.event === 'awareness-too-large-dropped'),
      'the count is logged on leaving',
    );
    expect(events.find((e) => e.event === 'awareness-too-large-dropped')?.count).toBe(50);
  });

  it('closes a socket whose presence nests too deep with 4400; the relay, the room and the process carry on', async () => {
    const server = await harness.server({ awarenessIntervalMs: 50 });
    const board = await createBoard(server);
    const observer = await harness.syncedProvider(server, board.id);
    const raw = await harness.raw(server, board.viewId);
    raw.send(forgedAwareness(999, 1, { small: true }));
    await waitFor(() => observer.awareness.getStates().has(999), 'its first state arrives');
    // 10 kB of brackets, under MAX_AWARENESS_BYTES; within the relay interval, so the
    // relay would encode it in its timer (JSON.stringify overflows the stack there).
    const depth = 5_000;
    const stateJson = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    raw.send(
      encodeAwarenessFrame(
        encodeAwarenessEntries([{ clientId: 999, clock: 2, stateJson, removes: false }]),
      ),
    );
    expect((await raw.closed).code).toBe(CLOSE_CODES.badMessage);
    await waitFor(() => !observer.awareness.getStates().has(999), 'its presence removed');

    // As deep as allowed is fine; a second client joins and sees it.
    const fine = await harness.raw(server, board.id);
    const allowed = `${'['.repeat(MAX_NESTING_DEPTH)}${']'.repeat(MAX_NESTING_DEPTH)}`;
    fine.send(
      encodeAwarenessFrame(
        encodeAwarenessEntries([{ clientId: 1234, clock: 1, stateJson: allowed, removes: false }]),
      ),
    );
    await waitFor(() => observer.awareness.getStates().has(1234), 'the allowed state arrives');
    const joiner = await harness.syncedProvider(server, board.id);
    await waitFor(() => joiner.awareness.getStates().has(1234), 'a joiner sees it');
    await sleep(100);
    expect(fine.closeCode).toBeNull();
  });
});
