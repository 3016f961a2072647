import type { BoardStore } from '../../server/store/types.ts';

/** A store that forwards to `inner`, with switches for failures and delays (no mocks of sockets). */
export interface ControlledStore extends BoardStore {
  loadCalls: number;
  loadDelayMs: number;
  failLoads: boolean;
  failWrites: boolean;
  /** New boards fail to be stored (`create`), apart from `failWrites`. */
  failCreates: boolean;
  loadFinishedAt: number | null;
  appendCalls: number;
  /** While set, appends wait for it before they reach the store (a slow disk). */
  appendGate: Promise<void> | null;
  /** While set, loads wait for it before they reach the store, and again once it answered (a test picks the turn they end in). */
  loadGate: Promise<void> | null;
  /** While set, id lookups wait for it before they reach the store. */
  resolveGate: Promise<void> | null;
  /** While set, new boards wait for it before they reach the store. */
  createGate: Promise<void> | null;
  /** While set, compactions (whole-state writes) wait for it before they reach the store. */
  compactGate: Promise<void> | null;
}

export function controlledStore(inner: BoardStore): ControlledStore {
  const store: ControlledStore = {
    loadCalls: 0,
    loadDelayMs: 0,
    failLoads: false,
    failWrites: false,
    failCreates: false,
    loadFinishedAt: null,
    appendCalls: 0,
    appendGate: null,
    loadGate: null,
    resolveGate: null,
    createGate: null,
    compactGate: null,
    async create(ids, snapshot) {
      if (store.createGate !== null) await store.createGate;
      if (store.failCreates) throw new Error('injected create failure');
      return inner.create(ids, snapshot);
    },
    remove: (id) => inner.remove(id),
    async load(id) {
      store.loadCalls++;
      if (store.loadDelayMs > 0) await new Promise((r) => setTimeout(r, store.loadDelayMs));
      if (store.loadGate !== null) await store.loadGate;
      if (store.failLoads) throw new Error('injected load failure');
      const result = await inner.load(id);
      if (store.loadGate !== null) await store.loadGate;
      store.loadFinishedAt = Date.now();
      return result;
    },
    async append(id, update) {
      store.appendCalls++;
      if (store.appendGate !== null) await store.appendGate;
      if (store.failWrites) throw new Error('injected write failure');
      return inner.append(id, update);
    },
    async compact(id, state) {
      if (store.compactGate !== null) await store.compactGate;
      if (store.failWrites) throw new Error('injected write failure');
      return inner.compact(id, state);
    },
    exists: (id) => inner.exists(id),
    async resolve(id) {
      if (store.resolveGate !== null) await store.resolveGate;
      return inner.resolve(id);
    },
    list: () => inner.list(),
    close: () => inner.close(),
  };
  return store;
}
