import { errorFields, type Logger } from './log.ts';
import type { BoardIds, BoardStore } from './store/types.ts';
import { TIMED_OUT, within } from './sync/deadline.ts';

/** How a creation ended for its request: stored, or not known to be stored in time. */
export type CreationOutcome = 'created' | 'store-slow';

/**
 * Stores new boards (`POST /api/boards`) within the store's deadline. A store
 * that does not answer must not hang the request, yet the request must not
 * get a 201 for a board the store may never have: after `storeWaitMs` it gets
 * `503 store-slow` and the creator tries again (new ids, a new board).
 *
 * The abandoned write may still land. Its board would then exist with ids no
 * one was told (132 random bits each): unreachable, never loaded, but taking
 * its bytes (up to a whole imported board file per retry) and showing in the
 * store's list. So the creation is remembered until it settles, and a board
 * that did land is removed again (`board-create-undone`). Until then the
 * store counts as degraded on /healthz, as a hung append does. Should the
 * removal fail, or the server stop first, the board stays behind unreachable,
 * which breaks nothing (logged `board-create-undo-failed`).
 */
export class BoardCreation {
  /** Creations answered 503 whose write (or its undoing) has not settled. */
  private readonly late = new Set<Promise<void>>();

  constructor(
    private readonly store: BoardStore,
    private readonly storeWaitMs: number,
    private readonly log: Logger,
  ) {}

  /** True while a creation answered 503 still waits on the store. */
  get stalled(): boolean {
    return this.late.size > 0;
  }

  /** Stores the board; rejects as the store does when it fails in time. */
  async create(ids: BoardIds, state: Uint8Array): Promise<CreationOutcome> {
    const started = performance.now();
    const writing = this.store.create(ids, state);
    const settled = await within(writing, started + this.storeWaitMs);
    if (settled !== TIMED_OUT) return 'created';
    this.log.warn('create-store-slow', {
      board: ids.id,
      ms: Math.round(performance.now() - started),
    });
    this.undoWhenSettled(ids.id, writing);
    return 'store-slow';
  }

  private undoWhenSettled(board: string, writing: Promise<void>): void {
    const settling = writing
      .then(
        async () => {
          await this.store.remove(board);
          this.log.info('board-create-undone', { board });
        },
        (error: unknown) => {
          // Nothing was stored: nothing to undo.
          this.log.warn('board-create-late-failed', { board, ...errorFields(error) });
        },
      )
      .catch((error: unknown) => {
        this.log.error('board-create-undo-failed', { board, ...errorFields(error) });
      })
      .finally(() => this.late.delete(settling));
    this.late.add(settling);
  }
}
