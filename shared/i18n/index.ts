export { LANGS, DEFAULT_LANG, isLang } from './lang.ts';
export type { Lang } from './lang.ts';
export { translate } from './translate.ts';
export type { Localized, StringTable } from './translate.ts';
