import { BOARD_VERSION } from './schema.ts';
import { err, ok } from './result.ts';
import type { Result } from './result.ts';
import { isRecord, makeIssue } from './validation-issue.ts';
import type { ValidationIssue } from './validation-issue.ts';

/**
 * Board-file migrations (issue 2 §2), after tldraw's store: an append-only,
 * gap-free list of named steps, each taking a file from version `from` to
 * `from + 1`. A released step is never edited or removed; a schema change adds a
 * step and raises BOARD_VERSION in `schema.ts`. `assertMigrationsContiguous` is
 * run by a test so a gap or a forgotten step fails CI.
 */
export interface BoardMigration {
  readonly from: number;
  readonly to: number;
  /** Stable and unique, e.g. 'add-meeting-location'; shown if the step fails. */
  readonly name: string;
  /**
   * Returns the file one version up. It may assume `raw` is a board file of
   * version `from` but must tolerate damaged fields (the schema checks the
   * result). It receives a private copy, so it may change `raw` in place. The
   * mechanism sets `version` to `to` afterwards.
   */
  migrate(raw: Record<string, unknown>): Record<string, unknown>;
}

/** Empty: version 1 is the first version of the board file. */
export const BOARD_MIGRATIONS: readonly BoardMigration[] = [];

/**
 * Throws if `list` is not the chain 1→2→…→target with unique, non-empty names
 * (an empty list is right only while target is 1). A programming error, so it
 * throws instead of returning a Result.
 */
export function assertMigrationsContiguous(
  list: readonly BoardMigration[],
  target: number = BOARD_VERSION,
): void {
  const names = new Set<string>();
  list.forEach((step, index) => {
    const from = index + 1;
    if (step.from !== from || step.to !== from + 1) {
      throw new Error(
        `Migration #${index} "${step.name}" goes ${step.from}→${step.to}; expected ${from}→${from + 1}`,
      );
    }
    if (step.name.trim() === '') throw new Error(`Migration #${index} has no name`);
    if (names.has(step.name)) throw new Error(`Migration name "${step.name}" is used twice`);
    names.add(step.name);
  });
  const last = list.length + 1;
  if (last !== target) {
    throw new Error(`Migrations end at version ${last}, but the board version is ${target}`);
  }
}

/**
 * Brings a parsed board file up to `target`, applying each step in order. The
 * caller's object is never changed: steps run on a copy. Returns the file
 * itself (not a copy) when it is already at `target`. Says so, rather than
 * guessing, when the version is missing, not a whole number, newer than
 * `target`, or has no chain of steps to `target`.
 */
export function migrateBoardFile(
  raw: unknown,
  migrations: readonly BoardMigration[] = BOARD_MIGRATIONS,
  target: number = BOARD_VERSION,
): Result<Record<string, unknown>, ValidationIssue[]> {
  if (!isRecord(raw)) return err([makeIssue([], 'not-an-object', { value: raw })]);
  const version = raw['version'];
  if (version === undefined) {
    return err([makeIssue(['version'], 'missing-field', { field: 'version' })]);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err([
      makeIssue(['version'], 'unsupported-version', { value: version, supported: target }),
    ]);
  }
  if (version > target) {
    return err([makeIssue(['version'], 'version-too-new', { version, supported: target })]);
  }
  if (version === target) return ok(raw);

  const steps: BoardMigration[] = [];
  for (let from = version; from < target; from++) {
    const step = migrations.find(
      (candidate) => candidate.from === from && candidate.to === from + 1,
    );
    if (step === undefined) {
      return err([
        makeIssue(['version'], 'unsupported-version', { value: version, supported: target }),
      ]);
    }
    steps.push(step);
  }

  let current: Record<string, unknown>;
  try {
    current = structuredClone(raw);
  } catch {
    return err([makeIssue([], 'unreadable', { detail: 'structuredClone' })]);
  }
  for (const step of steps) {
    const failed = makeIssue(['version'], 'migration-failed', {
      name: step.name,
      from: step.from,
      to: step.to,
    });
    try {
      const next = step.migrate(current);
      if (!isRecord(next)) return err([failed]);
      current = { ...next, version: step.to };
    } catch {
      return err([failed]);
    }
  }
  return ok(current);
}
