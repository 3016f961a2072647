import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { WS_PATH } from '../../../shared/protocol.ts';
import { TimedWebSocket } from './timed-socket.ts';

/**
 * A lean but real protocol client for the load generator of `npm run bench:sync`:
 * a real websocket to the real server, y-protocols sync messages, a real
 * `Y.Doc` that applies every update it receives.
 *
 * - On open it sends sync step 1 (its state vector); it answers the server's
 *   step 1 with step 2 and applies the server's step 2 and every update
 *   (`readSyncMessage`, as y-websocket does). `synced` turns true once the
 *   server's step 2 has been applied.
 * - Its own changes (`local`) are sent as update messages.
 *
 * What it leaves out, compared with y-websocket's `WebsocketProvider`:
 * reconnect and resync timers, BroadcastChannel, awareness (the server's
 * awareness frames are ignored, none are sent), and a permanent doc 'update'
 * listener. Any 'update' listener makes Yjs encode every transaction,
 * including each received update (a whole board for a joiner); this client
 * listens only while running its own transaction, so received updates are
 * applied but never re-encoded.
 */

const MESSAGE_SYNC = 0;

export class LeanClient {
  readonly doc = new Y.Doc();
  readonly socket: TimedWebSocket;
  synced = false;
  private closing = false;
  /** Called right after the server's sync step 2 has been applied. */
  onSynced: (() => void) | null = null;

  constructor(serverUrl: string, boardId: string) {
    this.socket = new TimedWebSocket(`${serverUrl.replace(/^http/, 'ws')}${WS_PATH}/${boardId}`);
    this.socket.binaryType = 'nodebuffer';
    // A dropped connection would make every later figure wrong: fail the run.
    this.socket.on('error', (error) => {
      if (!this.closing) throw error;
    });
    this.socket.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.socket.send(encoding.toUint8Array(encoder));
    });
    this.socket.on('message', (data: Buffer) => this.receive(data));
  }

  /** When the socket last delivered a frame (monotonic ns; 0n before any). */
  get lastMessageAt(): bigint {
    return this.socket.lastMessageAt;
  }

  /** Runs `change` (one or more local transactions) and sends what it wrote. */
  local(change: () => void): void {
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    this.doc.on('update', collect);
    try {
      change();
    } finally {
      this.doc.off('update', collect);
    }
    for (const update of updates) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      this.socket.send(encoding.toUint8Array(encoder));
    }
  }

  destroy(): void {
    this.closing = true;
    this.socket.close();
    this.doc.destroy();
  }

  private receive(data: Buffer): void {
    const decoder = decoding.createDecoder(
      new Uint8Array(data.buffer, data.byteOffset, data.length),
    );
    // Awareness (1), auth and query-awareness frames carry nothing this client keeps.
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
    const reply = encoding.createEncoder();
    encoding.writeVarUint(reply, MESSAGE_SYNC);
    const type = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
    // A step 1 from the server gets its step 2 answer.
    if (encoding.length(reply) > 1) this.socket.send(encoding.toUint8Array(reply));
    if (type === syncProtocol.messageYjsSyncStep2 && !this.synced) {
      this.synced = true;
      this.onSynced?.();
    }
  }
}
