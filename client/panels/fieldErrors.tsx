import { useState } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import type { Message } from '../../shared/i18n/translate.ts';
import type { LiveFields, TextKey } from '../app/liveFields.tsx';
import { PanelError } from './panelParts.tsx';

/** What a save refused, and the field it is about (null: the save itself). */
interface FieldError<K> {
  readonly field: K | null;
  readonly text: Message;
}

/**
 * A side panel form's refusals, as the plan's fields show theirs: a field's
 * own under that field, which is marked aria-invalid (the danger border) and
 * linked to it; the save's own (an operation refused) over the buttons.
 * Typing in the refused field clears it.
 */
export function useFieldErrors<T extends object>(live: LiveFields<T>, lang: Lang, id: string) {
  const [error, setError] = useState<FieldError<TextKey<T>> | null>(null);
  return {
    /** Shows `text` for `field` (null: the save's own message; `text` null: none). */
    refuse: (field: TextKey<T> | null, text: Message | null) =>
      setError(text === null ? null : { field, text }),
    /** The save's own message, for EntryForm's error line. */
    formError: error?.field === null ? error.text : null,
    /** A text field's props: its live value, and its refusal's mark and link. */
    field: (key: TextKey<T>) => {
      const own = live.field(key);
      const refused = error?.field === key;
      const linked = [own['aria-describedby'], refused ? `${id}-${String(key)}-error` : undefined];
      return {
        ...own,
        'aria-invalid': refused || undefined,
        'aria-describedby': linked.filter(Boolean).join(' ') || undefined,
        onInput: () => refused && setError(null),
      };
    },
    /** The refusal under a field, or nothing. */
    fieldError: (key: TextKey<T>) =>
      error?.field === key ? (
        <PanelError error={error.text} lang={lang} id={`${id}-${String(key)}-error`} />
      ) : null,
  };
}
