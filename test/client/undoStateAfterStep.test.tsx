// @vitest-environment happy-dom
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { UndoRedoButtons } from '../../client/board/UndoRedoButtons.tsx';
import { mount, type Mounted } from './plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  document.body.replaceChildren();
});

interface Status {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

const session = { undoLast: () => false, redoLast: () => false };

/** Whether undo is disabled, looked at as each render with a new status is committed. */
function Probe({ status, seen }: { status: Status; seen: boolean[] }) {
  useLayoutEffect(() => {
    const undo = document.querySelector<HTMLButtonElement>('[data-testid="undo"]');
    seen.push(undo?.disabled ?? true);
  }, [status, seen]);
  return null;
}

function toolbar(status: Status, seen: boolean[]) {
  return (
    <>
      <UndoRedoButtons session={session} status={status} canvas={null} lang="da" />
      <Probe status={status} seen={seen} />
    </>
  );
}

/**
 * Undo turns on at a session's first edit, mostly a drop: not in the render of
 * the step itself (that frame renders the drop, and the button's repaint is the
 * whole page's at 3,000 notes with the plan open) but in the one after it.
 */
describe('the toolbar’s undo button after the first step', () => {
  it('turns on a render after the status that filled the history', () => {
    const seen: boolean[] = [];
    mounted = mount(toolbar({ canUndo: false, canRedo: false }, seen));
    mounted.render(toolbar({ canUndo: true, canRedo: false }, seen));
    // Mounted disabled; still disabled as the step's own render is committed.
    expect(seen).toEqual([true, true]);
    const undo = document.querySelector<HTMLButtonElement>('[data-testid="undo"]');
    expect(undo?.disabled).toBe(false);
  });
});
