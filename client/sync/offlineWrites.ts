import type { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/**
 * The offline copy's writes, moved out of the frame that made them.
 *
 * y-indexeddb opens an IndexedDB transaction and clones the update inside the
 * document's 'update' event, i.e. in the middle of a drop or a keystroke
 * (~5 ms for the first one of a page). Here the updates wait until the frame
 * that made them has been painted (in a hidden tab, which paints no frames,
 * a task later). They are written at once when the page is hidden, frozen or
 * closed, so an edit made offline is not lost by closing the tab right after.
 * Each is written as it came: merging a burst that holds the whole board
 * would re-encode all of it.
 */
export class OfflineWrites {
  private pending: Uint8Array[] = [];
  private scheduled = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly offline: IndexeddbPersistence,
  ) {
    doc.off('update', offline._storeUpdate);
    doc.on('update', this.onUpdate);
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('freeze', this.flush);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  /** The doc 'update' listener (also handed sync answers directly: syncAnswers.ts). */
  readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    // What the offline copy itself loaded is already stored.
    if (origin === this.offline) return;
    this.pending.push(update);
    if (this.scheduled) return;
    this.scheduled = true;
    // After the next paint: a frame callback, then a task behind it.
    if (document.hidden) setTimeout(this.flush, 0);
    else requestAnimationFrame(() => setTimeout(this.flush, 0));
  };

  readonly flush = (): void => {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    const updates = this.pending;
    this.pending = [];
    for (const update of updates) this.offline._storeUpdate(update, null);
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  /** Writes what is pending and stops listening. */
  dispose(): void {
    this.flush();
    this.doc.off('update', this.onUpdate);
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('freeze', this.flush);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }
}
