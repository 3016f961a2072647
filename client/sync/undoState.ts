import type * as Y from 'yjs';

/** Whether the session's history has a step to take back or to bring back. */
export interface UndoState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** The undo state for `useSyncExternalStore`: the same object until it changes. */
export interface UndoStateSource {
  readonly get: () => UndoState;
  readonly subscribe: (listener: () => void) => () => void;
}

/**
 * The undo state of a history, published apart from the session's status so
 * that a change of it renders the toolbar's undo buttons only. In the
 * status, the session's first step (mostly a drop) re-rendered the whole
 * board page in the pointer-up task that writes the drop, a render no later
 * drop makes (issue 4: no frame over 50 ms). `changed` is for changes made to
 * the stacks by hand (the history's own events are watched here).
 */
export function publishUndoState(
  undo: Y.UndoManager,
): UndoStateSource & { readonly changed: () => void; readonly stop: () => void } {
  let state: UndoState = { canUndo: false, canRedo: false };
  const listeners = new Set<() => void>();
  const changed = (): void => {
    const canUndo = undo.undoStack.length > 0;
    const canRedo = undo.redoStack.length > 0;
    if (canUndo === state.canUndo && canRedo === state.canRedo) return;
    state = { canUndo, canRedo };
    for (const listener of listeners) listener();
  };
  const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
  for (const event of events) undo.on(event, changed);
  changed();
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed,
    stop() {
      for (const event of events) undo.off(event, changed);
      listeners.clear();
    },
  };
}
