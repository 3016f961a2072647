import { useId } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { CATEGORY_STRINGS, PANEL_STRINGS as S } from '../../shared/i18n/panels.ts';
import { message, translate, type Message } from '../../shared/i18n/translate.ts';
import { PERSON_CATEGORIES, type Person } from '../../shared/schema.ts';
import { firstTooLong, PERSON_FORM_LIMITS } from '../../shared/text-limits.ts';
import { changedFields } from '../app/changedFields.ts';
import { useLiveFields } from '../app/liveFields.tsx';
import { useFieldErrors } from './fieldErrors.tsx';
import { EntryForm, boardUndoWhile, tooLongMessage } from './panelParts.tsx';
import { useKeepDraft, useKeptDraft } from './usePanelDraft.ts';

export type PersonValues = Pick<Person, 'name' | 'affiliation' | 'category' | 'core'>;

export interface PersonFormProps {
  readonly lang: Lang;
  /** The person as they are now (an edit's untyped fields follow them: liveFields.tsx). */
  readonly initial: PersonValues;
  readonly submitLabel: string;
  /** "Annuller" by default; "Luk" for the add form, which stays open for the next person. */
  readonly cancelLabel?: string;
  /**
   * Returns an error message to show, or null when saved. `changed`: the
   * fields typed in that differ from the person now (what an edit writes).
   */
  readonly onSubmit: (values: PersonValues, changed: Partial<PersonValues>) => Message | null;
  readonly onCancel: () => void;
  readonly testId: string;
  /** 'add', or the id of the entry edited: names what was typed, kept over a reload (panelDrafts.ts). */
  readonly draftFor: string;
}

const trimmed = (values: PersonValues): PersonValues => ({
  ...values,
  name: values.name.trim(),
  affiliation: values.affiliation.trim(),
});

/** The inline form that adds or edits a person of the pool. */
export function PersonForm(props: PersonFormProps) {
  const { lang, initial } = props;
  const id = useId();
  const live = useLiveFields(initial, lang, useKeptDraft('pool', props.draftFor, initial));
  useKeepDraft('pool', props.draftFor, live.own);
  const { shown, others } = live;
  // A field's own refusal shows under that field (and marks it); the save's own, over the buttons.
  const { refuse, formError, field, fieldError } = useFieldErrors(live, lang, id);

  const submit = () => {
    const values = trimmed(shown);
    if (values.name === '') {
      refuse('name', message(S.nameRequired));
      return;
    }
    // No maxLength on the fields: a paste over it would be cut short unseen.
    const overlong = firstTooLong(values, PERSON_FORM_LIMITS);
    if (overlong !== null) {
      const label = overlong.field === 'name' ? S.personName : S.affiliation;
      refuse(overlong.field, tooLongMessage(translate(label, lang), overlong));
      return;
    }
    // Trimmed as the values sent are, so stray spaces do not count as a change.
    refuse(null, props.onSubmit(values, changedFields(trimmed(initial), values)));
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
        {translate(S.personName, lang)}
      </label>
      <input
        id={`${id}-name`}
        name="name"
        className="panel-input"
        placeholder={translate(S.personNamePlaceholder, lang)}
        autoFocus
        {...boardUndo}
        {...field('name')}
      />
      {fieldError('name')}
      {live.hint('name')}
      <label className="panel-field" htmlFor={`${id}-affiliation`}>
        {translate(S.affiliation, lang)}
      </label>
      <input
        id={`${id}-affiliation`}
        name="affiliation"
        className="panel-input"
        placeholder={translate(S.affiliationPlaceholder, lang)}
        {...boardUndo}
        {...field('affiliation')}
      />
      {fieldError('affiliation')}
      {live.hint('affiliation')}
      <label className="panel-field" htmlFor={`${id}-category`}>
        {translate(S.category, lang)}
      </label>
      <select
        id={`${id}-category`}
        name="category"
        className="panel-input"
        {...live.field('category')}
      >
        {PERSON_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {translate(CATEGORY_STRINGS[c], lang)}
          </option>
        ))}
      </select>
      {live.hint('category', others.category && translate(CATEGORY_STRINGS[others.category], lang))}
      {/* No hint: a box both ticked or cleared can only hold this user's value or the first. */}
      <label className="panel-check">
        <input
          type="checkbox"
          name="core"
          checked={shown.core}
          onChange={(e) => live.set('core', e.target.checked)}
        />
        {translate(S.core, lang)}
      </label>
    </EntryForm>
  );
}
