import { useDeferredValue, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { CanvasHandle } from '../canvas/types.ts';
import { focusBoardCanvas } from '../canvas/boardElement.ts';
import type { BoardSession } from '../sync/session.ts';
import { undoOrRedo } from './undoRedo.ts';

interface UndoRedoButtonsProps {
  readonly session: Pick<BoardSession, 'undoLast' | 'redoLast' | 'undoState'>;
  readonly canvas: CanvasHandle | null;
  readonly lang: Lang;
}

/** The toolbar's undo and redo buttons. */
export function UndoRedoButtons({ session, canvas, lang }: UndoRedoButtonsProps) {
  // From the history itself: a step renders these buttons, not the page around them.
  const current = useSyncExternalStore(session.undoState.subscribe, session.undoState.get);
  // Shown a render after the step that changed them, not in the step's own: undo turns on at a
  // session's first edit, mostly a drop, and the page's repaint for it (~9 ms at 3,000 notes with
  // the plan open) then fell in the frame that renders the drop, which no later drop repaints.
  const status = {
    canUndo: useDeferredValue(current.canUndo),
    canRedo: useDeferredValue(current.canRedo),
  };
  const t = (entry: { da: string; en: string }) => translate(entry, lang);
  const undo = useRef<HTMLButtonElement>(null);
  const redo = useRef<HTMLButtonElement>(null);
  // The button pressed last, until the status changes.
  const pressed = useRef<HTMLButtonElement | null>(null);
  // After the last step the button pressed turns disabled, and the focus falls to the page's
  // body (or stays on the disabled button): it goes to the other button, else to the board
  // (whose label tells its keys).
  useLayoutEffect(() => {
    const last = pressed.current;
    pressed.current = null;
    const focus = document.activeElement;
    if (!last?.disabled || (focus !== last && focus !== document.body)) return;
    const other = last === undo.current ? redo.current : undo.current;
    if (other && !other.disabled) other.focus();
    else focusBoardCanvas();
  }, [status.canUndo, status.canRedo]);
  const button = (command: 'undo' | 'redo', sign: string, keys: string) => (
    <button
      ref={command === 'undo' ? undo : redo}
      type="button"
      className="button"
      data-testid={command}
      disabled={!(command === 'undo' ? status.canUndo : status.canRedo)}
      title={`${t(S[command])} (${keys})`}
      aria-label={t(S[command])}
      onClick={(event) => {
        pressed.current = event.currentTarget;
        undoOrRedo(command, session, canvas, lang);
      }}
    >
      {sign} <span className="toolbar-label">{t(S[command])}</span>
    </button>
  );
  return (
    <span className="button-group">
      {button('undo', '↶', 'Ctrl+Z')}
      {button('redo', '↷', 'Ctrl+Shift+Z')}
    </span>
  );
}
