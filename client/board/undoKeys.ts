import type { KeyShape } from '../canvas/keyboard.ts';

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
