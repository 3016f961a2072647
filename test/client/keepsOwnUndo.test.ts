// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BOARD_UNDO_ATTRIBUTE, keepsOwnUndo } from '../../client/board/undoKeys.ts';

describe('whose undo Ctrl+Z is', () => {
  it("a text field's own while it holds unsaved typing, the board's once it marks itself saved", () => {
    const field = document.createElement('textarea');
    expect(keepsOwnUndo(field)).toBe(true);
    field.setAttribute(BOARD_UNDO_ATTRIBUTE, '');
    expect(keepsOwnUndo(field)).toBe(false);
    expect(keepsOwnUndo(document.createElement('button'))).toBe(false);
    // A select in an unsaved form keeps the board out; one that saves at once is marked.
    const select = document.createElement('select');
    expect(keepsOwnUndo(select)).toBe(true);
    select.setAttribute(BOARD_UNDO_ATTRIBUTE, '');
    expect(keepsOwnUndo(select)).toBe(false);
    expect(keepsOwnUndo(null)).toBe(false);
  });
});
