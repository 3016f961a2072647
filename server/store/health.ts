import type { BoardStore } from './types.ts';

/** The store's calls outside a room's write path (which retries, and reports through the room). */
type TrackedCall = 'create' | 'load' | 'exists' | 'resolve' | 'list';

export interface StoreHealth {
  readonly store: BoardStore;
  /** True while the latest call of some kind failed: boards cannot be created, opened or found. */
  failing(): boolean;
}

/**
 * Wraps `store` so that /healthz sees every store error (issue 3), not only a
 * room's failing writes: with the disk gone, no room may be open, yet new
 * boards get 503 and boards cannot be opened. A kind of call counts as failing
 * from its failure until it next succeeds (clients retry: a provider
 * reconnects after 4500, a person creates the board again).
 */
export function trackStoreHealth(inner: BoardStore): StoreHealth {
  const failed = new Set<TrackedCall>();
  const track =
    <A extends unknown[], T>(call: TrackedCall, run: (...args: A) => Promise<T>) =>
    async (...args: A): Promise<T> => {
      try {
        const result = await run(...args);
        failed.delete(call);
        return result;
      } catch (error) {
        failed.add(call);
        throw error;
      }
    };
  const store: BoardStore = {
    create: track('create', (ids, snapshot) => inner.create(ids, snapshot)),
    // Not tracked: it cleans up after a creation that already counted (see `BoardCreation`).
    remove: (id) => inner.remove(id),
    load: track('load', (id) => inner.load(id)),
    append: (id, update) => inner.append(id, update),
    compact: (id, state) => inner.compact(id, state),
    exists: track('exists', (id) => inner.exists(id)),
    resolve: track('resolve', (id) => inner.resolve(id)),
    list: track('list', () => inner.list()),
    close: () => inner.close(),
  };
  return { store, failing: () => failed.size > 0 };
}
