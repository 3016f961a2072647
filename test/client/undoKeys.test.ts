import { describe, expect, it } from 'vitest';
import { undoCommandForKey } from '../../client/board/undoKeys.ts';
import type { KeyShape } from '../../client/canvas/keyboard.ts';

const key = (shape: Partial<KeyShape> & { key: string }): KeyShape => ({
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  inTextField: false,
  isMac: false,
  ...shape,
});

describe('undo and redo keys', () => {
  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo on Windows and Linux', () => {
    expect(undoCommandForKey(key({ key: 'z', ctrlKey: true }))).toBe('undo');
    expect(undoCommandForKey(key({ key: 'Z', ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoCommandForKey(key({ key: 'y', ctrlKey: true }))).toBe('redo');
  });

  it('Cmd+Z and Cmd+Shift+Z on a Mac; Ctrl+Z there is not undo', () => {
    expect(undoCommandForKey(key({ key: 'z', metaKey: true, isMac: true }))).toBe('undo');
    expect(undoCommandForKey(key({ key: 'z', metaKey: true, shiftKey: true, isMac: true }))).toBe(
      'redo',
    );
    expect(undoCommandForKey(key({ key: 'z', ctrlKey: true, isMac: true }))).toBeNull();
  });

  it('leaves text fields their own undo and ignores plain or Alt keys', () => {
    expect(undoCommandForKey(key({ key: 'z', ctrlKey: true, inTextField: true }))).toBeNull();
    expect(undoCommandForKey(key({ key: 'z' }))).toBeNull();
    expect(undoCommandForKey(key({ key: 'z', ctrlKey: true, altKey: true }))).toBeNull();
  });
});
