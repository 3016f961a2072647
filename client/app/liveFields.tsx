import { useId, useState, type ReactNode } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { PANEL_STRINGS as S } from '../../shared/i18n/panels.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { changedFields } from './changedFields.ts';

/**
 * An open editor over a record of the shared document (a post-it, a meeting,
 * a person, a palette form) in a live workshop: a field the user has not
 * typed in shows the record's value as others change it; a field they typed
 * in keeps what they typed, whatever comes in; and where both changed a
 * field, the other's value is shown beside it, so nothing is lost silently.
 */

/** A field the user has typed in: their value, and the record's value when they began. */
export interface OwnField<V> {
  readonly value: V;
  readonly from: V;
}

export type OwnFields<T> = { readonly [K in keyof T]?: OwnField<T[K]> };

export interface MergedFields<T> {
  /** What the fields show. */
  readonly shown: T;
  /** For each field someone else changed since this user began typing in it: their value. */
  readonly others: Partial<T>;
}

/** Pure: the fields as shown, from the record now and what this user has typed. */
export function mergeFields<T extends object>(record: T, own: OwnFields<T>): MergedFields<T> {
  const shown = { ...record };
  const others: Partial<T> = {};
  for (const key of Object.keys(own) as (keyof T)[]) {
    const mine = own[key];
    if (mine === undefined) continue;
    shown[key] = mine.value;
    const now = record[key];
    if (now !== mine.from && now !== mine.value) others[key] = now;
  }
  return { shown, others };
}

/**
 * Pure: this user's fields after they set `key` to `value` (`now`: the
 * record's value). Typed back to where they began, or to what the record
 * holds now, the field is theirs no more: it follows the record again, and a
 * save does not write it over someone else's change.
 */
export function typed<T extends object, K extends keyof T>(
  own: OwnFields<T>,
  key: K,
  value: T[K],
  now: T[K],
): OwnFields<T> {
  const from = own[key]?.from ?? now;
  if (value === from || value === now) {
    const { [key]: _dropped, ...rest } = own;
    return rest as OwnFields<T>;
  }
  return { ...own, [key]: { value, from } };
}

/** The keys of `T` whose fields hold text. */
export type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

export interface LiveFields<T> extends MergedFields<T> {
  /** What this user has typed (kept over a reload: panelDrafts.ts). */
  readonly own: OwnFields<T>;
  /**
   * What a save writes: the fields this user typed in whose value differs
   * from the record now (the others show the record, so never differ).
   */
  readonly changed: Partial<T>;
  set<K extends keyof T>(key: K, value: T[K]): void;
  /** A text field's value, change handler and link to its hint. */
  field(key: TextKey<T>): {
    value: string;
    onChange: (event: { target: { value: string } }) => void;
    'aria-describedby': string | undefined;
  };
  /**
   * "Ændret af en anden: „…“" under a field this user typed in while someone
   * else's value for it differs (`text`: that value as shown, e.g. an option's
   * label); else nothing. Calm, not an alert: the user's text stays and is
   * what a save writes.
   */
  hint(key: keyof T, text?: string): ReactNode;
}

/**
 * An editor's fields over `record`, the record's values as the editor's fields hold them;
 * `typedBefore`: what this user had typed when the page last went (panelDrafts.ts).
 */
export function useLiveFields<T extends object>(
  record: T,
  lang: Lang,
  typedBefore: OwnFields<T> = {},
): LiveFields<T> {
  const [own, setOwn] = useState<OwnFields<T>>(typedBefore);
  const id = useId();
  const { shown, others } = mergeFields(record, own);
  const set: LiveFields<T>['set'] = (key, value) =>
    setOwn((was) => typed(was, key, value, record[key]));
  const linked = (key: keyof T) => (key in others ? id + String(key) : undefined);
  return {
    own,
    shown,
    others,
    changed: changedFields(record, shown),
    set,
    field: (key) => ({
      value: shown[key] as string,
      onChange: (event) => set(key, event.target.value as T[typeof key]),
      'aria-describedby': linked(key),
    }),
    hint: (key, text = String(others[key])) =>
      linked(key) && (
        <span id={linked(key)} className="changed-by-other">
          {text === ''
            ? translate(S.clearedByOther, lang)
            : translate(S.changedByOther, lang, { value: text })}
        </span>
      ),
  };
}
