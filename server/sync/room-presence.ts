import { equalityDeep } from 'lib0/function';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Config } from '../config.ts';
import { errorFields, type Logger } from '../log.ts';
import { AwarenessRelay } from './awareness-relay.ts';
import type { Connection } from './connection.ts';
import {
  encodeAwarenessEntries,
  encodeAwarenessFrame,
  encodeAwarenessMessage,
  type AwarenessEntry,
} from './messages.ts';
import { PresenceClaims } from './presence-claims.ts';

/** How long a holder behind the board's clock must pause before it is told to catch up. */
const CATCH_UP_AFTER_MS = 150;
/**
 * At most one answer to a socket's query-awareness per this long: each is the
 * whole room's presence (up to 250 × `maxAwarenessBytes`). y-websocket's
 * provider never sends one; a query within the interval is answered at its end.
 */
export const QUERY_ANSWER_INTERVAL_MS = 1_000;

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
  /**
   * Ids an editing socket has held: a view link never takes one, not even
   * after that editor has gone (it would then hold it against her return).
   * Never pruned, like the awareness's own clocks.
   */
  private readonly editorIds = new Set<number>();
  /** Holders with a catch-up waiting for them to pause (see `catchUp`). */
  private readonly catchUps = new Map<Connection, ReturnType<typeof setTimeout>>();
  /** Sockets whose first awareness frame has come: only that one can fix their id. */
  private readonly settled = new WeakSet<Connection>();
  private readonly relay: AwarenessRelay;
  private readonly claims: PresenceClaims;
  /** Everyone's presence encoded, until it changes (undefined: not encoded yet). */
  private everyone: Uint8Array | null | undefined = undefined;
  /** Per socket: when its query was last answered, and the answer waiting for the interval's end. */
  private readonly queries = new Map<
    Connection,
    { answeredAt: number; pending: ReturnType<typeof setTimeout> | null }
  >();

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
      handOver: (claimant, entry) => this.takeOver(claimant, entry),
    });
  }

  /** Everyone present, for a joiner or a query; null when no one is. Encoded once per change. */
  currentMessage(): Uint8Array | null {
    if (this.everyone === undefined) {
      const present = [...this.awareness.getStates().keys()];
      this.everyone = present.length > 0 ? encodeAwarenessMessage(this.awareness, present) : null;
    }
    return this.everyone;
  }

  /** A query-awareness: answered at once, or at the end of the socket's interval (coalesced). */
  query(conn: Connection): void {
    const last = this.queries.get(conn);
    const since = Date.now() - (last?.answeredAt ?? Number.NEGATIVE_INFINITY);
    if (last?.pending !== undefined && last.pending !== null) return;
    const answer = (): void => {
      this.queries.set(conn, { answeredAt: Date.now(), pending: null });
      const present = this.currentMessage();
      if (present !== null) conn.send(present);
    };
    if (since >= QUERY_ANSWER_INTERVAL_MS) answer();
    else {
      const pending = setTimeout(answer, QUERY_ANSWER_INTERVAL_MS - since);
      this.queries.set(conn, { answeredAt: last?.answeredAt ?? 0, pending });
    }
  }

  receive(conn: Connection, update: Uint8Array, entries: readonly AwarenessEntry[]): void {
    if (this.claims.isRefused(conn)) return;
    if (conn.awarenessId === null) {
      // Only the first frame can be the hello; later ones are echoes of others.
      if (this.settled.has(conn)) return;
      this.settled.add(conn);
      if (!this.bind(conn, entries[0])) return;
    }
    const id = conn.awarenessId;
    // Entries for other ids are never applied: the echoes every provider
    // sends back of the others' changes (removals included), and what it
    // forwards from other tabs of its browser (y-websocket's BroadcastChannel).
    const own = entries.filter((entry) => entry.clientId === id);
    const last = own.at(-1);
    if (last === undefined) return;
    if (
      own.some((entry) => Buffer.byteLength(entry.stateJson) > this.deps.config.maxAwarenessBytes)
    ) {
      // One line per socket, not per state: a client can send thousands a second.
      if (conn.droppedAwarenessStates++ === 0) {
        this.deps.log.warn('awareness-too-large', { board: this.deps.board, conn: conn.id });
      }
      return;
    }
    const owner = this.owners.get(last.clientId);
    if (owner === conn) {
      this.fromHolder(conn, last, own.length === entries.length ? update : null);
      return;
    }
    // A removal claims nothing; it is only news from the id's holder.
    if (last.removes) return;
    if (owner === undefined) this.takeOver(conn, last);
    // Not applied: kept, in case the holder turns out to be gone (a reconnect).
    else this.claims.claim(conn, owner, last);
  }

  /**
   * A socket's first awareness frame fixes its client id for good: a
   * provider's first frame is its hello (its own state, sent on connecting,
   * before anything it echoes or forwards). False when the frame cannot be a
   * hello: empty, a removal, or — from a view link — an id an editor has had.
   */
  private bind(conn: Connection, hello: AwarenessEntry | undefined): boolean {
    if (hello === undefined || hello.removes) return false;
    if (conn.readOnly && this.editorIds.has(hello.clientId)) return false;
    conn.awarenessId = hello.clientId;
    return true;
  }

  /**
   * A socket leaves: its client is gone for everyone else too — unless another
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
    this.stopCatchUp(conn);
    const query = this.queries.get(conn)?.pending;
    if (query !== undefined && query !== null) clearTimeout(query);
    this.queries.delete(conn);
    const clientId = conn.awarenessId;
    if (clientId === null || this.owners.get(clientId) !== conn) return;
    // A claim still probing or in its grace is the same client, reconnected.
    const next = this.claims.ownerLeft(conn);
    if (next !== null) {
      this.takeOver(next.claimant, next.entry);
      return;
    }
    awarenessProtocol.removeAwarenessStates(this.awareness, [clientId], conn);
    this.owners.delete(clientId);
  }

  dispose(): void {
    for (const pending of this.catchUps.values()) clearTimeout(pending);
    this.catchUps.clear();
    for (const { pending } of this.queries.values()) if (pending !== null) clearTimeout(pending);
    this.queries.clear();
    this.claims.dispose();
    this.relay.dispose();
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.owners.clear();
  }

  /**
   * The holder's own state. Ahead of the board's clock, it goes in as it is.
   * Not ahead, it is still news — its frames come in order on one socket —
   * unless it is the board's own state coming back (a sibling tab forwards
   * the relayed copy over BroadcastChannel): that only counts as a renewal,
   * or two tabs would pass it back and forth for ever. News with a clock
   * behind goes in one step past the board's, and the client is made to catch up.
   */
  private fromHolder(conn: Connection, entry: AwarenessEntry, whole: Uint8Array | null): void {
    const id = entry.clientId;
    const known = this.awareness.meta.get(id);
    if (known === undefined || entry.clock > known.clock) {
      this.stopCatchUp(conn);
      this.apply(conn, whole ?? encodeAwarenessEntries([entry]));
      return;
    }
    const current: unknown = this.awareness.getStates().get(id) ?? null;
    if (equalityDeep(JSON.parse(entry.stateJson), current)) {
      if (!entry.removes) this.awareness.meta.set(id, { ...known, lastUpdated: Date.now() });
      return;
    }
    const clock = known.clock + 1;
    this.apply(conn, encodeAwarenessEntries([{ ...entry, clock }]));
    if (!entry.removes) this.catchUp(conn, id);
  }

  /**
   * `conn` becomes the holder of its id, with `entry` as its state: a free
   * id, or one handed over from a silent or departed holder (whose leaving
   * then removes nothing, as it no longer holds it). Where the board's clock
   * for the id is not behind the entry's (a reconnect after its old socket's
   * removal: the provider does not move its clock), the state goes in one
   * step past it, and the client is made to catch up.
   */
  private takeOver(conn: Connection, entry: AwarenessEntry): void {
    const id = entry.clientId;
    this.owners.set(id, conn);
    if (!conn.readOnly) this.editorIds.add(id);
    this.claims.withdraw(conn);
    const known = this.awareness.meta.get(id);
    const clock = known === undefined ? entry.clock : Math.max(entry.clock, known.clock + 1);
    this.apply(conn, encodeAwarenessEntries([{ ...entry, clock }]));
    if (clock !== entry.clock) this.catchUp(conn, id);
  }

  /**
   * The board's clock for the holder's id went past the client's: the holder
   * is told its id was removed at that clock. y-protocols never lets a remote
   * removal of the local state stand: the client moves to the next clock and
   * sends its current state again. So its clock catches up, and nothing it
   * has shown is undone, as a state sent back could (it may have changed since).
   */
  private catchUp(conn: Connection, id: number): void {
    // Trailing: a client that keeps moving on a slow link sends frames still
    // behind when a catch-up arrives (y-protocols then ignores it), so one goes
    // out once it pauses, at the board's clock of that moment — not one per frame.
    const pending = this.catchUps.get(conn);
    if (pending !== undefined) clearTimeout(pending);
    this.catchUps.set(
      conn,
      setTimeout(() => {
        this.catchUps.delete(conn);
        if (conn.closed || this.owners.get(id) !== conn) return;
        const clock = this.clockOf(id);
        const removal = { clientId: id, clock, stateJson: 'null', removes: true };
        conn.send(encodeAwarenessFrame(encodeAwarenessEntries([removal])));
      }, CATCH_UP_AFTER_MS),
    );
  }

  private stopCatchUp(conn: Connection): void {
    const pending = this.catchUps.get(conn);
    if (pending === undefined) return;
    clearTimeout(pending);
    this.catchUps.delete(conn);
  }

  private apply(conn: Connection, update: Uint8Array): void {
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn);
    } catch (error) {
      this.deps.reject(conn, `awareness: ${errorFields(error).error}`);
    }
  }

  /** The clock of the room's latest entry for `clientId` (0: none yet). */
  private clockOf(clientId: number): number {
    return this.awareness.meta.get(clientId)?.clock ?? 0;
  }

  private readonly onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    this.everyone = undefined;
    for (const id of [...changes.added, ...changes.updated, ...changes.removed]) {
      this.relay.changed(id);
    }
    if (origin !== 'timeout') return;
    // y-protocols dropped a state not renewed for 30 s (a throttled
    // background tab). The relay tells everyone but its holder, so the holder
    // is told too: its client never lets a remote removal stand and sends its
    // state again at once, instead of at its next renewal.
    for (const id of changes.removed) {
      const holder = this.owners.get(id);
      if (holder !== undefined && !holder.closed) {
        holder.send(encodeAwarenessMessage(this.awareness, [id]));
      }
    }
  };
}
