/** The UI languages: Danish by default, English switchable. */
export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'da';

export function isLang(value: unknown): value is Lang {
  return value === 'da' || value === 'en';
}
