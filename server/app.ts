import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { BoardCreation } from './board-creation.ts';
import { BoardReads } from './board-reads.ts';
import { answerClientError } from './clientError.ts';
import { defaultConfig, type Config } from './config.ts';
import { createDocxRenderer } from './docx-renderer.ts';
import { createRequestHandler, type HttpDeps } from './http.ts';
import { createLogger, errorFields, type Logger } from './log.ts';
import type { WarmUpTiming } from './page-warm-up.ts';
import { createStaticHandler, readBuiltPage } from './static.ts';
import { trackStoreHealth } from './store/health.ts';
import { openSqliteStore } from './store/sqlite.ts';
import type { BoardStore } from './store/types.ts';
import { RoomRegistry } from './sync/rooms.ts';
import { attachSyncEndpoint } from './sync/websocket.ts';

export interface StartOptions extends Partial<Config> {
  /** Another engine, or a wrapper for tests; default: SQLite in `dataDir`. Closed by `close()`. */
  readonly store?: BoardStore;
  readonly logger?: Logger;
  /** The built client; default `dist/client` beside `server/`. */
  readonly staticDir?: string;
  /** Serves the client instead of the built files (`npm run dev`: Vite's middleware). */
  readonly serveClient?: HttpDeps['serveStatic'];
  /** The module of the worker that renders Word files; tests give one that fails. */
  readonly docxWorker?: URL;
  /** When a board page's board starts loading (see `PageWarmUp`); tests wait longer. */
  readonly pageWarmUp?: WarmUpTiming;
}

export interface ServerStats {
  readonly rooms: number;
  readonly connections: number;
  readonly store: 'ok' | 'degraded';
}

export interface RunningServer {
  /** `http://host:port`; the websocket endpoint is this with `ws:` and `/ws`. */
  readonly url: string;
  readonly port: number;
  stats(): ServerStats;
  /** Graceful: stop accepting, close sockets with going-away, store every board, close the store. */
  close(): Promise<void>;
}

export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../dist/client', import.meta.url));

/** One process, one port: the built client, the REST API and the sync endpoint (issue 3). */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const {
    store: givenStore,
    logger,
    staticDir,
    serveClient,
    docxWorker,
    pageWarmUp,
    ...overrides
  } = options;
  const config = defaultConfig(overrides);
  const log = logger ?? createLogger(config.logLevel);
  const health = trackStoreHealth(
    givenStore ?? openSqliteStore(config.dataDir, { synchronous: config.sqliteSynchronous }),
  );
  const { store } = health;
  const rooms = new RoomRegistry(store, config, log);
  const creation = new BoardCreation(store, config.storeWaitMs, log);
  // Degraded while a room cannot write (it retries), boards cannot be created or opened,
  // or a creation answered 503 still waits on the store.
  const storeStatus = (): ServerStats['store'] =>
    rooms.storeStatus === 'degraded' || health.failing() || creation.stalled ? 'degraded' : 'ok';
  const docx = createDocxRenderer({
    log,
    module: docxWorker,
    renderMs: config.docxRenderMs,
    idleMs: config.docxWorkerIdleMs,
  });
  let connections = (): number => 0;
  const clientDir = staticDir ?? DEFAULT_STATIC_DIR;
  const builtPage = readBuiltPage(clientDir);
  const server = createServer(
    // Idle connections are checked every 5 s (Node's default, 30 s, would make the 20 s
    // headers timeout 20–50 s in practice).
    { connectionsCheckingInterval: 5_000 },
    createRequestHandler({
      config,
      store,
      reads: new BoardReads(rooms, config.maxConcurrentExports, config.storeWaitMs, log),
      creation,
      docx,
      log,
      serveStatic: serveClient ?? createStaticHandler(clientDir, config.dev, builtPage),
      // Vite's dev server serves its own page, whose files are not the build's.
      ...(serveClient === undefined
        ? { pageFiles: async () => (await builtPage.read())?.assets ?? [] }
        : {}),
      stats: () => ({ rooms: rooms.roomCount, connections: connections(), store: storeStatus() }),
      ...(pageWarmUp === undefined ? {} : { pageWarmUp }),
    }),
  );
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  server.on('clientError', answerClientError(log));
  const sync = attachSyncEndpoint(server, { config, store, rooms, log });
  connections = () => sync.connectionCount;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => log.error('server-error', errorFields(error)));
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${hostForUrl}:${port}`;
  log.info('listening', { url, message: `listening on ${url}`, dataDir: config.dataDir });

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    stats: () => ({
      rooms: rooms.roomCount,
      connections: sync.connectionCount,
      store: storeStatus(),
    }),
    close: () => {
      closing ??= (async () => {
        const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
        await sync.close();
        server.closeAllConnections();
        await httpClosed;
        await docx.close();
        await store.close();
        log.info('stopped');
      })();
      return closing;
    },
  };
}
