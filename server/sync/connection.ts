import { WebSocket, type RawData } from 'ws';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import type { Logger } from '../log.ts';

export interface ConnectionLimits {
  readonly maxMessagesPerSecond: number;
  readonly maxMessageBytes: number;
}

/** Frames kept while the board loads; past this the client is flooding us. */
const MAX_BUFFERED_MESSAGES = 1_000;
/**
 * Bytes kept while the board loads, in frames of the largest size: room for a
 * client's first messages (an offline device's sync step 2 among them), not
 * for 1,000 full frames (2 GiB at the default frame limit).
 */
const MAX_BUFFERED_FULL_FRAMES = 4;
/** A client that does not read its socket is dropped before its backlog eats the memory. */
const MAX_SEND_BACKLOG_BYTES = 64 * 1024 * 1024;

let nextConnectionId = 1;

/**
 * One websocket: error listener, rate limit, liveness flag, and a buffer for
 * frames that arrive before the board has loaded (issue 3). The room installs
 * its handler with `start`; until then frames queue in order.
 */
export class Connection {
  readonly id = nextConnectionId++;
  /** The awareness client id this socket set first; the only one it may set. */
  awarenessId: number | null = null;
  /** Set by the room once the connection has been sent the board. */
  admitted = false;
  /** When the socket was last heard from (`performance.now()`): a pong or any frame. */
  lastHeardAt = performance.now();
  /** When a frame last went out (`performance.now()`, monotonic): how long the client has heard nothing. */
  lastSentAt = 0;
  private closedFlag = false;
  private handler: ((data: Uint8Array) => void) | null = null;
  private buffered: Uint8Array[] = [];
  private bufferedBytes = 0;
  private windowStart = 0;
  private windowCount = 0;
  private readonly closeListeners: Array<() => void> = [];
  private readonly heardListeners = new Set<() => void>();
  droppedViewUpdates = 0;
  /** Presence states over `maxAwarenessBytes` this socket sent (logged once, counted on leaving). */
  droppedAwarenessStates = 0;

  /** Until the id is resolved, a connection may only read. */
  readOnly = true;
  /**
   * Asked for the whole board on connecting (`WS_WHOLE_BOARD_QUERY`); cleared
   * by the client's first sync step 1, which is not answered if it is empty.
   */
  wantsWholeBoard = false;

  constructor(
    readonly socket: WebSocket,
    private readonly limits: ConnectionLimits,
    private readonly log: Logger,
  ) {
    socket.on('error', (error) => {
      // ws reports oversize frames (and then closes with 1009) and protocol errors here.
      this.log.warn('socket-error', { conn: this.id, error: error.message });
    });
    socket.on('pong', () => this.heard());
    socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    socket.on('close', () => {
      this.closedFlag = true;
      this.handler = null;
      this.dropBuffered();
      this.heardListeners.clear();
      for (const listener of this.closeListeners.splice(0)) listener();
    });
  }

  get closed(): boolean {
    return this.closedFlag || this.socket.readyState !== WebSocket.OPEN;
  }

  onClose(listener: () => void): void {
    if (this.closedFlag) listener();
    else this.closeListeners.push(listener);
  }

  /**
   * Runs `listener` on the next sign of life — a pong or any frame — until the
   * returned disposer runs or the socket closes. With `ping`, a probe that
   * does not wait for the next ping round.
   */
  onHeard(listener: () => void): () => void {
    if (this.closedFlag) return () => {};
    const once = (): void => {
      this.heardListeners.delete(once);
      listener();
    };
    this.heardListeners.add(once);
    return () => this.heardListeners.delete(once);
  }

  /** Installs the frame handler and replays what arrived meanwhile, in order. */
  start(handler: (data: Uint8Array) => void): void {
    this.handler = handler;
    const pending = this.buffered;
    this.dropBuffered();
    for (const data of pending) {
      if (this.closed) return;
      this.dispatch(data);
    }
  }

