import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { RunningServer } from '../../server/app.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { MESSAGE_TYPES } from '../../shared/protocol.ts';
import { Harness, createBoard, mark, sleep, waitFor, wsBase } from './helpers.ts';
import { controlledStore } from './store-wrappers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

interface TimedFrame {
  /** `performance.now()` on arrival (the server runs in this process: the same clock). */
  readonly at: number;
  readonly data: Uint8Array;
}

/** A raw socket that notes when each frame arrived; listening from before it opens. */
async function timedRaw(server: RunningServer, id: string): Promise<TimedFrame[]> {
  const socket = new WebSocket(`${wsBase(server)}/${id}`);
  const frames: TimedFrame[] = [];
  socket.on('error', () => {});
  socket.on('message', (data: Buffer) => {
    frames.push({ at: performance.now(), data: new Uint8Array(data) });
  });
  harness.onCleanup(() => socket.terminate());
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return frames;
}

/** An awareness message with no entries: the keepalive. */
function isKeepalive(data: Uint8Array): boolean {
  const decoder = decoding.createDecoder(data);
  if (decoding.readVarUint(decoder) !== MESSAGE_TYPES.awareness) return false;
  const update = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) return false;
  const entries = decoding.createDecoder(update);
  return decoding.readVarUint(entries) === 0 && !decoding.hasContent(entries);
}

const keepalives = (frames: readonly TimedFrame[]) => frames.filter((f) => isKeepalive(f.data));

/** Slack for delivery and timers when comparing arrival gaps with the idle time. */
const SLACK_MS = 50;

describe('keepalive for sockets the server has nothing to send', () => {
  it('keeps a provider alone on a board hearing from the server, so y-websocket’s 30 s silence watchdog has no cause to reconnect it', async () => {
    const keepaliveMs = 150;
    const server = await harness.server({ keepaliveMs });
    const board = await createBoard(server);
    const alone = await harness.syncedProvider(server, board.id);
    alone.awareness.setLocalStateField('user', { name: 'Koordinator' });
    let disconnects = 0;
    alone.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected') disconnects++;
    });
    let awarenessChanges = 0;
    alone.awareness.on('change', () => awarenessChanges++);

    // The provider's own clock: y-websocket reconnects when this falls 30 s behind.
    const heardAt = new Set<number>([alone.wsLastMessageReceived]);
    const end = Date.now() + 1_200;
    while (Date.now() < end) {
      await sleep(25);
      heardAt.add(alone.wsLastMessageReceived);
    }

    // ~8 idle periods; without keepalives it stays at the last sync answer.
    expect(heardAt.size).toBeGreaterThanOrEqual(5);
    expect(Date.now() - alone.wsLastMessageReceived).toBeLessThan(keepaliveMs * 1.25 + 200);
    expect([...alone.awareness.getStates().keys()]).toEqual([alone.doc.clientID]);
    expect(alone.awareness.getLocalState()).toEqual({ user: { name: 'Koordinator' } });
    expect(awarenessChanges).toBe(0);
    expect(disconnects).toBe(0);
    expect(alone.wsconnected).toBe(true);
  });

  it.each([
    ['an edit link', 'id'],
    ['a view link', 'viewId'],
  ] as const)(
    'sends an idle socket on %s one empty awareness message per idle period, and only once it has been idle that long',
    async (_link, key) => {
      const keepaliveMs = 300;
      const server = await harness.server({ keepaliveMs });
      const board = await createBoard(server);
      const frames = await timedRaw(server, board[key]);
      await waitFor(() => frames.length > 0, 'the board');
      const first = frames[0]!;
      expect(first.data[0]).toBe(MESSAGE_TYPES.sync);

      await sleep(keepaliveMs * 0.7);
      expect(keepalives(frames)).toHaveLength(0);

      await waitFor(() => keepalives(frames).length > 0, 'a keepalive');
      const firstKeepalive = keepalives(frames)[0]!;
      const before = frames[frames.indexOf(firstKeepalive) - 1]!;
      expect(firstKeepalive.at - before.at).toBeGreaterThanOrEqual(keepaliveMs - SLACK_MS);

      const watchedFrom = performance.now();
      await sleep(keepaliveMs * 3.2);
      const watched = performance.now() - watchedFrom;
      const later = keepalives(frames).filter((f) => f.at >= firstKeepalive.at);
      // Never two in one idle period, and they keep coming while nothing else does.
      for (let i = 1; i < later.length; i++) {
        expect(later[i]!.at - later[i - 1]!.at).toBeGreaterThanOrEqual(keepaliveMs - SLACK_MS);
      }
      expect(later.length).toBeGreaterThanOrEqual(3);
      expect(later.length).toBeLessThanOrEqual(Math.floor(watched / keepaliveMs) + 1);
      // The socket got nothing but the board and keepalives.
      expect(frames.filter((f) => f !== first && !isKeepalive(f.data))).toHaveLength(0);

      // What a provider does with it: nothing.
      const awareness = new awarenessProtocol.Awareness(new Y.Doc());
      let events = 0;
      awareness.on('change', () => events++);
      awareness.on('update', () => events++);
      const decoder = decoding.createDecoder(firstKeepalive.data);
      decoding.readVarUint(decoder);
      awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), null);
      expect(events).toBe(0);
      expect([...awareness.getStates().keys()]).toEqual([awareness.clientID]);
      awareness.destroy();
      awareness.doc.destroy();
    },
  );

  it('sends no keepalive to a socket that other clients’ edits keep busy', async () => {
    // An idle period ten times the gap between moves: on a loaded 2-core machine a 100 ms
    // sleep can take several times that, and a gap of a whole idle period is idleness.
    const keepaliveMs = 1_000;
    const server = await harness.server({ keepaliveMs });
    const board = await createBoard(server);
    const frames = await timedRaw(server, board.viewId);
    await waitFor(() => frames.length > 0, 'the board');
    const editor = await harness.syncedProvider(server, board.id);

    // Three idle periods of moves, one every tenth of an idle period.
    for (let i = 0; i < 30; i++) {
      mark(editor.doc, `move-${i}`, { x: i * 10, y: i * 5 });
      await sleep(keepaliveMs / 10);
    }
    await waitFor(() => frames.length >= 31, 'every move relayed');
    expect(keepalives(frames)).toHaveLength(0);

    // Once the moves stop, the socket is idle and the keepalive comes (it was on all along).
    await waitFor(() => keepalives(frames).length > 0, 'a keepalive after the moves');
  });

  it('sends nothing to a socket whose board is still loading: the board comes first', async () => {
    const keepaliveMs = 100;
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store, keepaliveMs });
    const board = await createBoard(server);
    store.loadDelayMs = keepaliveMs * 5;
    const frames = await timedRaw(server, board.id);

    await sleep(keepaliveMs * 4);
    expect(store.loadFinishedAt).toBeNull();
    expect(frames).toHaveLength(0);

    await waitFor(() => frames.length > 0, 'the board');
    expect(frames[0]!.data[0]).toBe(MESSAGE_TYPES.sync);
    expect(isKeepalive(frames[0]!.data)).toBe(false);
  });
});
