// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PeoplePool } from '../../../client/panels/PeoplePool.tsx';
import {
  getByTestId,
  pointer,
  press,
  panelOnBoard,
  type FakeCanvas,
  type Mounted,
  type PanelOnBoard,
  type SidePanelProps,
} from './harness.ts';

let panel: PanelOnBoard;
let canvas: FakeCanvas;
let view: Mounted;

/** Re-renders with the document's current state, as the board page does on every update. */
const rerender = (overrides: Partial<SidePanelProps> = {}) => panel.rerender(overrides);

beforeEach(() => {
  panel = panelOnBoard(PeoplePool);
  ({ canvas, view } = panel);
});

afterEach(() => {
  panel.dispose();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('PeoplePool drag to the canvas', () => {
  const row = () => getByTestId(view.container, 'pool-entry-soeren');
  const ghost = () => document.querySelector('.panel-ghost');

  it('drops the person where the pointer is released over the canvas', () => {
    pointer(row(), 'pointerdown', 50, 40);
    pointer(window, 'pointermove', 56, 40);
    expect(ghost()).not.toBeNull();
    pointer(window, 'pointermove', 420, 300);
    expect((ghost() as HTMLElement).style.transform).toContain('translate3d(330px, 245px, 0)');
    expect(ghost()?.textContent).toContain('Søren S.');
    pointer(window, 'pointerup', 420, 300);
    expect(canvas.dropPerson).toHaveBeenCalledWith('soeren', 420, 300);
    expect(ghost()).toBeNull();
  });

  it('a press without movement past the threshold drops nothing', () => {
    pointer(row(), 'pointerdown', 50, 40);
    pointer(window, 'pointermove', 52, 41);
    expect(ghost()).toBeNull();
    pointer(window, 'pointerup', 52, 41);
    expect(canvas.dropPerson).not.toHaveBeenCalled();
  });

  it('releasing outside the canvas drops nothing', () => {
    pointer(row(), 'pointerdown', 50, 40);
    pointer(window, 'pointermove', 150, 40);
    expect(ghost()?.classList.contains('panel-ghost--blocked')).toBe(true);
    pointer(window, 'pointerup', 150, 40);
    expect(canvas.dropPerson).not.toHaveBeenCalled();
    expect(ghost()).toBeNull();
  });

  it('Escape cancels the drag', () => {
    pointer(row(), 'pointerdown', 50, 40);
    pointer(window, 'pointermove', 400, 40);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(ghost()).toBeNull();
    pointer(window, 'pointerup', 400, 40);
    expect(canvas.dropPerson).not.toHaveBeenCalled();
  });

  it('presses on the row buttons and secondary buttons start no drag', () => {
    pointer(getByTestId(view.container, 'person-edit-soeren'), 'pointerdown', 50, 40);
    pointer(window, 'pointermove', 400, 40);
    expect(ghost()).toBeNull();
    pointer(window, 'pointerup', 400, 40);
    pointer(row(), 'pointerdown', 50, 40, { button: 2 });
    pointer(window, 'pointermove', 400, 40);
    pointer(window, 'pointerup', 400, 40);
    expect(canvas.dropPerson).not.toHaveBeenCalled();
  });

  it('does not drag when read-only', () => {
    rerender({ readOnly: true, actions: null });
    pointer(row(), 'pointerdown', 50, 40);
    pointer(window, 'pointermove', 400, 40);
    expect(ghost()).toBeNull();
    pointer(window, 'pointerup', 400, 40);
    expect(canvas.dropPerson).not.toHaveBeenCalled();
  });
});
