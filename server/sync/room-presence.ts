import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Config } from '../config.ts';
import { errorFields, type Logger } from '../log.ts';
import { AwarenessRelay } from './awareness-relay.ts';
import type { Connection } from './connection.ts';
import { encodeAwarenessEntries, encodeAwarenessMessage, type AwarenessEntry } from './messages.ts';
import { PresenceClaims } from './presence-claims.ts';

export type RoomPresenceConfig = Pick<
  Config,
  'maxAwarenessBytes' | 'awarenessIntervalMs' | 'presenceProbeMs'
>;

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
 * it does not go through the room's queue. Claims on an id another socket
 * owns (a reconnect whose old socket the server still holds) are
 * `PresenceClaims`'.
 */
export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  /** Awareness client id → the socket that owns it. */
  private readonly owners = new Map<number, Connection>();
  private readonly relay: AwarenessRelay;
  private readonly claims: PresenceClaims;

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
    this.claims = new PresenceClaims({
      board: deps.board,
      probeMs: deps.config.presenceProbeMs,
      log: deps.log,
      handOver: (claimant, entry) => this.handOver(claimant, entry),
    });
  }

  /** Everyone present, for a joiner or a query; null when no one is. */
  currentMessage(): Uint8Array | null {
    const present = [...this.awareness.getStates().keys()];
    return present.length > 0 ? encodeAwarenessMessage(this.awareness, present) : null;
  }

  receive(conn: Connection, update: Uint8Array, entries: readonly AwarenessEntry[]): void {
    const own: AwarenessEntry[] = [];
    for (const entry of entries) {
      const id = entry.clientId;
      if (conn.awarenessId !== null && conn.awarenessId !== id) continue;
      const owner = this.owners.get(id);
      if (owner !== conn) {
        // An id this socket does not hold. y-websocket clients echo every
        // change they receive back, the removal of someone who left included:
        // an entry that is not newer than the room's, or that removes a state,
        // is such an echo and claims nothing (a reconnecting client's own
        // state is newer, or becomes so with its next change or 15 s renewal).
        if (!this.isNewer(entry) || entry.stateJson === 'null') continue;
        // A socket waiting for its own id (a reconnect) takes no other one.
        const waitingFor = this.claims.claimedId(conn);
        if (waitingFor !== undefined && waitingFor !== id) continue;
        // A view link may not take an editor's presence, however silent it is.
        if (owner !== undefined && conn.readOnly && !owner.readOnly) continue;
      }
      if (Buffer.byteLength(entry.stateJson) > this.deps.config.maxAwarenessBytes) {
        // One line per socket, not per state: a client can send thousands a second.
        if (conn.droppedAwarenessStates++ === 0) {
          this.deps.log.warn('awareness-too-large', { board: this.deps.board, conn: conn.id });
        }
        continue;
      }
      if (owner !== undefined && owner !== conn) {
        // Not applied: kept, in case the owner turns out to be gone.
        this.claims.claim(conn, owner, entry);
        continue;
      }
      if (conn.awarenessId === null) {
        conn.awarenessId = id;
        this.owners.set(id, conn);
        this.claims.withdraw(conn);
      }
      own.push(entry);
    }
    if (own.length === 0) return;
    this.apply(conn, own.length === entries.length ? update : encodeAwarenessEntries(own));
  }

  /**
   * A socket left: its client is gone for everyone else too — unless another
   * socket claims its id (the same client, reconnected), which then takes it.
   */
  leave(conn: Connection): void {
    if (conn.droppedAwarenessStates > 0) {
      this.deps.log.info('awareness-too-large-dropped', {
        board: this.deps.board,
        conn: conn.id,
        count: conn.droppedAwarenessStates,
      });
    }
    this.claims.withdraw(conn);
    const clientId = conn.awarenessId;
    if (clientId === null || this.owners.get(clientId) !== conn) return;
    const next = this.claims.ownerLeft(conn);
    // A claim the owner has since overtaken would leave the owner's last
    // state behind under the claimant's name: that presence goes as usual.
    if (next !== null && next.entry.clock > this.clockOf(clientId)) {
      this.handOver(next.claimant, next.entry);
      return;
    }
    awarenessProtocol.removeAwarenessStates(this.awareness, [clientId], conn);
    this.owners.delete(clientId);
  }

  dispose(): void {
    this.claims.dispose();
    this.relay.dispose();
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.owners.clear();
  }

  /**
   * `claimant` takes over its claimed id; its last claimed state is applied
   * (and relayed) now. The previous owner's leaving then removes nothing,
   * since it is no longer the owner.
   */
  private handOver(claimant: Connection, entry: AwarenessEntry): void {
    const id = entry.clientId;
    // A claimed clock far ahead (forged) would make the real client's next
    // states look like echoes: the handed-over state is one step newer, no more.
    const clock = Math.min(entry.clock, this.clockOf(id) + 1);
    this.owners.set(id, claimant);
    claimant.awarenessId = id;
    this.apply(claimant, encodeAwarenessEntries([{ ...entry, clock }]));
  }

  private apply(conn: Connection, update: Uint8Array): void {
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn);
    } catch (error) {
      this.deps.reject(conn, `awareness: ${errorFields(error).error}`);
    }
  }

  /** Whether the room would take `entry` as news: no entry for its id yet, or a later clock. */
  private isNewer(entry: AwarenessEntry): boolean {
    const meta = this.awareness.meta.get(entry.clientId);
    return meta === undefined || entry.clock > meta.clock;
  }

  /** The clock of the room's latest entry for `clientId` (0: none yet). */
  private clockOf(clientId: number): number {
    return this.awareness.meta.get(clientId)?.clock ?? 0;
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
