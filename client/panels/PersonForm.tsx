import { useId, useState } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { CATEGORY_STRINGS, PANEL_STRINGS as S } from '../../shared/i18n/panels.ts';
import { message, translate, type Message } from '../../shared/i18n/translate.ts';
import {
  LIMITS,
  PERSON_CATEGORIES,
  type Person,
  type PersonCategory,
} from '../../shared/schema.ts';
import { changedFields } from '../app/changedFields.ts';
import { otherValueHint, useLiveFields } from '../app/liveFields.tsx';
import { EntryForm, boardUndoWhile } from './panelParts.tsx';

export type PersonValues = Pick<Person, 'name' | 'affiliation' | 'category' | 'core'>;

export const EMPTY_PERSON: PersonValues = {
  name: '',
  affiliation: '',
  category: 'citizen',
  core: false,
};

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
}

function asCategory(value: string, fallback: PersonCategory): PersonCategory {
  return PERSON_CATEGORIES.find((c) => c === value) ?? fallback;
}

/** The inline form that adds or edits a person of the pool. */
export function PersonForm(props: PersonFormProps) {
  const { lang, initial } = props;
  const id = useId();
  const live = useLiveFields(initial);
  const { shown, others } = live;
  const [error, setError] = useState<Message | null>(null);

  const submit = () => {
    const values = {
      name: shown.name.trim(),
      affiliation: shown.affiliation.trim(),
      category: shown.category,
      core: shown.core,
    };
    if (values.name === '') {
      setError(message(S.nameRequired));
      return;
    }
    // Trimmed as the values sent are, so stray spaces do not count as a change.
    const now = {
      name: initial.name.trim(),
      affiliation: initial.affiliation.trim(),
      category: initial.category,
      core: initial.core,
    };
    setError(props.onSubmit(values, changedFields(now, values)));
  };
  // Nothing typed yet (as after an add, when the form opens empty again): Ctrl+Z is the board's.
  const boardUndo = boardUndoWhile(Object.keys(live.changed).length === 0);
  /** Links a field to the hint under it while someone else's value for it differs. */
  const hint = (key: keyof PersonValues, value?: string) =>
    otherValueHint(`${id}-${key}-other`, value, lang);
  const nameHint = hint('name', others.name);
  const affiliationHint = hint('affiliation', others.affiliation);
  const categoryHint = hint(
    'category',
    others.category && translate(CATEGORY_STRINGS[others.category], lang),
  );
  const coreHint = hint(
    'core',
    others.core === undefined ? undefined : translate(others.core ? S.yes : S.no, lang),
  );
  return (
    <EntryForm
      testId={props.testId}
      error={error}
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
        value={shown.name}
        maxLength={LIMITS.shortTextChars}
        placeholder={translate(S.personNamePlaceholder, lang)}
        autoFocus
        {...boardUndo}
        {...nameHint.described}
        onChange={(e) => live.set('name', e.target.value)}
      />
      {nameHint.hint}
      <label className="panel-field" htmlFor={`${id}-affiliation`}>
        {translate(S.affiliation, lang)}
      </label>
      <input
        id={`${id}-affiliation`}
        name="affiliation"
        className="panel-input"
        value={shown.affiliation}
        maxLength={LIMITS.shortTextChars}
        {...boardUndo}
        {...affiliationHint.described}
        onChange={(e) => live.set('affiliation', e.target.value)}
      />
      {affiliationHint.hint}
      <label className="panel-field" htmlFor={`${id}-category`}>
        {translate(S.category, lang)}
      </label>
      <select
        id={`${id}-category`}
        name="category"
        className="panel-input"
        value={shown.category}
        {...categoryHint.described}
        onChange={(e) => live.set('category', asCategory(e.target.value, shown.category))}
      >
        {PERSON_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {translate(CATEGORY_STRINGS[c], lang)}
          </option>
        ))}
      </select>
      {categoryHint.hint}
      <label className="panel-check">
        <input
          type="checkbox"
          name="core"
          checked={shown.core}
          {...coreHint.described}
          onChange={(e) => live.set('core', e.target.checked)}
        />
        {translate(S.core, lang)}
      </label>
      {coreHint.hint}
    </EntryForm>
  );
}
