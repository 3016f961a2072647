import { LIMITS } from './schema.ts';
import { isRecord, makeIssue } from './validation-issue.ts';
import type { ValidationIssue } from './validation-issue.ts';

/**
 * Keys that can reach an object's prototype when data is merged or copied
 * naively. JSON.parse makes `"__proto__"` an ordinary own key, so the input is
 * searched for them itself: the whole file is rejected if any occurs anywhere.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** No list in a board file is longer than this; longer ones are reported, not walked. */
const MAX_WALKED_ARRAY = LIMITS.notes;

interface Frame {
  readonly value: unknown;
  readonly key: string | number | null;
  readonly parent: Frame | null;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | null = frame; at !== null && at.key !== null; at = at.parent) {
    path.push(at.key);
  }
  return path.reverse();
}

/**
 * Every forbidden key in `root`, at any depth. Walks with an explicit stack
 * (deep nesting cannot overflow the call stack) and a visited set (cyclic
 * objects from JS callers end the walk instead of looping). Paths are built
 * only for findings, so the walk stays cheap on large boards.
 */
export function findForbiddenKeys(root: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const visited = new Set<object>();
  const stack: Frame[] = [{ value: root, key: null, parent: null }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { value } = frame;
    if (typeof value !== 'object' || value === null || visited.has(value)) continue;
    visited.add(value);
    if (Array.isArray(value)) {
      if (value.length > MAX_WALKED_ARRAY) {
        issues.push(
          makeIssue(pathOf(frame), 'too-many', { count: value.length, max: MAX_WALKED_ARRAY }),
        );
        continue;
      }
      for (let index = value.length - 1; index >= 0; index--) {
        const child: unknown = value[index];
        if (typeof child === 'object' && child !== null) {
          stack.push({ value: child, key: index, parent: frame });
        }
      }
      continue;
    }
    if (!isRecord(value)) continue;
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key))
        issues.push(makeIssue([...pathOf(frame), key], 'forbidden-key', { key }));
    }
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index] as string;
      const child = value[key];
      // Only objects can hold keys; skipping the rest keeps large boards cheap.
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, key, parent: frame });
    }
  }
  return issues;
}
