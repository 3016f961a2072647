import { isolated } from '../bidi.ts';
import type { Lang } from './lang.ts';

/**
 * Quotation marks around a name or a value in a sentence: „…“ in Danish, as
 * the Danish UI's dialogs and placeholders have them, “…” in English. The
 * string tables write them out the same way ('Slet „{name}“?').
 */
export function quote(text: string, lang: Lang): string {
  const shown = isolated(text);
  return lang === 'da' ? `„${shown}“` : `“${shown}”`;
}
