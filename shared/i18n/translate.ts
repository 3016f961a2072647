import type { Lang } from './lang.ts';

/** One user-visible string in both UI languages. */
export interface Localized {
  readonly da: string;
  readonly en: string;
}

/** A table of strings of one area of the UI (shared/i18n/<area>.ts). */
export type StringTable = Readonly<Record<string, Localized>>;

/**
 * The string in the given language with `{name}` placeholders filled in.
 * Unknown placeholders stay visible, so a missing value shows up in review
 * instead of silently vanishing.
 */
export function translate(
  entry: Localized,
  lang: Lang,
  vars?: Readonly<Record<string, string | number>>,
): string {
  const text = entry[lang];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/**
 * A message kept in UI state (an inline error): the entry, not its text, so it
 * is shown in whatever language the page has when it is drawn and a language
 * switch translates it too.
 */
export interface Message {
  readonly text: Localized;
  readonly vars?: Readonly<Record<string, string | number>>;
}

export function message(text: Localized, vars?: Message['vars']): Message {
  return vars ? { text, vars } : { text };
}

export function showMessage(shown: Message, lang: Lang): string {
  return translate(shown.text, lang, shown.vars);
}

/** U+00AD: where a long word may break on screen, shown as a hyphen only when it does. */
export const SOFT_HYPHEN = '\u00ad';

/** The text without its soft hyphens: for files and whatever is not laid out on screen. */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}
