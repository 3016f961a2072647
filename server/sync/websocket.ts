import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE_CODES, WS_PATH, WS_WHOLE_BOARD_QUERY, parseWsPath } from '../../shared/protocol.ts';
import type { Config } from '../config.ts';
import { errorFields, type Logger } from '../log.ts';
import { isOriginAllowed } from '../origin.ts';
import { parseRequestTarget } from '../request-target.ts';
import type { BoardStore } from '../store/types.ts';
import { Connection } from './connection.ts';
import { startKeepalive } from './keepalive.ts';
import { waitForSockets, type RoomRegistry } from './rooms.ts';

export type SyncConfig = Pick<
  Config,
  | 'allowedOrigins'
  | 'maxMessageBytes'
  | 'maxMessagesPerSecond'
  | 'maxConnections'
  | 'pingIntervalMs'
  | 'silentDropMs'
  | 'keepaliveMs'
>;

export interface SyncEndpoint {
  readonly connectionCount: number;
  /** Stops accepting, closes every socket with going-away and stores every board. */
  close(): Promise<void>;
}

/**
 * The websocket endpoint `/ws/<boardId or viewId>`: origin check, limits,
 * id lookup, then the socket joins its board's room. Every refusal after the
 * upgrade is a close code the client can act on (a browser cannot read the
 * HTTP status of a failed upgrade).
 */
export function attachSyncEndpoint(
  server: Server,
  deps: {
    readonly config: SyncConfig;
    readonly store: BoardStore;
    readonly rooms: RoomRegistry;
    readonly log: Logger;
  },
): SyncEndpoint {
  const { config, store, rooms, log } = deps;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.maxMessageBytes, // larger frames: ws closes with 1009
    perMessageDeflate: false,
  });
  const connections = new Set<Connection>();
  let closing = false;

  // Nothing in here may throw: an exception from an 'upgrade' listener is
  // uncaught (it crashes the process) and leaves the socket half-open.
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    try {
      socket.on('error', (error) => log.debug('upgrade-socket-error', { error: error.message }));
      const target = parseRequestTarget(request.url);
      if (target === null) {
        log.debug('upgrade-bad-target', { target: request.url?.slice(0, 200) });
        refuseUpgrade(socket, '400 Bad Request');
        return;
      }
      const { pathname, search } = target;
      if (closing || !(pathname === WS_PATH || pathname.startsWith(`${WS_PATH}/`))) {
        refuseUpgrade(socket, closing ? '503 Service Unavailable' : '404 Not Found');
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => {
        accept(ws, request, pathname, search === `?${WS_WHOLE_BOARD_QUERY}`).catch(
          (error: unknown) => {
            log.error('upgrade-failed', errorFields(error));
            ws.terminate();
          },
        );
      });
    } catch (error) {
      log.error('upgrade-failed', errorFields(error));
      socket.destroy();
    }
  };

  const accept = async (
    ws: WebSocket,
    request: IncomingMessage,
    pathname: string,
    wantsWholeBoard: boolean,
  ) => {
    const origin = request.headers.origin;
    const originOk = isOriginAllowed(origin, request.headers.host, config.allowedOrigins);
    const id = parseWsPath(pathname);
    // Frames that arrive from here on are buffered until the room is ready.
    const pending = new Connection(ws, config, log);
    pending.wantsWholeBoard = wantsWholeBoard;
    if (!originOk) {
      log.warn('origin-refused', { origin });
      pending.close(CLOSE_CODES.forbiddenOrigin, 'origin not allowed');
      return;
    }
    if (id === null) {
      pending.close(CLOSE_CODES.unknownBoard, 'unknown board');
      return;
    }
    if (connections.size >= config.maxConnections) {
      log.warn('server-full', { limit: config.maxConnections });
      pending.close(CLOSE_CODES.tryAgainLater, 'server is full');
      return;
    }
    connections.add(pending);
    pending.onClose(() => connections.delete(pending));
    let resolved;
    try {
      resolved = await store.resolve(id);
    } catch (error) {
      log.error('board-lookup-failed', errorFields(error));
      pending.close(CLOSE_CODES.loadFailed, 'board could not be loaded');
      return;
    }
    if (pending.closed) return;
    if (resolved === null) {
      pending.close(CLOSE_CODES.unknownBoard, 'unknown board');
      return;
    }
    pending.readOnly = resolved.readOnly;
    rooms.join(resolved, pending);
  };

  server.on('upgrade', onUpgrade);

  const ping = setInterval(() => {
    const now = performance.now();
    for (const conn of connections) conn.checkAlive(now, config.silentDropMs);
  }, config.pingIntervalMs);
  ping.unref();
  const stopKeepalive = startKeepalive(connections, config.keepaliveMs);

  return {
    get connectionCount() {
      return connections.size;
    },
    async close() {
      closing = true;
      clearInterval(ping);
      stopKeepalive();
      server.off('upgrade', onUpgrade);
      const open = [...connections];
      for (const conn of open) conn.close(CLOSE_CODES.goingAway, 'server shutting down');
      await rooms.closeAll();
      await waitForSockets(open);
      wss.close();
    },
  };
}

/** An HTTP answer on the raw socket, then the socket is gone (what `ws` itself does on a refused handshake). */
function refuseUpgrade(socket: Duplex, status: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
