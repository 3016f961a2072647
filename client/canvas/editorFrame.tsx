import {
  useEffect,
  useLayoutEffect,
  useRef,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import type { Rect } from '../../shared/layout.ts';
import type { CanvasController } from './controller.ts';
import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';
import { boardRectToScreen } from './viewport.ts';
import { keepTabInside } from '../app/focusTrap.ts';

export const EDITOR_WIDTH = 340;

export const fieldStyle: CSSProperties = {
  display: 'block',
  width: '100%',
  boxSizing: 'border-box',
  font: 'inherit',
  fontSize: 15,
  fontWeight: 400,
  padding: '6px 8px',
  border: '1px solid #b9b2a3',
  borderRadius: 6,
  background: '#ffffff',
  color: '#1f2328',
  marginTop: 2,
};

/** A field's problem, under it in the editors' red, told to a screen reader as it shows. */
export function FieldAlert({ children }: { readonly children: ReactNode }) {
  return (
    <span role="alert" style={{ color: '#c62828', fontSize: 12 }}>
      {children}
    </span>
  );
}

export const labelStyle: CSSProperties = {
  display: 'block',
  fontSize: 13,
  fontWeight: 600,
  color: '#3d444d',
  marginBottom: 8,
};

const frameStyle: CSSProperties = {
  position: 'absolute',
  zIndex: 20,
  width: EDITOR_WIDTH,
  boxSizing: 'border-box',
  padding: 12,
  background: '#fffdf6',
  border: '2px solid #1d64d8',
  borderRadius: 8,
  boxShadow: '0 8px 24px rgba(0,0,0,0.18)',
  overflowY: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};

const buttonRowStyle: CSSProperties = {
  display: 'flex',
  gap: 8,
  alignItems: 'center',
  marginTop: 10,
};

const buttonStyle: CSSProperties = {
  font: 'inherit',
  fontSize: 14,
  // A finger's size: the editor is used at tablets and whiteboards too.
  minHeight: 44,
  padding: '6px 14px',
  borderRadius: 6,
  border: '1px solid #b9b2a3',
  background: '#ffffff',
  color: '#1f2328',
  cursor: 'pointer',
};

const saveButtonStyle: CSSProperties = {
  ...buttonStyle,
  background: '#1d64d8',
  borderColor: '#1d64d8',
  color: '#ffffff',
  fontWeight: 600,
};

const deleteButtonStyle: CSSProperties = { ...buttonStyle, color: '#b42318', marginRight: 'auto' };

function place(controller: CanvasController, board: Rect, element: HTMLElement): void {
  const screen = boardRectToScreen(controller.camera, board);
  // A short view (a tablet's on-screen keyboard) scrolls the editor instead of cutting it off.
  element.style.maxHeight = `${Math.max(120, controller.size.height - 16)}px`;
  const height = element.offsetHeight;
  const maxX = Math.max(0, controller.size.width - EDITOR_WIDTH - 8);
  const maxY = Math.max(0, controller.size.height - height - 8);
  element.style.left = `${Math.round(Math.min(Math.max(8, screen.x), maxX))}px`;
  element.style.top = `${Math.round(Math.min(Math.max(8, screen.y), maxY))}px`;
}

/**
 * A DOM editor over a board rectangle (text is edited in the DOM, not on the
 * canvas). Follows the camera imperatively. Enter saves (Shift+Enter: new line
 * in multi-line fields), Escape cancels, Tab moves between fields natively.
 * Save, cancel and delete are buttons too: a tablet or whiteboard has no
 * Escape or Delete key, and its on-screen keyboard often no Shift+Enter.
 */
export function EditorFrame(props: {
  readonly controller: CanvasController;
  readonly board: Rect;
  readonly label: string;
  readonly hint: string;
  readonly lang: Lang;
  readonly onSave: () => void;
  readonly onCancel: () => void;
  /** With a delete button, labelled `deleteLabel`. */
  readonly onDelete?: () => void;
  readonly deleteLabel?: string;
  readonly children: ReactNode;
}) {
  const { lang } = props;
  const { controller, board } = props;
  const ref = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    place(controller, board, element);
    return controller.onCamera(() => place(controller, board, element));
  }, [controller, board]);
  useEffect(() => {
    // What had the focus (the board, a plan row's button) gets it back when the
    // editor closes, unless the user has put it somewhere else meanwhile.
    const opener = document.activeElement;
    const form = ref.current;
    const first =
      form?.querySelector<HTMLElement>('[data-editor-first]') ??
      form?.querySelector<HTMLElement>('input, textarea, select');
    first?.focus();
    if (first instanceof HTMLInputElement || first instanceof HTMLTextAreaElement) first.select();
    return () => {
      const now = document.activeElement;
      if (now !== null && now !== document.body && !form?.contains(now)) return;
      const back =
        opener instanceof HTMLElement && opener !== document.body && opener.isConnected
          ? opener
          : controller.container;
      back?.focus({ preventScroll: true });
    };
  }, [controller]);
  // The controller saves through this when the board is pressed outside the editor.
  const save = useRef(props.onSave);
  save.current = props.onSave;
  const cancel = useRef(props.onCancel);
  cancel.current = props.onCancel;
  useEffect(() => {
    const run = () => save.current();
    const stop = () => cancel.current();
    controller.editorSave = run;
    controller.editorCancel = stop;
    // A reload or a closed tab is a press elsewhere too: what was typed is saved, not lost unseen.
    window.addEventListener('pagehide', run);
    return () => {
      window.removeEventListener('pagehide', run);
      if (controller.editorSave === run) controller.editorSave = null;
      if (controller.editorCancel === stop) controller.editorCancel = null;
    };
  }, [controller]);
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    event.stopPropagation();
    if (event.key === 'Tab') {
      keepTabInside(event);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    } else if (
      event.key === 'Enter' &&
      !event.shiftKey &&
      !event.nativeEvent.isComposing &&
      // Enter on "Annuller" or "Slet" does what the button says.
      !(event.target instanceof HTMLButtonElement && event.target.type === 'button')
    ) {
      event.preventDefault();
      props.onSave();
    }
  };
  return (
    <form
      ref={ref}
      role="dialog"
      // It keeps Tab inside; the board behind it still takes a press, which saves.
      aria-modal="true"
      data-board-editor=""
      aria-label={props.label}
      style={frameStyle}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => event.stopPropagation()}
      onWheel={(event) => event.stopPropagation()}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      {props.children}
      {/* Keyboard hints: hidden on a touch screen (boardNotices.css). */}
      <div className="editor-keys-hint" style={{ fontSize: 12, color: '#57606a', marginTop: 4 }}>
        {props.hint}
      </div>
      <div style={buttonRowStyle}>
        {props.onDelete && (
          <button
            type="button"
            style={deleteButtonStyle}
            data-testid="editor-delete"
            onClick={props.onDelete}
          >
            {props.deleteLabel}
          </button>
        )}
        <button
          type="button"
          style={{ ...buttonStyle, marginLeft: props.onDelete ? 0 : 'auto' }}
          data-testid="editor-cancel"
          onClick={props.onCancel}
        >
          {translate(S.cancel, lang)}
        </button>
        <button type="submit" style={saveButtonStyle} data-testid="editor-save">
          {translate(S.save, lang)}
        </button>
      </div>
    </form>
  );
}
