import type { UndoState, UndoStateSource } from '../../client/sync/undoState.ts';

/** An undo state set by the test, as the session's history would publish it. */
export function fakeUndoState(initial: UndoState): UndoStateSource & {
  set(next: UndoState): void;
} {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      state = next;
      for (const listener of listeners) listener();
    },
  };
}
