import { LIMITS } from './schema.ts';

/** A typed text longer than the board file allows for its field. */
export interface TooLongText<K extends string> {
  readonly field: K;
  readonly length: number;
  readonly max: number;
}

/**
 * The first of `values` (in `limits`' order) longer than its limit, or null.
 * Length as the board file's schema counts it (UTF-16 code units), so a text
 * this passes is one the operation takes. The editors check before they write:
 * an operation refused for a too long field would close the editor and lose
 * what was typed (a pasted 2,500-character contribution, say).
 */
export function firstTooLong<K extends string>(
  values: Partial<Readonly<Record<NoInfer<K>, unknown>>>,
  limits: Readonly<Record<K, number>>,
): TooLongText<K> | null {
  for (const field of Object.keys(limits) as K[]) {
    const value = values[field];
    const max = limits[field];
    if (typeof value === 'string' && value.length > max) {
      return { field, length: value.length, max };
    }
  }
  return null;
}

/** The note editor's text fields and the longest text each takes. */
export const NOTE_EDITOR_LIMITS = {
  name: LIMITS.shortTextChars,
  affiliation: LIMITS.shortTextChars,
  contribution: LIMITS.textChars,
  role: LIMITS.shortTextChars,
  formName: LIMITS.shortTextChars,
  description: LIMITS.textChars,
  text: LIMITS.textChars,
} as const;

/** The participant pool's person form. */
export const PERSON_FORM_LIMITS = {
  name: LIMITS.shortTextChars,
  affiliation: LIMITS.shortTextChars,
} as const;

/** The method collection's form entry form. */
export const PALETTE_FORM_LIMITS = {
  name: LIMITS.shortTextChars,
  description: LIMITS.textChars,
} as const;

/** The meeting header editor's text fields. */
export const LANE_EDITOR_LIMITS = {
  subtheme: LIMITS.shortTextChars,
  location: LIMITS.shortTextChars,
} as const;
