// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { UndoRedoButtons } from '../../client/board/UndoRedoButtons.tsx';
import { createBoardActions } from '../../client/sync/actions.ts';
import { createUndoHistory } from '../../client/sync/undoHistory.ts';
import { publishUndoState } from '../../client/sync/undoState.ts';
import { mount, type Mounted } from './plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  document.body.replaceChildren();
});

/**
 * A session's first step, mostly a drop, fills its history: the undo button
 * follows the history by itself, so the step renders the toolbar's buttons and
 * not the board page around them (at 3,000 notes that render, in the drop's
 * pointer-up task, was one no later drop makes; issue 4).
 */
describe('the undo state of a session’s history', () => {
  it('turns undo on without rendering the page around the buttons', () => {
    const doc = new Y.Doc();
    const undo = createUndoHistory(doc);
    const undoState = publishUndoState(undo);
    const actions = createBoardActions(doc, 'me', { manager: undo, changed: undoState.changed });
    const session = { undoLast: () => undo.undo() !== null, redoLast: () => false, undoState };
    let pageRenders = 0;
    function Page() {
      pageRenders++;
      return <UndoRedoButtons session={session} canvas={null} lang="da" />;
    }
    mounted = mount(<Page />);
    const button = () => document.querySelector<HTMLButtonElement>('[data-testid="undo"]');
    expect(button()?.disabled).toBe(true);
    act(() => {
      actions.addMeeting({ kind: 'network' });
    });
    expect(button()?.disabled).toBe(false);
    expect(pageRenders).toBe(1);
    act(() => {
      session.undoLast();
    });
    expect(button()?.disabled).toBe(true);
    expect(pageRenders).toBe(1);
    undoState.stop();
    doc.destroy();
  });
});
