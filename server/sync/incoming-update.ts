import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { errorFields, type Logger } from '../log.ts';
import { readWholeUpdate } from './messages.ts';
import type { RoomStore } from './room-store.ts';
import type { SyncAnswers } from './sync-answers.ts';

/** Why a client's update closes its socket: the close code and the logged reason. */
export interface UpdateRefusal {
  readonly code: number;
  readonly reason: string;
}

export interface IncomingUpdateDeps {
  readonly doc: Y.Doc;
  readonly persistence: RoomStore;
  readonly syncAnswers: SyncAnswers;
  readonly log: Logger;
  readonly board: string;
}

/**
 * Checks a writer's update against the room's document and applies it (its
 * 'update' event stores and broadcasts it): unreadable or nested too deep,
 * nothing of it is applied; past the document's size, or bringing too much
 * that waits for missing updates, it is refused and what waits is forgotten.
 * Returns why the sender is to be closed, or null.
 */
export function applyIncomingUpdate(
  deps: IncomingUpdateDeps,
  update: Uint8Array,
  origin: unknown,
): UpdateRefusal | null {
  const { doc, persistence, syncAnswers } = deps;
  const readable = readWholeUpdate(update, doc);
  if (!readable.ok) return { code: CLOSE_CODES.badMessage, reason: readable.error };
  if (readable.value.pendingTooDeep) {
    // Pieces of too deep a chain, joined by this (perhaps anyone's) update.
    deps.log.warn('board-pending-dropped', { board: deps.board, reason: 'nested too deep' });
    persistence.dropPending();
    syncAnswers.drop();
  }
  if (!persistence.admits(update.length)) {
    return { code: CLOSE_CODES.documentTooLarge, reason: 'document too large' };
  }
  let failure: string | null = null;
  try {
    Y.applyUpdate(doc, update, origin);
  } catch (error) {
    failure = `update does not apply: ${errorFields(error).error}`;
  }
  if (!persistence.pendingFits()) {
    // What waits for missing dependencies would carry the board past its
    // limits. None of it was stored or broadcast (it raised no 'update'),
    // so it is forgotten; a client that still misses it sends it again
    // in its sync step 2 when it reconnects.
    persistence.dropPending();
    syncAnswers.drop();
    return { code: CLOSE_CODES.documentTooLarge, reason: 'too much waiting for missing updates' };
  }
  return failure === null ? null : { code: CLOSE_CODES.badMessage, reason: failure };
}
