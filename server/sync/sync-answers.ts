import type * as Y from 'yjs';
import { encodeSyncStep2, encodeSyncStep2Of } from './messages.ts';

/** The state vector of an empty document: no clients. */
const EMPTY_STATE_VECTOR = Uint8Array.of(0);

export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

/**
 * Answers to sync step 1. A client with an empty document gets the whole
 * board. Joiners arrive together (a workshop opening the link), so that answer
 * is encoded once and shared until the document changes (200 joiners of a
 * 2,000-note board: one encoding, not 200 back to back on the event loop), and
 * only kept briefly, so an idle board does not hold a second copy of itself.
 */
export class SyncAnswers {
  private full: Uint8Array | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly ttlMs: number,
  ) {}

  /** Sync step 2 for a client whose document has this state vector. */
  for(stateVector: Uint8Array): Uint8Array {
    if (!isEmptyStateVector(stateVector)) return encodeSyncStep2(this.doc, stateVector);
    if (this.full === null) this.keep(encodeSyncStep2(this.doc, stateVector));
    return this.full ?? encodeSyncStep2(this.doc, stateVector);
  }

  /**
   * The whole-board answer from `snapshot`, an encoding of the whole document
   * as it is now (a stored snapshot just loaded): a board opens without the
   * server encoding it again (issue 4: interactive within 1 s; 10–30 ms at
   * 3,000 notes, while the browser needs the two cores).
   */
  useSnapshot(snapshot: Uint8Array): void {
    this.drop();
    this.keep(encodeSyncStep2Of(snapshot));
  }

  /** Sync step 2 for a client whose document is empty: the whole board. */
  forEmpty(): Uint8Array {
    return this.for(EMPTY_STATE_VECTOR);
  }

  private keep(full: Uint8Array): void {
    this.full = full;
    this.timer = setTimeout(() => this.drop(), this.ttlMs);
    this.timer.unref();
  }

  /** Forgets the shared answer: the document changed, or the room is closing. */
  drop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.full = null;
  }
}
