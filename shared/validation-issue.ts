import type { LocalizedText } from './result.ts';
import { VALIDATION_MESSAGES } from './i18n/validation.ts';
import type { ValidationMessageParams } from './i18n/validation.ts';

/**
 * Every way a board file can be wrong (issue 2 §2). A closed set: the UI, the
 * API and the tests may switch on it; each code has a Danish and an English
 * message in `i18n/validation.ts`.
 */
export const VALIDATION_CODES = [
  // The file as a whole
  'invalid-json',
  'file-too-large',
  'not-an-object',
  'wrong-format',
  'version-too-new',
  'unsupported-version',
  'migration-failed',
  'forbidden-key',
  'unreadable',
  'too-many-issues',
  // One field
  'missing-field',
  'invalid-type',
  'unknown-field',
  'too-long',
  'too-many',
  'invalid-value',
  'invalid-id',
  'invalid-date',
  'invalid-time',
  'not-whole-number',
  'out-of-range',
  // Between records
  'duplicate-id',
  'unknown-person',
  'unknown-lane',
  'form-not-found',
  'form-not-a-form',
  'form-not-in-lane',
  'period-reversed',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** One problem in a board file: where (`$.notes[3].person`), what, and how to say it. */
export interface ValidationIssue {
  readonly path: string;
  readonly code: ValidationCode;
  readonly message: LocalizedText;
}

/** A path as segments; `[]` is the root (`$`). */
export type PathSegments = readonly PropertyKey[];

/** Reports longer than this end with one 'too-many-issues' line instead. */
export const MAX_ISSUES = 200;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['notes', 3, 'person']` → `$.notes[3].person`; odd keys are quoted: `$["a b"]`. */
export function formatPath(segments: PathSegments): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && PLAIN_KEY.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

export function makeIssue<C extends ValidationCode>(
  path: PathSegments,
  code: C,
  params: ValidationMessageParams[C],
): ValidationIssue {
  return { path: formatPath(path), code, message: VALIDATION_MESSAGES[code](params) };
}

/** Keeps a report readable: at most MAX_ISSUES issues, then one line saying how many were left out. */
export function capIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  if (issues.length <= MAX_ISSUES) return [...issues];
  const omitted = issues.length - MAX_ISSUES;
  return [...issues.slice(0, MAX_ISSUES), makeIssue([], 'too-many-issues', { omitted })];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
