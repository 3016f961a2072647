import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { WS_PATH, type CreatedBoard } from '../../../shared/protocol.ts';
import type { Board, Note } from '../../../shared/schema.ts';
import { createTemplateBoard } from '../../../shared/template.ts';
import { TimedWebSocket } from './timed-socket.ts';

/** Load-generator side of `npm run bench:sync`: boards, real protocol clients, raw sockets. */

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function waitFor(condition: () => boolean, timeoutMs = 120_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await sleep(2);
  }
}

/** A template board (four meetings) with `count` idea notes spread over the lanes. */
export function boardWithNotes(count: number): Board {
  const board = createTemplateBoard({ title: 'Benchmark', start: '2027-01-11' });
  const lanes = board.meetings.map((m) => m.id);
  const notes: Note[] = Array.from({ length: count }, (_, i) => ({
    id: `note${i}`,
    kind: 'idea',
    lane: lanes[i % lanes.length] ?? null,
    x: (i % 20) * 130,
    y: Math.floor(i / 20) * 130,
    text: `Idé nummer ${i}: noget om borgernes perspektiv`,
  }));
  return { ...board, notes };
}

export async function createBoard(serverUrl: string, board: Board): Promise<CreatedBoard> {
  const response = await fetch(`${serverUrl}/api/boards`, {
    method: 'POST',
    body: JSON.stringify(board),
  });
  if (response.status !== 201) throw new Error(`create board: HTTP ${response.status}`);
  return (await response.json()) as CreatedBoard;
}

/**
 * What the browser client runs: y-websocket over `ws`, no BroadcastChannel.
 * The socket notes each frame's arrival (`TimedWebSocket`).
 */
export function connect(serverUrl: string, boardId: string): WebsocketProvider {
  return new WebsocketProvider(
    `${serverUrl.replace(/^http/, 'ws')}${WS_PATH}`,
    boardId,
    new Y.Doc(),
    {
      WebSocketPolyfill: TimedWebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  );
}

/** When the provider's current socket last delivered a frame (0n before any). */
export function lastMessageAt(provider: WebsocketProvider): bigint {
  return provider.ws instanceof TimedWebSocket ? provider.ws.lastMessageAt : 0n;
}

export async function synced(provider: WebsocketProvider, timeoutMs = 60_000) {
  await waitFor(() => provider.synced, timeoutMs);
  return provider;
}

/**
 * The cheapest client that makes the server open a board and send all of it:
 * sync step 1 with an empty state vector, resolved on the step-2 answer. The
 * board is not decoded, so only the server's work and memory are measured.
 */
export function rawSyncedSocket(
  serverUrl: string,
  boardId: string,
  onStep2?: (bytes: number) => void,
): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${serverUrl.replace(/^http/, 'ws')}${WS_PATH}/${boardId}`);
    socket.on('error', reject);
    socket.on('open', () => socket.send(Uint8Array.of(0, 0, 1, 0)));
    socket.on('message', (data: Buffer) => {
      if (data[0] !== 0 || data[1] !== 1) return;
      onStep2?.(data.length);
      resolve(socket);
    });
  });
}

export function closed(socket: WebSocket): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    socket.once('close', () => resolve());
    socket.close();
  });
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;
