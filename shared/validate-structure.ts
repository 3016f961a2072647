import type { core } from 'zod/mini';
import { ID_PATTERN } from './ids.ts';
import { assertNever } from './result.ts';
import type { ExpectedKind } from './i18n/validation.ts';
import { makeIssue } from './validation-issue.ts';
import type { PathSegments, ValidationIssue } from './validation-issue.ts';

/**
 * Turns zod's issues into issues a coordinator can read (issue 2 §2). zod's own
 * messages are English and technical; the value at the issue's path is looked
 * up in the data to say what was found ("2.345 tegn", "Datoen 2027-02-30").
 */

// The messages `schema.ts` and `ids.ts` give their checks; they tell the checks apart.
const ID_PATTERN_TEXT = String(ID_PATTERN);
const INVALID_DATE_MESSAGE = 'invalid date';
const INVALID_TIME_MESSAGE = 'invalid time';

/** The value at `path` in `data`, reading own properties only; undefined if absent. */
export function valueAt(data: unknown, path: PathSegments): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (typeof segment === 'symbol' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function expectedKind(expected: string): ExpectedKind {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'int':
      return 'whole-number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    case 'object':
      return 'object';
    case 'null':
      return 'null';
    default:
      return 'other';
  }
}

function fieldName(path: PathSegments): string {
  const last = path[path.length - 1];
  return last === undefined ? '' : String(last);
}

function lengthOf(value: unknown): number {
  return typeof value === 'string' || Array.isArray(value) ? value.length : 0;
}

function asNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number.NaN;
}

/** One zod issue → one or more of ours (unrecognized keys give one each). */
export function translateZodIssue(issue: core.$ZodIssue, data: unknown): ValidationIssue[] {
  const path = issue.path;
  const value = valueAt(data, path);
  const generic = (): ValidationIssue[] => [
    makeIssue(path, 'invalid-value', { value, allowed: [] }),
  ];
  const one = (made: ValidationIssue): ValidationIssue[] => [made];

  switch (issue.code) {
    case 'invalid_type':
      if (path.length === 0) return one(makeIssue(path, 'not-an-object', { value }));
      if (value === undefined) {
        return one(makeIssue(path, 'missing-field', { field: fieldName(path) }));
      }
      if (issue.expected === 'int' && typeof value === 'number' && Number.isFinite(value)) {
        return one(makeIssue(path, 'not-whole-number', { value }));
      }
      return one(
        makeIssue(path, 'invalid-type', { expected: expectedKind(issue.expected), value }),
      );

    case 'too_big':
      switch (issue.origin) {
        case 'string':
          return one(
            makeIssue(path, 'too-long', { length: lengthOf(value), max: Number(issue.maximum) }),
          );
        case 'array':
          return one(
            makeIssue(path, 'too-many', { count: lengthOf(value), max: Number(issue.maximum) }),
          );
        case 'number':
        case 'int':
          return one(
            makeIssue(path, 'out-of-range', {
              value: asNumber(value),
              limit: Number(issue.maximum),
              bound: issue.inclusive === false ? 'below' : 'at-most',
            }),
          );
        default:
          return generic();
      }

    case 'too_small':
      switch (issue.origin) {
        case 'number':
        case 'int':
          return one(
            makeIssue(path, 'out-of-range', {
              value: asNumber(value),
              limit: Number(issue.minimum),
              bound: issue.inclusive === false ? 'above' : 'at-least',
            }),
          );
        default:
          return generic();
      }

    case 'invalid_format':
      if (issue.pattern === ID_PATTERN_TEXT) return one(makeIssue(path, 'invalid-id', { value }));
      if (issue.message === INVALID_TIME_MESSAGE) {
        return one(makeIssue(path, 'invalid-time', { value }));
      }
      return generic();

    case 'invalid_value':
      return one(makeIssue(path, 'invalid-value', { value, allowed: issue.values }));

    case 'invalid_union':
      if (issue.discriminator !== undefined && value === undefined) {
        return one(makeIssue(path, 'missing-field', { field: fieldName(path) }));
      }
      return one(
        makeIssue(path, 'invalid-value', {
          value,
          allowed: 'options' in issue ? (issue.options ?? []) : [],
        }),
      );

    case 'custom':
      if (issue.message === INVALID_DATE_MESSAGE) {
        return one(makeIssue(path, 'invalid-date', { value }));
      }
      return generic();

    case 'unrecognized_keys':
      return issue.keys.map((key) => makeIssue([...path, key], 'unknown-field', { field: key }));

    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
      return generic();

    default:
      return assertNever(issue);
  }
}

export function translateZodIssues(
  issues: readonly core.$ZodIssue[],
  data: unknown,
): ValidationIssue[] {
  return issues.flatMap((issue) => translateZodIssue(issue, data));
}
