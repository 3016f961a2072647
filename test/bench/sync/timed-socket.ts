import { WebSocket } from 'ws';

/**
 * One clock for every thread of the process: CLOCK_MONOTONIC in nanoseconds.
 * `performance.now()` starts at each worker's own origin, and `timeOrigin`
 * is sampled from the wall clock per thread, so neither compares across threads.
 */
export const monotonicNs = (): bigint => process.hrtime.bigint();

/**
 * The `ws` socket a benchmark client runs on, noting when each frame arrived.
 * Its listener is registered in the constructor, before y-websocket installs
 * `onmessage`, so `lastMessageAt` is the moment the socket delivered the frame,
 * just before the client decodes it (y-websocket applies it synchronously
 * right after, in the same event).
 */
export class TimedWebSocket extends WebSocket {
  lastMessageAt = 0n;

  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols);
    this.on('message', () => {
      this.lastMessageAt = monotonicNs();
    });
  }
}
