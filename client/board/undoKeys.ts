import { isTextField, type KeyShape } from '../canvas/keyboard.ts';

/**
 * A field marks itself with this while it holds nothing unsaved (a plan
 * field after Enter): its own undo has nothing to take back, so Ctrl+Z there
 * is the board's undo.
 */
export const BOARD_UNDO_ATTRIBUTE = 'data-board-undo';

/**
 * Marks a button that stands for a post-it (a plan row's name), by its id:
 * Enter on it, once that post-it is the one selected, edits it, as Enter on
 * the board does (keyboardInput.ts); otherwise Enter presses the button.
 */
export const BOARD_ENTER_ATTRIBUTE = 'data-board-enter';

/**
 * Whether Ctrl+Z in this element is the element's own (typing), not the
 * board's. A date or time field typed half (the browser flags it, and reports
 * no value yet) holds unsaved typing even where it is marked. A select that
 * saves at once (the plan's form choice) carries the mark too; one in an
 * unsaved form does not, so Ctrl+Z there leaves the board alone.
 */
export function keepsOwnUndo(target: Element | null): boolean {
  if (!isTextField(target as HTMLElement | null)) return false;
  if (target instanceof HTMLInputElement && target.validity?.badInput) return true;
  return !target?.hasAttribute(BOARD_UNDO_ATTRIBUTE);
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
