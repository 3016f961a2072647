import type { Logger } from '../log.ts';
import type { Connection } from './connection.ts';
import type { AwarenessEntry } from './messages.ts';

export interface PresenceClaimsDeps {
  readonly board: string;
  /** How long a probed owner has to answer (`PRESENCE_PROBE_MS`). */
  readonly probeMs: number;
  readonly log: Logger;
  /** The id moves to `claimant`, whose last claimed entry is applied now. */
  readonly handOver: (claimant: Connection, entry: AwarenessEntry) => void;
}

/** A socket waiting for an awareness client id that another socket of the room owns. */
export interface ClaimHandover {
  readonly claimant: Connection;
  readonly entry: AwarenessEntry;
}

interface Claim {
  readonly owner: Connection;
  /** Claimant → its latest entry for the id, in the order they first claimed. */
  readonly claimants: Map<Connection, AwarenessEntry>;
  /** Cancels the running probe of the owner, or the grace after its answer; null when none runs. */
  stopProbe: (() => void) | null;
}

/**
 * Claims on awareness client ids that another socket owns. y-websocket's
 * provider reconnects with the same client id (`doc.clientID`), often while
 * the server still holds the old socket, whose network silently went away
 * (sleep, lost wifi): that old socket owns the id until ping/pong reaps it
 * (`silentDropMs` of silence), and its removal then took the person's presence
 * with it. So a claim probes the owner at once: a silent one is dropped and
 * the id handed to the earliest claimant still open, whose last claimed state
 * then goes out without waiting for its next update. An owner that answers
 * (pong or any frame) within `probeMs` keeps its id, as a live owner must
 * (issue 3: a client may only set its own presence). Its claimants wait one
 * grace period more (`2 × probeMs`: the old socket of a reconnect may still
 * answer while its close is on the way), taking the id if the owner leaves
 * meanwhile; after that they are refused for good, their presence ignored for
 * the rest of their life, so a refused socket cannot lie in wait for the
 * owner to leave and then hold the id against the real client's return.
 */
export class PresenceClaims {
  /** Awareness client id → its pending claim; at most one probe per id, so per owner. */
  private readonly claims = new Map<number, Claim>();
  /** Claimant → the one id it claims (a socket may only ever have one). */
  private readonly claimed = new Map<Connection, number>();
  /** Claimants refused for good: a live owner kept the id past the grace. */
  private readonly refused = new WeakSet<Connection>();

  constructor(private readonly deps: PresenceClaimsDeps) {}

  /** `claimant`, whose id `owner` holds, sent `entry` for it. */
  claim(claimant: Connection, owner: Connection, entry: AwarenessEntry): void {
    const id = entry.clientId;
    const already = this.claimed.get(claimant);
    if (already !== undefined && already !== id) return;
    let claim = this.claims.get(id);
    if (claim !== undefined && claim.owner !== owner) {
      // Not expected (the id changes hands only through here), but never probe the wrong socket.
      this.cancel(id);
      claim = undefined;
    }
    if (claim === undefined) {
      claim = { owner, claimants: new Map(), stopProbe: null };
      this.claims.set(id, claim);
    }
    const isNew = !claim.claimants.has(claimant);
    claim.claimants.set(claimant, entry);
    this.claimed.set(claimant, id);
    // One probe per claimant: its later frames only update what it claims.
    if (isNew && claim.stopProbe === null) this.probe(id, claim);
  }

  /** `conn` now holds its id, or leaves: its claim is withdrawn. */
  withdraw(conn: Connection): void {
    const id = this.claimed.get(conn);
    if (id === undefined) return;
    this.claimed.delete(conn);
    const claim = this.claims.get(id);
    if (claim === undefined) return;
    claim.claimants.delete(conn);
    if (claim.claimants.size === 0) this.cancel(id);
  }

  /**
   * `owner` left while its id was claimed: who takes the id, and with which
   * state, instead of the state being removed. Null when nobody claims it.
   */
  ownerLeft(owner: Connection): ClaimHandover | null {
    const id = owner.awarenessId;
    if (id === null) return null;
    const claim = this.claims.get(id);
    if (claim === undefined || claim.owner !== owner) return null;
    const next = this.takeEarliestClaimant(claim);
    this.cancel(id);
    return next;
  }

  /** Whether `conn` was refused for good: its presence is ignored. */
  isRefused(conn: Connection): boolean {
    return this.refused.has(conn);
  }

  /** Cancels every probe (the room closes). */
  dispose(): void {
    for (const id of [...this.claims.keys()]) this.cancel(id);
  }

  private probe(id: number, claim: Claim): void {
    const { owner } = claim;
    let grace: ReturnType<typeof setTimeout> | null = null;
    const stopListening = owner.onHeard(() => {
      clearTimeout(timer);
      // It answered: it keeps the id. Its claimants wait out the grace, then are refused.
      grace = setTimeout(() => {
        claim.stopProbe = null;
        for (const claimant of claim.claimants.keys()) {
          this.refused.add(claimant);
          this.deps.log.info('presence-claim-refused', {
            board: this.deps.board,
            conn: claimant.id,
            owner: owner.id,
            clientId: id,
          });
        }
        this.cancel(id);
      }, 2 * this.deps.probeMs);
    });
    const timer = setTimeout(() => {
      stopListening();
      claim.stopProbe = null;
      const next = this.takeEarliestClaimant(claim);
      this.cancel(id);
      if (next === null) return;
      this.deps.log.info('presence-owner-silent', {
        board: this.deps.board,
        conn: owner.id,
        claimant: next.claimant.id,
        clientId: id,
        ms: this.deps.probeMs,
      });
      // First the id changes hands, then the old socket goes: its leaving
      // then finds itself no longer the owner and removes nothing.
      this.deps.handOver(next.claimant, next.entry);
      // One already closing (server shutdown) keeps its going-away close.
      if (!owner.closed) owner.terminate('presence claimed');
    }, this.deps.probeMs);
    claim.stopProbe = () => {
      clearTimeout(timer);
      if (grace !== null) clearTimeout(grace);
      stopListening();
    };
    owner.ping();
  }

  /**
   * The claimant that claimed first and is still open: a socket that keeps
   * sending cannot push ahead of the reconnect it races.
   */
  private takeEarliestClaimant(claim: Claim): ClaimHandover | null {
    for (const [claimant, entry] of claim.claimants) {
      if (!claimant.closed) return { claimant, entry };
    }
    return null;
  }

  /** Forgets the claim on `id`: its probe stops, its claimants may claim afresh. */
  private cancel(id: number): void {
    const claim = this.claims.get(id);
    if (claim === undefined) return;
    this.claims.delete(id);
    claim.stopProbe?.();
    claim.stopProbe = null;
    for (const claimant of claim.claimants.keys()) {
      if (this.claimed.get(claimant) === id) this.claimed.delete(claimant);
    }
  }
}
