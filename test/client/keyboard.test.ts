import { describe, expect, it } from 'vitest';
import { commandForKey, isTextField, type KeyShape } from '../../client/canvas/keyboard.ts';

const key = (k: string, extra: Partial<KeyShape> = {}): KeyShape => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  inTextField: false,
  isMac: false,
  ...extra,
});

describe('board keyboard shortcuts', () => {
  it('deletes with Delete and Backspace', () => {
    expect(commandForKey(key('Delete'))).toBe('delete');
    expect(commandForKey(key('Backspace'))).toBe('delete');
  });

  it('duplicates with Ctrl+D on Windows/Linux and Cmd+D on a Mac, not the other way round', () => {
    expect(commandForKey(key('d', { ctrlKey: true }))).toBe('duplicate');
    expect(commandForKey(key('D', { ctrlKey: true }))).toBe('duplicate');
    expect(commandForKey(key('d', { metaKey: true, isMac: true }))).toBe('duplicate');
    expect(commandForKey(key('d', { ctrlKey: true, isMac: true }))).toBeNull();
    expect(commandForKey(key('d', { metaKey: true }))).toBeNull();
  });

  it('stays quiet while a text field has the focus', () => {
    expect(commandForKey(key('Backspace', { inTextField: true }))).toBeNull();
    expect(commandForKey(key('d', { ctrlKey: true, inTextField: true }))).toBeNull();
  });

  it('leaves undo and redo to the page', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(commandForKey(key('y', { ctrlKey: true }))).toBeNull();
  });

  it('maps Escape, Enter, select all and zoom keys', () => {
    expect(commandForKey(key('Escape'))).toBe('clearSelection');
    expect(commandForKey(key('Enter'))).toBe('edit');
    expect(commandForKey(key('a', { ctrlKey: true }))).toBe('selectAll');
    expect(commandForKey(key('+'))).toBe('zoomIn');
    expect(commandForKey(key('-'))).toBe('zoomOut');
    expect(commandForKey(key('0'))).toBe('fitBoard');
    expect(commandForKey(key('x'))).toBeNull();
  });

  it('maps the arrows to going from post-it to post-it, Alt+Left/Right to moving a meeting over', () => {
    for (const arrow of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])
      expect(commandForKey(key(arrow))).toBe('navigate');
    expect(commandForKey(key('ArrowLeft', { altKey: true }))).toBe('moveColumn');
    expect(commandForKey(key('ArrowRight', { altKey: true }))).toBe('moveColumn');
    expect(commandForKey(key('ArrowUp', { altKey: true }))).toBeNull();
    expect(commandForKey(key('ArrowRight', { shiftKey: true }))).toBeNull();
    expect(commandForKey(key('ArrowRight', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('ArrowRight', { inTextField: true }))).toBeNull();
    expect(commandForKey(key('ArrowRight', { altKey: true, inTextField: true }))).toBeNull();
  });

  it('maps N to a new post-it (not with Shift, Ctrl or Alt, nor in a text field)', () => {
    expect(commandForKey(key('n'))).toBe('newNote');
    expect(commandForKey(key('N'))).toBe('newNote'); // Caps Lock
    expect(commandForKey(key('N', { shiftKey: true }))).toBeNull();
    expect(commandForKey(key('n', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('n', { altKey: true }))).toBeNull();
    expect(commandForKey(key('n', { inTextField: true }))).toBeNull();
  });

  it('recognises text fields', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextField({ tagName: 'DIV' })).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