  send(data: Uint8Array): void {
    if (this.closed) return;
    if (this.socket.bufferedAmount > MAX_SEND_BACKLOG_BYTES) {
      this.close(CLOSE_CODES.tryAgainLater, 'too slow');
      return;
    }
    this.socket.send(data, { binary: true }, (error) => {
      if (error !== undefined && error !== null) {
        this.log.debug('send-failed', { conn: this.id, error: error.message });
      }
    });
    this.lastSentAt = performance.now();
  }

  close(code: number, reason: string): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    this.handler = null;
    this.dropBuffered();
    try {
      this.socket.close(code, reason);
    } catch {
      this.socket.terminate();
    }
  }

  /**
   * Ping/pong liveness, called every ping interval: a socket not heard from
   * (no pong, no frame) for `silentMs` goes, else it is pinged again. Silence
   * over several pings, not one missed pong: a pong late by a ping interval or
   * two (a tablet on bad wifi, a retransmission) keeps the socket.
   */
  checkAlive(now: number, silentMs: number): void {
    if (this.closedFlag && this.socket.readyState === WebSocket.CLOSED) return;
    if (now - this.lastHeardAt >= silentMs) {
      this.terminate('ping timeout');
      return;
    }
    this.ping();
  }

  /** A ping (its pong reaches `onHeard` listeners); a socket that cannot take one any more goes. */
  ping(): void {
    try {
      this.socket.ping();
    } catch {
      this.socket.terminate();
    }
  }

  /**
   * Drops a socket that stopped answering. No close frame: the peer is not
   * reading, so a close handshake would only hold the socket open for ws's
   * close timeout (the peer sees 1006 whenever it wakes up, and reconnects).
   */
  terminate(reason: string): void {
    if (this.closedFlag && this.socket.readyState === WebSocket.CLOSED) return;
    this.log.info('socket-dead', { conn: this.id, reason });
    this.closedFlag = true;
    this.handler = null;
    this.dropBuffered();
    this.socket.terminate();
  }

  private receive(raw: RawData, isBinary: boolean): void {
    if (this.closedFlag) return;
    this.heard();
    const now = Date.now();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.windowCount = 0;
    }
    if (++this.windowCount > this.limits.maxMessagesPerSecond) {
      this.log.warn('rate-limit', { conn: this.id, limit: this.limits.maxMessagesPerSecond });
      this.close(CLOSE_CODES.policyViolation, 'too many messages');
      return;
    }
    if (!isBinary) {
      this.log.warn('bad-message', { conn: this.id, reason: 'text frame' });
      this.close(CLOSE_CODES.badMessage, 'binary frames only');
      return;
    }
    const data = toBytes(raw);
    if (this.handler === null) {
      const maxBytes = MAX_BUFFERED_FULL_FRAMES * this.limits.maxMessageBytes;
      if (
        this.buffered.length >= MAX_BUFFERED_MESSAGES ||
        this.bufferedBytes + data.length > maxBytes
      ) {
        // Logged once: the socket is closed, later frames are not looked at.
        this.log.warn('load-buffer-full', {
          conn: this.id,
          frames: this.buffered.length,
          bytes: this.bufferedBytes,
        });
        this.close(CLOSE_CODES.policyViolation, 'too much sent while loading');
        return;
      }
      this.buffered.push(data);
      this.bufferedBytes += data.length;
      return;
    }
    this.dispatch(data);
  }

  private heard(): void {
    this.lastHeardAt = performance.now();
    for (const listener of [...this.heardListeners]) listener();
  }

  private dropBuffered(): void {
    this.buffered = [];
    this.bufferedBytes = 0;
  }

  private dispatch(data: Uint8Array): void {
    const handler = this.handler;
    if (handler === null) return;
    try {
      handler(data);
    } catch (error) {
      // A bug or an exotic input on this socket must not reach the process.
      this.log.error('message-handler-failed', {
        conn: this.id,
        error: error instanceof Error ? error.message : String(error),
      });
      this.close(CLOSE_CODES.internalError, 'internal error');
    }
  }
}

function toBytes(raw: RawData): Uint8Array {
  if (Array.isArray(raw)) return new Uint8Array(Buffer.concat(raw));
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw);
  return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
}
