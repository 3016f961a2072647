import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { PANEL_STRINGS as S } from '../../shared/i18n/panels.ts';
import { message, showMessage, type Message } from '../../shared/i18n/translate.ts';
import { BOARD_UNDO_ATTRIBUTE } from '../board/undoKeys.ts';
import { usePlanDrafts } from './planDrafts.ts';
import { usePageHide } from '../app/usePageHide.ts';

export interface DraftInputProps {
  /** The committed value, as text ('' for none). */
  readonly value: string;
  /** Accessible name; used as aria-label unless an external <label htmlFor> names the input. */
  readonly label?: string;
  readonly id?: string;
  readonly type?: 'text' | 'date' | 'time';
  /** The on-screen keyboard to offer (e.g. 'numeric' for minutes). */
  readonly inputMode?: 'text' | 'numeric';
  /** The longest text a save takes: a longer one is kept in the field with a message. */
  readonly maxLength?: number;
  readonly placeholder?: string;
  readonly className?: string;
  readonly testId?: string;
  /** The language its error message is shown in (it follows a switch while shown). */
  readonly lang: Lang;
  /**
   * Shown instead of saving when the browser flags the field's input as
   * incomplete (a date or time field then reports '' as its value, which
   * would otherwise clear the stored one).
   */
  readonly badInputMessage?: Message;
  /**
   * A text of several lines (a contribution, a sub-theme): a text area that
   * keeps line breaks (an input drops them from its value, and a save would
   * write the text back without them). Shift+Enter adds a line; Enter saves.
   */
  readonly multiline?: boolean;
  /**
   * One line of text shown in a text area that wraps it (a place): an input
   * cuts a text longer than its width, and a narrow plan has no room to widen
   * it. Enter saves; a line break pasted becomes a space.
   */
  readonly wraps?: boolean;
  /**
   * Where the plan keeps the unsaved text (`<note id>:<field>`), so it
   * survives the row being mounted anew (planDrafts.ts); without it the
   * draft lives and dies with this field.
   */
  readonly draftKey?: string;
  /** Saves the text; returns a message to show when it could not be saved, else null. */
  onCommit(next: string): Message | null;
}

/**
 * A text field that edits a value of the shared document. While the user
 * types, the text lives in local draft state, so a re-render from a remote
 * change neither overwrites what they typed nor moves the caret; the value is
 * committed (one op) on blur or Enter, and Escape goes back to the document's
 * value. Without a draft the field shows the document's value live.
 */
export function DraftInput(props: DraftInputProps) {
  const { value, onCommit, draftKey } = props;
  const drafts = usePlanDrafts();
  const kept = draftKey === undefined ? undefined : drafts;
  const [draft, setDraftState] = useState<string | null>(() =>
    kept && draftKey !== undefined ? kept.get(draftKey) : null,
  );
  const setDraft = (next: string | null) => {
    setDraftState(next);
    if (kept && draftKey !== undefined) kept.set(draftKey, next);
  };
  const [error, setError] = useState<Message | null>(null);
  const errorId = useId();
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const latestCommit = useRef(onCommit);
  latestCommit.current = onCommit;
  // Mounted anew while it had the focus (its row moved to another meeting): it takes it back.
  useEffect(() => {
    if (!kept || draftKey === undefined) return;
    const unmount = kept.mount(draftKey, (text) => latestCommit.current(text));
    const field = input.current;
    const active = document.activeElement;
    if (kept.focused === draftKey && field && (active === null || active === document.body)) {
      field.focus({ preventScroll: true });
      const end = field.value.length;
      // Only text fields have a caret to put back.
      if (field.type === 'text' || field instanceof HTMLTextAreaElement) {
        field.setSelectionRange(end, end);
      }
    }
    return unmount;
  }, [kept, draftKey]);

  const commit = () => {
    // Before the draft check: a date typed half reports no value, so no draft either.
    if (props.badInputMessage !== undefined && input.current?.validity?.badInput) {
      setError(props.badInputMessage);
      return;
    }
    if (draft === null) {
      // Cleared back to empty (no event for that): an earlier half-typed error is gone.
      setError(null);
      return;
    }
    if (draft === value) {
      setDraft(null);
      setError(null);
      return;
    }
    // Checked here, not by the field's maxLength, which would cut a paste short unseen.
    if (props.maxLength !== undefined && draft.length > props.maxLength) {
      setError(message(S.textTooLong, { length: draft.length, max: props.maxLength }));
      return;
    }
    const problem = onCommit(draft);
    // A failed save keeps the typed text, so it can be corrected or reverted with Escape.
    setError(problem);
    if (problem === null) setDraft(null);
  };

  // The page's last moment saves what was typed as a blur would (the socket sends at once).
  usePageHide(draft !== null, commit);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    // Enter or Escape during IME composition belongs to the composition.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !(props.multiline === true && event.shiftKey)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      // preventDefault keeps the board's Escape (clear selection) from also firing.
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
      setError(null);
    }
  };

  const shown = draft ?? value;
  const common = {
    id: props.id,
    ref: input,
    className: props.className,
    'data-testid': props.testId,
    // Nothing unsaved here: Ctrl+Z is the board's undo (the last save included).
    [BOARD_UNDO_ATTRIBUTE]: draft === null ? '' : undefined,
    'aria-label': props.label,
    'aria-invalid': error !== null,
    'aria-describedby': error !== null ? errorId : undefined,
    inputMode: props.inputMode,
    placeholder: props.placeholder,
    value: shown,
    onChange: (event: { target: { value: string } }) => {
      const text = event.target.value;
      setDraft(props.wraps === true ? text.replace(/\r?\n/g, ' ') : text);
      setError(null);
    },
    onFocus: () => {
      if (kept && draftKey !== undefined) kept.focused = draftKey;
    },
    onBlur: () => {
      if (kept && draftKey !== undefined && kept.focused === draftKey) kept.focused = null;
      commit();
    },
    onKeyDown,
  };

  return (
    <span className="plan-draft">
      {props.wraps === true ? (
        <textarea {...common} rows={1} className={`${props.className ?? ''} plan-input-wraps`} />
      ) : props.multiline === true ? (
        <textarea {...common} rows={Math.max(1, shown.split('\n').length)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} />
      )}
      {error !== null && (
        <span id={errorId} className="plan-error" role="alert">
          {showMessage(error, props.lang)}
        </span>
      )}
    </span>
  );
}
