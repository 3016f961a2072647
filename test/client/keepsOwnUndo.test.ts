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
    // A select has no undo of its own.
    expect(keepsOwnUndo(document.createElement('select'))).toBe(false);
    expect(keepsOwnUndo(null)).toBe(false);
  });
});
