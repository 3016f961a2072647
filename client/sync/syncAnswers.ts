import * as decoding from 'lib0/decoding';
import { messageYjsSyncStep2 } from 'y-protocols/sync';
import { messageSync, type WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { isEmptyDoc } from '../../shared/yjs-private.ts';

export type UpdateListener = (update: Uint8Array, origin: unknown) => void;

/** The update inside a sync step 2 message (the reader stands after the message type), else null. */
function syncStep2Update(decoder: decoding.Decoder): Uint8Array | null {
  const peek = decoding.clone(decoder);
  if (decoding.readVarUint(peek) !== messageYjsSyncStep2) return null;
  // A copy: a view would keep (and IndexedDB would store) the whole message buffer.
  return decoding.readVarUint8Array(peek).slice();
}

function changedAnything(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  const { beforeState, afterState } = transaction;
  if (beforeState.size !== afterState.size) return true;
  for (const [client, clock] of afterState) {
    if (beforeState.get(client) !== clock) return true;
  }
  return false;
}

/**
 * Applies the server's whole-board answer to an empty copy (sync step 2 on a
 * first visit) with the given 'update' listeners detached, then hands them
 * the answer's bytes as they arrived.
 *
 * Yjs re-encodes every applied update for its 'update' listeners; for the
 * first answer of a 3,000-note board that is ~65 ms of the page's opening,
 * spent on listeners that need no re-encoding: the provider never sends back
 * its own updates, the offline copy stores the bytes as they are, and the
 * session only notes that the board changed. Other listeners, if any, still
 * get Yjs's own encoding. Returns the function that restores the handler.
 */
export function applySyncAnswersAsReceived(
  provider: WebsocketProvider,
  listeners: readonly UpdateListener[],
): () => void {
  const handlers = provider.messageHandlers;
  const original = handlers[messageSync];
  if (original === undefined) throw new Error('y-websocket has no sync message handler');
  const doc = provider.doc;
  handlers[messageSync] = (encoder, decoder, from, emitSynced, messageType) => {
    // Only into an empty copy: an answer to a copy that already holds the
    // board (from this device's IndexedDB) may repeat much of it, and Yjs's
    // encoding then hands on only what was new.
    const answer = isEmptyDoc(doc) ? syncStep2Update(decoder) : null;
    if (answer === null) {
      original(encoder, decoder, from, emitSynced, messageType);
      return;
    }
    let changed = false;
    const onTransaction = (transaction: Y.Transaction) => {
      changed ||= changedAnything(transaction);
    };
    for (const listener of listeners) doc.off('update', listener);
    doc.on('afterTransaction', onTransaction);
    try {
      original(encoder, decoder, from, emitSynced, messageType);
    } finally {
      doc.off('afterTransaction', onTransaction);
      for (const listener of listeners) doc.on('update', listener);
      // Also when a 'sync' listener threw: the document has changed either way.
      if (changed) for (const listener of listeners) listener(answer, provider);
    }
  };
  return () => {
    handlers[messageSync] = original;
  };
}
