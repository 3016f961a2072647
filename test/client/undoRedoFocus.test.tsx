// @vitest-environment happy-dom
import { act } from 'react';
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

/** A session with one step to undo; its history publishes the undo state after each press. */
function toolbar() {
  const board = document.createElement('div');
  board.tabIndex = 0;
  board.dataset.testid = 'board-canvas';
  board.className = 'board-canvas';
  document.body.append(board);
  let done = 1;
  let undone = 0;
  const undoState = fakeUndoState({ canUndo: true, canRedo: false });
  const session = {
    undoLast: () => done > 0 && (done--, undone++, true),
    redoLast: () => undone > 0 && (undone--, done++, true),
    undoState,
  };
  mounted = mount(<UndoRedoButtons session={session} canvas={null} lang="da" />);
  const { container } = mounted;
  const press = (testid: string, status?: { canUndo: boolean; canRedo: boolean }) => {
    const button = container.querySelector<HTMLButtonElement>(`[data-testid="${testid}"]`)!;
    act(() => {
      button.focus();
      button.click();
    });
    act(() => undoState.set(status ?? { canUndo: done > 0, canRedo: undone > 0 }));
  };
  const focused = () => (document.activeElement as HTMLElement | null)?.dataset.testid;
  return { press, focused };
}

describe('the toolbar’s undo and redo buttons', () => {
  it('after the last undo the focus goes to redo, after the last redo back to undo', () => {
    const { press, focused } = toolbar();
    press('undo');
    expect(focused()).toBe('redo');
    press('redo');
    expect(focused()).toBe('undo');
  });

  it('when neither can be pressed any more (the board closed), the focus goes to the board', () => {
    const { press, focused } = toolbar();
    press('undo', { canUndo: false, canRedo: false });
    expect(focused()).toBe('board-canvas');
  });
});
