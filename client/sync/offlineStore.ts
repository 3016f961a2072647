import { PREFERRED_TRIM_SIZE, storeState, type IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** y-indexeddb's object store of updates. */
const UPDATES_STORE = 'updates';

/**
 * y-indexeddb's writer of the offline copy, with each write's transaction
 * committed at once. y-indexeddb lets the transaction commit by itself, which
 * waits until the write's success event has run on this page: a page
 * reloaded or closed right after an edit can go first, and the edit is lost
 * (the offline browser test, a move and a reload at once, lost it in about
 * one run in three once the drop's render left the pointer-up task).
 * `commit()` lets the database commit as soon as the write is done. The rest
 * is y-indexeddb's: one write per update, the log compacted into one state
 * after PREFERRED_TRIM_SIZE writes.
 */
export function commitOfflineWritesAtOnce(offline: IndexeddbPersistence, doc: Y.Doc): void {
  const store = (update: Uint8Array, origin: unknown): void => {
    const db = offline.db;
    if (db === null || origin === offline) return;
    const transaction = db.transaction([UPDATES_STORE], 'readwrite');
    transaction.objectStore(UPDATES_STORE).add(update);
    transaction.commit();
    if (++offline._dbsize < PREFERRED_TRIM_SIZE) return;
    if (offline._storeTimeoutId !== null) clearTimeout(offline._storeTimeoutId);
    offline._storeTimeoutId = setTimeout(() => {
      void storeState(offline, false);
      offline._storeTimeoutId = null;
    }, offline._storeTimeout);
  };
  doc.off('update', offline._storeUpdate);
  // Under y-indexeddb's name, so its destroy() removes this one.
  offline._storeUpdate = store;
  doc.on('update', store);
}
