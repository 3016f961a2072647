import {
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import type { Board } from '../../shared/schema.ts';
import type { TooLongText } from '../../shared/text-limits.ts';
import type { CanvasHandle } from '../canvas/types.ts';
import type { BoardActions } from '../sync/actions.ts';
import { opErrorText } from '../../shared/i18n/op-errors.ts';
import type { OpError } from '../../shared/ops/index.ts';
import type { Result } from '../../shared/result.ts';
import { BOARD_UNDO_ATTRIBUTE } from '../board/undoKeys.ts';
import { PANEL_STRINGS as S } from '../../shared/i18n/panels.ts';
import {
  message,
  showMessage,
  translate,
  type Localized,
  type Message,
} from '../../shared/i18n/translate.ts';

/** A side panel form's field too long to save (`label`: the field's, as the form shows it). */
export function tooLongMessage(label: string, tooLong: TooLongText<string>): Message {
  return message(S.fieldTooLong, { field: label, length: tooLong.length, max: tooLong.max });
}

/** What both side panels (the pool and the palette) are given by the board page. */
export interface SidePanelProps {
  readonly board: Board;
  readonly lang: Lang;
  readonly readOnly: boolean;
  /** Null in read-only sessions. */
  readonly actions: BoardActions | null;
  /** Null until the canvas has mounted; entries cannot be dragged or placed before. */
  readonly canvas: CanvasHandle | null;
  /** After a row's menu placed a note, with what the panel tells a screen reader. */
  readonly onPlaced?: ((said: string) => void) | undefined;
}

/**
 * The pieces the participant pool and the form palette share: the panel
 * header with its add button, the edit and delete buttons of an entry, and
 * the frame of an entry's form (error line, submit and cancel, Escape).
 */

export function PanelHeader(props: {
  readonly titleId: string;
  readonly title: string;
  /** "500 i alt", after the title. */
  readonly count?: string;
  /** Null in read-only sessions: no add button. */
  readonly add: { readonly label: string; readonly testId: string; readonly open: boolean } | null;
  readonly onAdd: () => void;
}) {
  return (
    <header className="panel-header">
      <h2 id={props.titleId} className="panel-title">
        {props.title}
        {props.count !== undefined && <span className="panel-count">{props.count}</span>}
      </h2>
      {props.add && (
        <button
          type="button"
          className="panel-button panel-button--primary"
          data-testid={props.add.testId}
          aria-expanded={props.add.open}
          onClick={props.onAdd}
        >
          + {props.add.label}
        </button>
      )}
    </header>
  );
}

export function PanelError(props: {
  readonly error: Message | null;
  readonly lang: Lang;
  readonly testId?: string;
  /** For a field's aria-describedby, when the message is about that field. */
  readonly id?: string;
}) {
  if (!props.error) return null;
  return (
    <p className="panel-error" role="alert" data-testid={props.testId} id={props.id}>
      {showMessage(props.error, props.lang)}
    </p>
  );
}

/**
 * Where a placing from a row's menu went ("Søren S. er sat på Netværksmøde
 * 1."), for screen readers: the focus stays on the row, so nothing else says
 * it. Always in the page, as live regions must be before they change.
 */
export function PanelStatus(props: {
  readonly status: Message | null;
  readonly lang: Lang;
  readonly testId?: string;
}) {
  return (
    <p className="visually-hidden" role="status" data-testid={props.testId}>
      {props.status ? showMessage(props.status, props.lang) : ''}
    </p>
  );
}

/** A row of the pool or the palette: draggable unless read-only, taller while its menu is open. */
export function entryClassName(draggable: boolean, placing: boolean): string {
  return `panel-entry${draggable ? ' panel-entry--draggable' : ''}${placing ? ' panel-entry--placing' : ''}`;
}

/** ✎ and ✕ of one entry; `testIdPrefix` gives `<prefix>-edit-<id>` and `<prefix>-delete-<id>`. */
export function EntryActions(props: {
  readonly id: string;
  readonly testIdPrefix: string;
  readonly editLabel: string;
  readonly deleteLabel: string;
  readonly lang: Lang;
  readonly onEdit: (id: string) => void;
  readonly onDelete: (id: string) => void;
}) {
  const { id, testIdPrefix } = props;
  return (
    <div className="panel-entry-actions">
      <button
        type="button"
        className="panel-icon-button"
        data-testid={`${testIdPrefix}-edit-${id}`}
        aria-label={props.editLabel}
        title={translate(S.edit, props.lang)}
        onClick={() => props.onEdit(id)}
      >
        ✎
      </button>
      <button
        type="button"
        className="panel-icon-button panel-icon-button--danger"
        data-testid={`${testIdPrefix}-delete-${id}`}
        aria-label={props.deleteLabel}
        title={translate(S.delete, props.lang)}
        onClick={() => props.onDelete(id)}
      >
        ✕
      </button>
    </div>
  );
}

/**
 * The mark for a form's text fields while the form holds nothing typed: their
 * own undo has nothing to take back, so Ctrl+Z there is the board's (undoKeys.ts).
 */
export function boardUndoWhile(untouched: boolean): { [BOARD_UNDO_ATTRIBUTE]?: '' } {
  return untouched ? { [BOARD_UNDO_ATTRIBUTE]: '' } : {};
}

/** What opened each open entry form (see useFocusBackOnClose). */
const openers = new WeakMap<HTMLFormElement, Element>();

/**
 * When the form closes with the focus in it (Escape, Annuller, a save), the
 * focus goes back to the button that opened it (+ Tilføj, ✎), not to the
 * page's body. An ✎ is drawn anew with its row, so it is found again by its
 * test id.
 */
function useFocusBackOnClose(form: RefObject<HTMLFormElement | null>): void {
  // Read while rendering: the form's first field takes the focus on mount.
  const [opener] = useState(() => {
    if (typeof document === 'undefined') return null;
    const active = document.activeElement;
    // After an add the form is drawn anew (a fresh key) while the old one's field
    // still has the focus: the old form's opener is this one's too.
    const previous = active?.closest('form');
    return (previous ? openers.get(previous) : undefined) ?? active;
  });
  useEffect(() => {
    const element = form.current;
    if (element && opener) openers.set(element, opener);
    return () => {
      const now = document.activeElement;
      if (now !== null && now !== document.body && !element?.contains(now)) return;
      if (!(opener instanceof HTMLElement) || opener === document.body) return;
      const id = opener.dataset['testid'];
      // After the rows have rendered without the form.
      setTimeout(() => {
        const active = document.activeElement;
        if (active !== null && active !== document.body) return;
        const back = opener.isConnected
          ? opener
          : id
            ? document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
            : null;
        back?.focus();
      }, 0);
    };
  }, [form, opener]);
}

/** An entry's form: its fields, then the error line and submit / cancel; Escape cancels. */
export function EntryForm(props: {
  readonly testId?: string;
  readonly error: Message | null;
  readonly submitLabel: string;
  /** Default: "Annuller" / "Cancel". */
  readonly cancelLabel?: string;
  readonly lang: Lang;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  useFocusBackOnClose(form);
  // The first field has the focus, and the buttons must show too: a row's form opened near the
  // list's lower edge brings its whole self into view (the panel has made room for it).
  useEffect(() => {
    form.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  // A refusal shown after a save grows the form above its buttons: at a list's lower edge they
  // went out of view (the walk, 1366×768), so each save brings them back.
  const actions = useRef<HTMLDivElement>(null);
  const [saves, setSaves] = useState(0);
  useEffect(() => {
    if (saves > 0) actions.current?.scrollIntoView?.({ block: 'nearest' });
  }, [saves]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaves((count) => count + 1);
    props.onSubmit();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    props.onCancel();
  };
  return (
    <form
      ref={form}
      className="panel-form"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      data-testid={props.testId}
    >
      {props.children}
      <PanelError error={props.error} lang={props.lang} />
      <div className="panel-form-actions" ref={actions}>
        <button type="submit" className="panel-button panel-button--primary">
          {props.submitLabel}
        </button>
        <button type="button" className="panel-button" onClick={props.onCancel}>
          {props.cancelLabel ?? translate(S.cancel, props.lang)}
        </button>
      </div>
    </form>
  );
}

/**
 * Saves an entry's form: writes the fields this user changed (none: nothing
 * is written). An error message to show, or null once saved.
 */
export function saveChanges<T extends object>(
  patch: Partial<T>,
  write: (patch: Partial<T>) => Result<void, OpError>,
): Message | null {
  if (Object.keys(patch).length === 0) return null;
  const result = write(patch);
  return result.ok ? null : opErrorText(result.error);
}

/**
 * An entry's edit form whose entry is gone (someone else deleted it, or an
 * undo took back its making) closes with a notice, not silently with what was
 * typed in it, as the board's editors do.
 */
export function useCloseWhenGone(
  editingId: string | null,
  entries: readonly { readonly id: string }[],
  close: () => void,
  notify: (notice: Message) => void,
  notice: Localized,
): void {
  useEffect(() => {
    if (editingId === null || entries.some((entry) => entry.id === editingId)) return;
    close();
    notify(message(notice));
  }, [editingId, entries, close, notify, notice]);
}

/**
 * A side panel's list scrolls to its end, where the new row is, after this
 * user's own add (`added()`), once `rows` show it; someone else's change does
 * not move it. The add form stays below the list, which leaves it little room.
 */
export function useScrollToAdded(rows: unknown): {
  list: RefObject<HTMLDivElement | null>;
  added: () => void;
} {
  const list = useRef<HTMLDivElement>(null);
  const justAdded = useRef(false);
  useEffect(() => {
    if (!justAdded.current || !list.current) return;
    justAdded.current = false;
    list.current.scrollTop = list.current.scrollHeight;
  }, [rows]);
  return { list, added: () => (justAdded.current = true) };
}
