import { useId } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { PANEL_STRINGS as S } from '../../shared/i18n/panels.ts';
import { message, translate, type Message } from '../../shared/i18n/translate.ts';
import { parseMinutes } from '../../shared/minutes.ts';
import { LIMITS, type PaletteForm } from '../../shared/schema.ts';
import { changedFields } from '../app/changedFields.ts';
import { useLiveFields } from '../app/liveFields.tsx';
import { firstTooLong, PALETTE_FORM_LIMITS } from '../../shared/text-limits.ts';
import { useFieldErrors } from './fieldErrors.tsx';
import { EntryForm, boardUndoWhile, tooLongMessage } from './panelParts.tsx';
import { useKeepDraft, useKeptDraft } from './usePanelDraft.ts';

export type PaletteValues = Pick<PaletteForm, 'name' | 'durationMinutes' | 'description'>;

export interface PaletteFormEditorProps {
  readonly lang: Lang;
  /** The entry as it is now (an edit's untyped fields follow it: liveFields.tsx). */
  readonly initial: PaletteValues;
  readonly submitLabel: string;
  readonly cancelLabel?: string;
  /**
   * Returns an error message to show, or null when saved. `changed`: the
   * fields typed in that differ from the entry now (what an edit writes).
   */
  readonly onSubmit: (values: PaletteValues, changed: Partial<PaletteValues>) => Message | null;
  readonly onCancel: () => void;
  readonly testId: string;
  /** 'add', or the id of the entry edited: names what was typed, kept over a reload (panelDrafts.ts). */
  readonly draftFor: string;
}

/** The inline form that adds or edits an entry of the form palette. */
export function PaletteFormEditor(props: PaletteFormEditorProps) {
  const { lang, initial } = props;
  const id = useId();
  const record = {
    name: initial.name,
    minutes: initial.durationMinutes === null ? '' : String(initial.durationMinutes),
    description: initial.description,
  };
  const live = useLiveFields(record, lang, useKeptDraft('palette', props.draftFor, record));
  useKeepDraft('palette', props.draftFor, live.own);
  const { shown } = live;
  // A field's own refusal shows under that field (and marks it); the save's own, over the buttons.
  const { refuse, formError, field, fieldError } = useFieldErrors(live, lang, id);

  const submit = () => {
    const trimmedName = shown.name.trim();
    if (trimmedName === '') {
      refuse('name', message(S.nameRequired));
      return;
    }
    // No maxLength on the fields: a paste over it would be cut short unseen.
    const overlong = firstTooLong(
      { name: trimmedName, description: shown.description.trim() },
      PALETTE_FORM_LIMITS,
    );
    if (overlong !== null) {
      const label = overlong.field === 'name' ? S.formName : S.formDescription;
      refuse(overlong.field, tooLongMessage(translate(label, lang), overlong));
      return;
    }
    const minutes = parseMinutes(shown.minutes);
    if (!minutes.ok) {
      refuse('minutes', message(S.invalidMinutes, { max: LIMITS.durationMinutes }));
      return;
    }
    const values = {
      name: trimmedName,
      durationMinutes: minutes.value,
      description: shown.description.trim(),
    };
    // Trimmed as the values sent are, so stray spaces do not count as a change.
    const now = {
      name: initial.name.trim(),
      durationMinutes: initial.durationMinutes,
      description: initial.description.trim(),
    };
    refuse(null, props.onSubmit(values, changedFields(now, values)));
  };

  // Nothing typed yet (as after an add, when the form opens empty again): Ctrl+Z is the board's.
  const boardUndo = boardUndoWhile(Object.keys(live.changed).length === 0);
  return (
    <EntryForm
      testId={props.testId}
      error={formError}
      submitLabel={props.submitLabel}
      cancelLabel={props.cancelLabel}
      lang={lang}
      onSubmit={submit}
      onCancel={props.onCancel}
    >
      <label className="panel-field" htmlFor={`${id}-name`}>
        {translate(S.formName, lang)}
      </label>
      <input
        id={`${id}-name`}
        name="name"
        className="panel-input"
        autoFocus
        {...boardUndo}
        {...field('name')}
      />
      {fieldError('name')}
      {live.hint('name')}
      <label className="panel-field" htmlFor={`${id}-minutes`}>
        {translate(S.formMinutes, lang)}
      </label>
      <input
        id={`${id}-minutes`}
        name="minutes"
        className="panel-input panel-input--short"
        inputMode="numeric"
        {...boardUndo}
        {...field('minutes')}
      />
      {fieldError('minutes')}
      {live.hint('minutes')}
      <label className="panel-field" htmlFor={`${id}-description`}>
        {translate(S.formDescription, lang)}
      </label>
      <textarea
        id={`${id}-description`}
        name="description"
        className="panel-input"
        rows={3}
        {...boardUndo}
        {...field('description')}
      />
      {fieldError('description')}
      {live.hint('description')}
    </EntryForm>
  );
}
