import type { Connection } from './connection.ts';
import { encodeEmptyAwarenessMessage } from './messages.ts';

/**
 * How often idle sockets are looked for, as a fraction of the idle time: a
 * keepalive leaves at most a quarter of `idleMs` late, so the longest silence
 * is 1.25 × `idleMs` (config caps `KEEPALIVE_MS` so this stays under 30 s).
 */
const CHECKS_PER_IDLE_PERIOD = 4;

/**
 * Sends an admitted socket that has been sent nothing for `idleMs` an empty
 * awareness message, and returns the disposer that stops it.
 *
 * y-websocket's provider drops and reopens its socket after 30 s without a
 * message (`messageReconnectTimeout` in y-websocket.js); ws pings do not count,
 * the browser answers them below JS. The reference server echoes a client's
 * own 15 s presence renewal, so there a lone client always hears something;
 * ours does not echo (see `RoomPresence`), so a user alone on a board would
 * reconnect every 30 s. A socket that is still loading is skipped: it gets the
 * board first, and that starts its idle clock.
 */
export function startKeepalive(connections: Iterable<Connection>, idleMs: number): () => void {
  const message = encodeEmptyAwarenessMessage();
  const timer = setInterval(() => {
    const now = performance.now();
    for (const conn of connections) {
      // `send` moves `lastSentAt`, so one idle period brings one keepalive.
      if (conn.admitted && !conn.closed && now - conn.lastSentAt >= idleMs) conn.send(message);
    }
  }, idleMs / CHECKS_PER_IDLE_PERIOD);
  timer.unref();
  return () => clearInterval(timer);
}
