/**
 * Keyboard shortcuts inside the board, as a pure mapping from a key event's
 * shape to a command. Undo/redo belong to the page (it owns the UndoManager);
 * this map leaves those keys alone.
 */

export const CANVAS_COMMANDS = [
  'delete',
  'duplicate',
  'selectAll',
  'clearSelection',
  'edit',
  'zoomIn',
  'zoomOut',
  'fitBoard',
  /** An arrow key: the nearest post-it that way (boardNavigation.ts). */
  'navigate',
  /** Alt+Left/Right: the selection to the previous/next meeting. */
  'moveColumn',
  /** N: a new post-it, its editor open (the keyboard's double-click on an empty spot). */
  'newNote',
] as const;
export type CanvasCommand = (typeof CANVAS_COMMANDS)[number];

/** Commands that change the board; a read-only board ignores them. */
export const EDITING_COMMANDS: ReadonlySet<CanvasCommand> = new Set([
  'delete',
  'duplicate',
  'edit',
  'moveColumn',
  'newNote',
]);

export interface KeyShape {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  /** The event comes from an input, textarea, select or contenteditable element. */
  readonly inTextField: boolean;
  /** macOS / iOS: the command modifier is Cmd (meta) instead of Ctrl. */
  readonly isMac: boolean;
}

export function commandForKey(event: KeyShape): CanvasCommand | null {
  if (event.inTextField) return null;
  const mod = event.isMac ? event.metaKey : event.ctrlKey;
  // The other platform's modifier must not trigger (Ctrl+D on a Mac is a text-editing key).
  const otherMod = event.isMac ? event.ctrlKey : event.metaKey;
  if (otherMod) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (mod) {
    if (event.altKey) return null;
    if (key === 'd' && !event.shiftKey) return 'duplicate';
    if (key === 'a' && !event.shiftKey) return 'selectAll';
    if (key === '+' || key === '=') return 'zoomIn';
    if (key === '-') return 'zoomOut';
    return null;
  }
  const arrow = key.startsWith('Arrow') && !event.shiftKey;
  if (event.altKey)
    return arrow && (key === 'ArrowLeft' || key === 'ArrowRight') ? 'moveColumn' : null;
  if (arrow) return 'navigate';
  switch (key) {
    case 'Delete':
    case 'Backspace':
      return 'delete';
    case 'Escape':
      return 'clearSelection';
    case 'Enter':
    case 'F2':
      return event.shiftKey ? null : 'edit';
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
      return 'zoomOut';
    case '0':
      return event.shiftKey ? null : 'fitBoard';
    case 'n':
      return event.shiftKey ? null : 'newNote';
    default:
      return null;
  }
}

/** Whether an event target is a place where keys type text (so board shortcuts stay quiet). */
export function isTextField(
  target: {
    readonly tagName?: string;
    readonly isContentEditable?: boolean;
    readonly type?: string;
  } | null,
): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target.type ?? 'text').toLowerCase();
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file'].includes(
    type,
  );
}
