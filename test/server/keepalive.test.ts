import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { RunningServer } from '../../server/app.ts';
import { Connection } from '../../server/sync/connection.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { MESSAGE_TYPES } from '../../shared/protocol.ts';
import { Harness, createBoard, mark, sleep, waitFor, wsBase } from './helpers.ts';
import { controlledStore } from './store-wrappers.ts';

const harness = new Harness();
afterEach(async () => {
  await harness.cleanup();
  vi.restoreAllMocks();
});

interface ReceivedFrame {
  readonly data: Uint8Array;
}

/** A raw socket's frames, listening from before it opens. */
async function rawFrames(server: RunningServer, id: string): Promise<ReceivedFrame[]> {
  const socket = new WebSocket(`${wsBase(server)}/${id}`);
  const frames: ReceivedFrame[] = [];
  socket.on('error', () => {});
  socket.on('message', (data: Buffer) => {
    frames.push({ data: new Uint8Array(data) });
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

const keepalives = (frames: readonly ReceivedFrame[]) => frames.filter((f) => isKeepalive(f.data));

interface SentFrame {
  readonly conn: Connection;
  /** `performance.now()` as the server sends it: the clock its idle check reads. */
  readonly at: number;
  readonly data: Uint8Array;
}

/**
 * Every frame the server sends, with when it sent it. Gaps are judged on the
 * server's side: on a loaded machine a frame's arrival can wait for the event
 * loop while the next one's does not, so arrival gaps shrink by the stall.
 */
function recordSends(): SentFrame[] {
  const sent: SentFrame[] = [];
  const send = Connection.prototype.send;
  vi.spyOn(Connection.prototype, 'send').mockImplementation(function (
    this: Connection,
    data: Uint8Array,
  ) {
    if (!this.closed) sent.push({ conn: this, at: performance.now(), data });
    send.call(this, data);
  });
  return sent;
}

/** Each keepalive sent to `conn` came a whole idle period after the frame sent to it before. */
function expectIdleBeforeEachKeepalive(
  sent: readonly SentFrame[],
  conn: Connection,
  idleMs: number,
) {
  const toConn = sent.filter((frame) => frame.conn === conn);
  for (let i = 0; i < toConn.length; i++) {
    if (!isKeepalive(toConn[i]!.data)) continue;
    expect(i).toBeGreaterThan(0);
    expect(toConn[i]!.at - toConn[i - 1]!.at).toBeGreaterThanOrEqual(idleMs);
  }
}

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

    // The provider's own clock: y-websocket reconnects when this falls 30 s behind. Without
    // keepalives it stays at the last sync answer; with them it moves once per idle period,
    // however late a loaded machine runs the timers.
    const heardAt = [alone.wsLastMessageReceived];
    await waitFor(
      () => {
        const last = alone.wsLastMessageReceived;
        if (last !== heardAt.at(-1)) heardAt.push(last);
        return heardAt.length >= 6;
      },
      'the provider hearing from the server five times more',
      15_000,
    );
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
      const sent = recordSends();
      const server = await harness.server({ keepaliveMs });
      const board = await createBoard(server);
      const frames = await rawFrames(server, board[key]);
      await waitFor(() => keepalives(frames).length >= 4, 'four keepalives', 15_000);
      const first = frames[0]!;
      expect(first.data[0]).toBe(MESSAGE_TYPES.sync);
      const firstKeepalive = keepalives(frames)[0]!;
      // The socket got nothing but the board and keepalives.
      expect(frames.filter((f) => f !== first && !isKeepalive(f.data))).toHaveLength(0);
      // Only once it has been idle that long, and never two in one idle period.
      const conn = sent[0]!.conn;
      expect(sent.every((frame) => frame.conn === conn)).toBe(true);
      expectIdleBeforeEachKeepalive(sent, conn, keepaliveMs);

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
    // An idle period ten times the gap between moves. On a loaded 2-core machine a 100 ms
    // sleep can take a whole idle period, and such a gap is idleness: judged by what the
    // server sent before each keepalive, not by counting them.
    const keepaliveMs = 1_000;
    const sent = recordSends();
    const server = await harness.server({ keepaliveMs });
    const board = await createBoard(server);
    const frames = await rawFrames(server, board.viewId);
    await waitFor(() => frames.length > 0, 'the board');
    const viewer = sent[0]!.conn;
    const editor = await harness.syncedProvider(server, board.id);

    // Three idle periods of moves, one every tenth of an idle period.
    for (let i = 0; i < 30; i++) {
      mark(editor.doc, `move-${i}`, { x: i * 10, y: i * 5 });
      await sleep(keepaliveMs / 10);
    }
    await waitFor(() => frames.length >= 31, 'every move relayed');
    expect(sent.filter((frame) => frame.conn === viewer).length).toBeGreaterThanOrEqual(31);
    expectIdleBeforeEachKeepalive(sent, viewer, keepaliveMs);

    // Once the moves stop, the socket is idle and the keepalive comes (it was on all along).
    await waitFor(() => keepalives(frames).length > 0, 'a keepalive after the moves');
  });

  it('sends nothing to a socket whose board is still loading: the board comes first', async () => {
    const keepaliveMs = 100;
    const store = controlledStore(openSqliteStore(harness.tempDir()));
    const server = await harness.server({ store, keepaliveMs });
    const board = await createBoard(server);
    // Held until the socket has waited four idle periods at least, however slow the machine.
    let release = (): void => {};
    store.loadGate = new Promise((resolve) => (release = resolve));
    harness.onCleanup(() => release());
    const loadsBefore = store.loadCalls;
    const frames = await rawFrames(server, board.id);
    await waitFor(() => store.loadCalls > loadsBefore, 'the board loading');

    await sleep(keepaliveMs * 4);
    expect(frames).toHaveLength(0);
    release();
    store.loadGate = null;

    await waitFor(() => frames.length > 0, 'the board');
    expect(frames[0]!.data[0]).toBe(MESSAGE_TYPES.sync);
    expect(isKeepalive(frames[0]!.data)).toBe(false);
  });
});
