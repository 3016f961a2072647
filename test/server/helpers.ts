import * as encoding from 'lib0/encoding';
import { mkdtempSync, rmSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MESSAGE_TYPES, WS_PATH, type CreatedBoard } from '../../shared/protocol.ts';
import { createLogger } from '../../server/log.ts';
import { startServer, type RunningServer, type StartOptions } from '../../server/app.ts';

/**
 * Real servers on 127.0.0.1 port 0 with a temporary data directory, real
 * y-websocket providers (with `ws` as their WebSocket) and raw sockets.
 * Everything opened through a `Harness` is closed by `harness.cleanup()`.
 */
export class Harness {
  private readonly closers: Array<() => Promise<void> | void> = [];

  /** A fresh temporary directory, removed on cleanup. */
  tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'nvt-server-'));
    this.closers.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  async server(options: StartOptions = {}): Promise<RunningServer> {
    const server = await startServer({
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      dataDir: options.dataDir ?? this.tempDir(),
      staticDir: options.staticDir ?? join(this.tempDir(), 'no-client'),
      ...options,
    });
    this.closers.push(() => server.close());
    return server;
  }

  /** Runs `close` on cleanup (before what was opened earlier). */
  onCleanup(close: () => Promise<void> | void): void {
    this.closers.push(close);
  }

  provider(server: RunningServer, id: string, doc: Y.Doc = new Y.Doc()): WebsocketProvider {
    return this.providerAt(wsBase(server), id, doc);
  }

  /**
   * A provider on another websocket base URL (`ws://host:port/ws`), e.g.
   * through a proxy. `broadcastChannel`: as the app runs it, sharing changes
   * with the other providers of this process on the same board, as tabs of
   * one browser do (the default keeps each test client on its own).
   */
  providerAt(
    base: string,
    id: string,
    doc: Y.Doc = new Y.Doc(),
    { broadcastChannel = false }: { broadcastChannel?: boolean } = {},
  ): WebsocketProvider {
    const provider = new WebsocketProvider(base, id, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: !broadcastChannel,
      maxBackoffTime: 200,
    });
    this.closers.push(() => {
      provider.destroy();
      doc.destroy();
    });
    return provider;
  }

  async syncedProvider(server: RunningServer, id: string, doc?: Y.Doc): Promise<WebsocketProvider> {
    const provider = this.provider(server, id, doc);
    await waitFor(() => provider.synced, 'provider synced');
    return provider;
  }

  /** A raw socket to `/ws/<id>`, open. */
  async raw(
    server: RunningServer,
    id: string,
    headers: Record<string, string> = {},
  ): Promise<RawSocket> {
    const socket = new WebSocket(`${wsBase(server)}/${id}`, { headers });
    const raw = new RawSocket(socket);
    this.closers.push(() => raw.terminate());
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return raw;
  }

  async cleanup(): Promise<void> {
    for (const close of this.closers.splice(0).reverse()) {
      try {
        await close();
      } catch {
        // keep closing the rest
      }
    }
  }
}

export function wsBase(server: RunningServer): string {
  return `${server.url.replace(/^http/, 'ws')}${WS_PATH}`;
}

/** A raw `ws` socket that records what it receives and how it closed. */
export class RawSocket {
  readonly received: Uint8Array[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  closeCode: number | null = null;

  constructor(readonly socket: WebSocket) {
    socket.on('error', () => {});
    socket.on('message', (data: Buffer) => this.received.push(new Uint8Array(data)));
    this.closed = new Promise((resolve) => {
      socket.once('close', (code, reason) => {
        this.closeCode = code;
        resolve({ code, reason: reason.toString() });
      });
    });
  }

  send(data: Uint8Array | string): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(data);
  }

  terminate(): void {
    this.socket.terminate();
  }
}

/** Waits for `condition`; the default deadline is generous, for a loaded 2-core machine. */
export async function waitFor(
  condition: () => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function createBoard(server: RunningServer, body?: unknown): Promise<CreatedBoard> {
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status}`);
  return (await response.json()) as CreatedBoard;
}

export async function getJson(server: RunningServer, path: string): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.json();
}

/** A tiny edit the tests can look for: a key in a plain map outside the board schema. */
export function mark(doc: Y.Doc, key: string, value: unknown = true): void {
  doc.getMap('test').set(key, value);
}

export function marks(doc: Y.Doc): Map<string, unknown> {
  return new Map(doc.getMap('test').entries());
}

/** An awareness frame claiming `clientId` with `state` at `clock`. */
export function forgedAwareness(clientId: number, clock: number, state: unknown): Uint8Array {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.states.set(clientId, state as Record<string, unknown>);
  awareness.meta.set(clientId, { clock, lastUpdated: Date.now() });
  const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [clientId]);
  awareness.destroy();
  doc.destroy();
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A debug logger whose events the test can count. */
export function capturedLog() {
  const events: Array<Record<string, unknown>> = [];
  const logger = createLogger('debug', (line) => {
    events.push(JSON.parse(line) as Record<string, unknown>);
  });
  const count = (event: string, fields: Record<string, unknown> = {}) =>
    events.filter(
      (one) =>
        one.event === event && Object.entries(fields).every(([key, value]) => one[key] === value),
    ).length;
  return { logger, count };
}

export interface RawAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The bytes as sent: not decompressed, unlike `fetch`'s (which also asks for gzip and br itself). */
  readonly body: Buffer;
}

/** A request with exactly these headers, its answer's bytes as they came. */
export function rawRequest(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
