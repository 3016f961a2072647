import { isTextField, type KeyShape } from '../canvas/keyboard.ts';

/**
 * A field marks itself with this while it holds nothing unsaved (a plan
 * field after Enter): its own undo has nothing to take back, so Ctrl+Z there
 * is the board's undo.
 */
export const BOARD_UNDO_ATTRIBUTE = 'data-board-undo';

/** Whether Ctrl+Z in this element is the element's own (typing), not the board's. */
export function keepsOwnUndo(target: Element | null): boolean {
  return isTextField(target as HTMLElement | null) && !target?.hasAttribute(BOARD_UNDO_ATTRIBUTE);
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo; text fields keep their own undo. */
export function undoCommandForKey(event: KeyShape): 'undo' | 'redo' | null {
  if (event.inTextField || event.altKey) return null;
  const mod = event.isMac ? event.metaKey : event.ctrlKey;
  if (!mod) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.isMac && !event.shiftKey) return 'redo';
  return null;
}
