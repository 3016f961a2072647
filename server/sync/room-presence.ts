import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Config } from '../config.ts';
import { errorFields, type Logger } from '../log.ts';
import { AwarenessRelay } from './awareness-relay.ts';
import type { Connection } from './connection.ts';
import { encodeAwarenessEntries, encodeAwarenessMessage, type AwarenessEntry } from './messages.ts';

export type RoomPresenceConfig = Pick<Config, 'maxAwarenessBytes' | 'awarenessIntervalMs'>;

export interface RoomPresenceDeps {
  readonly board: string;
  readonly config: RoomPresenceConfig;
  readonly log: Logger;
  /** Sends to every admitted connection but `except`. */
  readonly broadcast: (message: Uint8Array, except: Connection | null) => void;
  /** Closes a connection that sent an awareness update that does not apply. */
  readonly reject: (conn: Connection, reason: string) => void;
}

/**
 * A room's presence (issue 3): which socket owns which awareness client, the
 * size limit per state, and the coalescing relay. Presence is never stored, so
 * it does not go through the room's queue.
 */
export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  /** Awareness client id → the socket that owns it. */
  private readonly owners = new Map<number, Connection>();
  private readonly relay: AwarenessRelay;

  constructor(
    doc: Y.Doc,
    private readonly deps: RoomPresenceDeps,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    // A client's own changes are not echoed back to it.
    this.relay = new AwarenessRelay(this.awareness, deps.config.awarenessIntervalMs, (msg, id) =>
      deps.broadcast(msg, this.owners.get(id) ?? null),
    );
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Everyone present, for a joiner or a query; null when no one is. */
  currentMessage(): Uint8Array | null {
    const present = [...this.awareness.getStates().keys()];
    return present.length > 0 ? encodeAwarenessMessage(this.awareness, present) : null;
  }

  receive(conn: Connection, update: Uint8Array, entries: readonly AwarenessEntry[]): void {
    // y-websocket clients echo the entries of other clients back (their awareness
    // re-broadcasts every change): such entries are ignored, never applied.
    const own: AwarenessEntry[] = [];
    for (const entry of entries) {
      const owner = this.owners.get(entry.clientId);
      if (owner !== undefined && owner !== conn) continue;
      if (conn.awarenessId !== null && conn.awarenessId !== entry.clientId) continue;
      if (Buffer.byteLength(entry.stateJson) > this.deps.config.maxAwarenessBytes) {
        // One line per socket, not per state: a client can send thousands a second.
        if (conn.droppedAwarenessStates++ === 0) {
          this.deps.log.warn('awareness-too-large', { board: this.deps.board, conn: conn.id });
        }
        continue;
      }
      if (conn.awarenessId === null) {
        conn.awarenessId = entry.clientId;
        this.owners.set(entry.clientId, conn);
      }
      own.push(entry);
    }
    if (own.length === 0) return;
    try {
      const accepted = own.length === entries.length ? update : encodeAwarenessEntries(own);
      awarenessProtocol.applyAwarenessUpdate(this.awareness, accepted, conn);
    } catch (error) {
      this.deps.reject(conn, `awareness: ${errorFields(error).error}`);
    }
  }

  /** A socket left: its client is gone for everyone else too. */
  leave(conn: Connection): void {
    if (conn.droppedAwarenessStates > 0) {
      this.deps.log.info('awareness-too-large-dropped', {
        board: this.deps.board,
        conn: conn.id,
        count: conn.droppedAwarenessStates,
      });
    }
    const clientId = conn.awarenessId;
    if (clientId !== null && this.owners.get(clientId) === conn) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [clientId], conn);
      this.owners.delete(clientId);
    }
  }

  dispose(): void {
    this.relay.dispose();
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.owners.clear();
  }

  private readonly onAwarenessUpdate = (changes: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    for (const id of [...changes.added, ...changes.updated, ...changes.removed]) {
      this.relay.changed(id);
    }
  };
}
