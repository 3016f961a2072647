import { migrateBoardFile } from './migrations.ts';
import { err, ok } from './result.ts';
import type { Result } from './result.ts';
import { BOARD_FORMAT, LIMITS, boardSchema } from './schema.ts';
import type { Board } from './schema.ts';
import type { Lang } from './i18n/lang.ts';
import { FORMAT_MISSING_FOR_PEOPLE } from './i18n/validation.ts';
import { findForbiddenKeys } from './validate-keys.ts';
import { checkReferences } from './validate-references.ts';
import { translateZodIssues } from './validate-structure.ts';
import { capIssues, isRecord, makeIssue } from './validation-issue.ts';
import type { ValidationIssue } from './validation-issue.ts';

export { VALIDATION_CODES, MAX_ISSUES } from './validation-issue.ts';
export type { ValidationCode, ValidationIssue } from './validation-issue.ts';

/**
 * Reads a board file (issue 2 §2): either a whole valid Board or every problem
 * found, never a half-applied result and never an exception. Order of the
 * report: forbidden keys, then structure (zod), then references between records.
 * A file of another format or an unreadable version stops early: checking it
 * against this schema would only bury the one problem that matters.
 */
export function validateBoardFile(raw: unknown): Result<Board, ValidationIssue[]> {
  try {
    return validate(raw);
  } catch (error) {
    // Only exotic inputs from JS callers get here (throwing getters, proxies).
    const detail = error instanceof Error ? error.name : typeof error;
    return err([makeIssue([], 'unreadable', { detail })]);
  }
}

function validate(raw: unknown): Result<Board, ValidationIssue[]> {
  if (!isRecord(raw)) return err([makeIssue([], 'not-an-object', { value: raw })]);
  const walked = findForbiddenKeys(raw);

  const format = raw['format'];
  if (format !== BOARD_FORMAT) {
    const formatIssue =
      format === undefined
        ? makeIssue(['format'], 'missing-field', { field: 'format' })
        : makeIssue(['format'], 'wrong-format', { value: format, expected: BOARD_FORMAT });
    return err(report([...walked, formatIssue]));
  }

  const migrated = migrateBoardFile(raw);
  if (!migrated.ok) return err(report([...walked, ...migrated.error]));

  const parsed = boardSchema.safeParse(migrated.value);
  const structural = parsed.success ? [] : translateZodIssues(parsed.error.issues, migrated.value);
  // zod's 'too-many' names the list's own limit; the key walk's only says it stopped walking.
  const keyIssues = walked.filter((issue) => issue.code === 'forbidden-key');
  const walkLimits = walked.filter((issue) => issue.code !== 'forbidden-key');
  const all = [...keyIssues, ...structural, ...walkLimits, ...checkReferences(migrated.value)];

  if (!parsed.success || all.length > 0) return err(report(all));
  return ok(parsed.data);
}

/** Drops repeats (a huge list is reported by the key walk and by zod), then caps the length. */
function report(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    const key = `${issue.code} ${issue.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return capIssues(unique);
}

/**
 * JSON text → Board; a JSON syntax error is one 'invalid-json' issue with its
 * place if known. A leading byte-order mark (Windows editors add one) is ignored.
 */
export function parseBoardJson(text: string): Result<Board, ValidationIssue[]> {
  if (typeof text !== 'string') {
    return err([makeIssue([], 'invalid-json', { position: null, line: null, column: null })]);
  }
  const size = checkFileSize(utf8SizeOver(text, LIMITS.fileBytes) ?? 0);
  if (!size.ok) return size;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return err([makeIssue([], 'invalid-json', jsonErrorPlace(body, error))]);
  }
  return validateBoardFile(raw);
}

/** A board file's size against `LIMITS.fileBytes`: checked before a file is even read. */
export function checkFileSize(bytes: number): Result<void, ValidationIssue[]> {
  if (bytes <= LIMITS.fileBytes) return ok(undefined);
  return err([makeIssue([], 'file-too-large', { bytes, max: LIMITS.fileBytes })]);
}

/**
 * The UTF-8 size of a text when it is over `max` bytes, else null. A text
 * whose every character could take three bytes and still fit is not counted.
 */
export function utf8SizeOver(text: string, max: number): number | null {
  if (text.length * 3 <= max) return null;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes > max ? bytes : null;
}

function jsonErrorPlace(
  text: string,
  error: unknown,
): { position: number | null; line: number | null; column: number | null } {
  const message = error instanceof Error ? error.message : '';
  const match = /position (\d+)/.exec(message);
  if (match === null) return { position: null, line: null, column: null };
  const position = Number(match[1]);
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let index = 0; index < end; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { position, line, column: position - lineStart + 1 };
}

/** One line per issue, `<path>: <message>`, in the given language. */
export function formatIssues(issues: readonly ValidationIssue[], lang: Lang): string[] {
  return issues.map((issue) => `${issue.path}: ${issue.message[lang]}`);
}

/**
 * Where a problem is not in a field but in what the file is: not JSON, not a
 * board file (`$.format`), made by a newer version (`$.version`).
 */
const WHOLE_FILE_PATHS: ReadonlySet<string> = new Set(['$', '$.format', '$.version']);

/**
 * The issues as a person who chose a file reads them (the landing page): a
 * problem with the file as a whole is its message alone; one inside the file
 * says where without the JSON path's `$.` (`notes[3].person: …`). The API and
 * the command line keep the machine-readable paths (`formatIssues`).
 */
export function formatIssuesForPeople(issues: readonly ValidationIssue[], lang: Lang): string[] {
  return issues.map((issue) => {
    if (issue.path === '$.format' && issue.code === 'missing-field')
      return FORMAT_MISSING_FOR_PEOPLE[lang];
    return WHOLE_FILE_PATHS.has(issue.path)
      ? issue.message[lang]
      : `${issue.path.replace(/^\$\.?/, '')}: ${issue.message[lang]}`;
  });
}
