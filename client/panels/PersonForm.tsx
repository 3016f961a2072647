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
  readonly initial: PersonValues;
  readonly submitLabel: string;
  /** "Annuller" by default; "Luk" for the add form, which stays open for the next person. */
  readonly cancelLabel?: string;
  /**
   * Returns an error message to show, or null when saved. `opened`: the
   * values the form opened with (an edit writes only what differs from them).
   */
  readonly onSubmit: (values: PersonValues, opened: PersonValues) => Message | null;
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
  const [name, setName] = useState(initial.name);
  const [affiliation, setAffiliation] = useState(initial.affiliation);
  const [category, setCategory] = useState<PersonCategory>(initial.category);
  const [core, setCore] = useState(initial.core);
  const [error, setError] = useState<Message | null>(null);
  // Trimmed as the values sent are, so stray spaces do not count as a change.
  const [opened] = useState(() => ({
    ...initial,
    name: initial.name.trim(),
    affiliation: initial.affiliation.trim(),
  }));

  const submit = () => {
    const values = { name: name.trim(), affiliation: affiliation.trim(), category, core };
    if (values.name === '') {
      setError(message(S.nameRequired));
      return;
    }
    setError(props.onSubmit(values, opened));
  };
  // Nothing typed yet (as after an add, when the form opens empty again): Ctrl+Z is the board's.
  const boardUndo = boardUndoWhile(
    name === initial.name &&
      affiliation === initial.affiliation &&
      category === initial.category &&
      core === initial.core,
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
        value={name}
        maxLength={LIMITS.shortTextChars}
        placeholder={translate(S.personNamePlaceholder, lang)}
        autoFocus
        {...boardUndo}
        onChange={(e) => setName(e.target.value)}
      />
      <label className="panel-field" htmlFor={`${id}-affiliation`}>
        {translate(S.affiliation, lang)}
      </label>
      <input
        id={`${id}-affiliation`}
        name="affiliation"
        className="panel-input"
        value={affiliation}
        maxLength={LIMITS.shortTextChars}
        {...boardUndo}
        onChange={(e) => setAffiliation(e.target.value)}
      />
      <label className="panel-field" htmlFor={`${id}-category`}>
        {translate(S.category, lang)}
      </label>
      <select
        id={`${id}-category`}
        name="category"
        className="panel-input"
        value={category}
        onChange={(e) => setCategory(asCategory(e.target.value, category))}
      >
        {PERSON_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {translate(CATEGORY_STRINGS[c], lang)}
          </option>
        ))}
      </select>
      <label className="panel-check">
        <input
          type="checkbox"
          name="core"
          checked={core}
          onChange={(e) => setCore(e.target.checked)}
        />
        {translate(S.core, lang)}
      </label>
    </EntryForm>
  );
}
