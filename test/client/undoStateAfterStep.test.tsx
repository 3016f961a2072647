// @vitest-environment happy-dom
import { act, useLayoutEffect, useSyncExternalStore } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { UndoRedoButtons } from '../../client/board/UndoRedoButtons.tsx';
import { mount, type Mounted } from './plan/harness.tsx';
import { fakeUndoState } from './undoStateFake.ts';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  document.body.replaceChildren();
});

const undoState = fakeUndoState({ canUndo: false, canRedo: false });
const session = { undoLast: () => false, redoLast: () => false, undoState };

/** Whether undo is disabled, looked at as each render of a new undo state is committed. */
function Probe({ seen }: { seen: boolean[] }) {
  const status = useSyncExternalStore(undoState.subscribe, undoState.get);
  useLayoutEffect(() => {
    const undo = document.querySelector<HTMLButtonElement>('[data-testid="undo"]');
    seen.push(undo?.disabled ?? true);
  }, [status, seen]);
  return null;
}

/**
 * Undo turns on at a session's first edit, mostly a drop: not in the render of
 * the step itself (that frame renders the drop, and the button's repaint is the
 * whole page's at 3,000 notes with the plan open) but in the one after it.
 */
describe('the toolbar’s undo button after the first step', () => {
  it('turns on a render after the undo state that filled the history', () => {
    const seen: boolean[] = [];
    mounted = mount(
      <>
        <UndoRedoButtons session={session} canvas={null} lang="da" />
        <Probe seen={seen} />
      </>,
    );
    act(() => undoState.set({ canUndo: true, canRedo: false }));
    // Mounted disabled; still disabled as the step's own render is committed.
    expect(seen).toEqual([true, true]);
    const undo = document.querySelector<HTMLButtonElement>('[data-testid="undo"]');
    expect(undo?.disabled).toBe(false);
  });
});
