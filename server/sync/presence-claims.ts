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
  /** Claimant → its latest entry for the id; the most recent claimant last. */
  readonly claimants: Map<Connection, AwarenessEntry>;
  /** Cancels the running probe of the owner; null when none runs. */
  stopProbe: (() => void) | null;
}

/**
 * Claims on awareness client ids that another socket owns. y-websocket's
 * provider reconnects with the same client id (`doc.clientID`), often while
 * the server still holds the old socket, whose network silently went away
 * (sleep, lost wifi): that old socket owns the id until ping/pong reaps it,
 * up to two ping intervals, and its removal then took the person's presence
 * with it. So a claim probes the owner at once: an owner that answers (pong
 * or any frame) within `probeMs` keeps its id, as a live owner must (issue 3:
 * nobody, a view link least of all, may take over someone else's presence);
 * a silent one is dropped and the id handed to the latest claimant, whose
 * last claimed state then goes out without waiting for its next update. A
 * refused claim stays pending until either side leaves: when the owner leaves
 * first, the id passes to the claimant instead of being removed.
 */
export class PresenceClaims {
  /** Awareness client id → its pending claim; at most one probe per id, so per owner. */
  private readonly claims = new Map<number, Claim>();
  /** Claimant → the one id it claims (a socket may only ever have one). */
  private readonly claimed = new Map<Connection, number>();
  /** Claimants whose refusal has been logged (once per socket). */
  private readonly refusalLogged = new WeakSet<Connection>();

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
    claim.claimants.delete(claimant);
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
    const next = this.takeLatestClaimant(claim);
    this.cancel(id);
    return next;
  }

  /** Cancels every probe (the room closes). */
  dispose(): void {
    for (const id of [...this.claims.keys()]) this.cancel(id);
  }

  private probe(id: number, claim: Claim): void {
    const { owner } = claim;
    const stopListening = owner.onHeard(() => {
      clearTimeout(timer);
      claim.stopProbe = null;
      for (const claimant of claim.claimants.keys()) {
        if (this.refusalLogged.has(claimant)) continue;
        this.refusalLogged.add(claimant);
        this.deps.log.info('presence-claim-refused', {
          board: this.deps.board,
          conn: claimant.id,
          owner: owner.id,
          clientId: id,
        });
      }
    });
    const timer = setTimeout(() => {
      stopListening();
      claim.stopProbe = null;
      const next = this.takeLatestClaimant(claim);
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
      stopListening();
    };
    owner.ping();
  }

  /** The most recent claimant still open. */
  private takeLatestClaimant(claim: Claim): ClaimHandover | null {
    const candidates = [...claim.claimants].reverse();
    for (const [claimant, entry] of candidates) {
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
