import { describe, expect, it } from 'vitest';
import {
  BOARD_MIGRATIONS,
  assertMigrationsContiguous,
  migrateBoardFile,
} from '../../shared/migrations.ts';
import type { BoardMigration } from '../../shared/migrations.ts';
import { BOARD_VERSION } from '../../shared/schema.ts';
import { validateBoardFile } from '../../shared/validate.ts';
import { validBoardFile } from './validate-fixture.ts';

/** v1 → v2 renames `title` to `theme`; v2 → v3 adds `tags`. Each step logs its name. */
function fakeMigrations(log: string[]): BoardMigration[] {
  return [
    {
      from: 1,
      to: 2,
      name: 'rename-title-to-theme',
      migrate(raw) {
        log.push('rename-title-to-theme');
        const { title, ...rest } = raw;
        return { ...rest, theme: title };
      },
    },
    {
      from: 2,
      to: 3,
      name: 'add-tags',
      migrate(raw) {
        log.push(`add-tags (theme: ${String(raw['theme'])})`);
        raw['tags'] = [];
        return raw;
      },
    },
  ];
}

function step(from: number, name = `step-${from}`): BoardMigration {
  return { from, to: from + 1, name, migrate: (raw) => raw };
}

function codesOf(result: ReturnType<typeof migrateBoardFile>): string[] {
  return result.ok ? [] : result.error.map((issue) => `${issue.path} ${issue.code}`);
}

describe('the real migration list', () => {
  it('is gap-free and ends at the board version', () => {
    expect(() => assertMigrationsContiguous(BOARD_MIGRATIONS)).not.toThrow();
    expect(BOARD_MIGRATIONS.length).toBe(BOARD_VERSION - 1);
  });
});

describe('assertMigrationsContiguous', () => {
  it('accepts a chain 1→2→3 for version 3', () => {
    expect(() => assertMigrationsContiguous([step(1), step(2)], 3)).not.toThrow();
  });

  it('rejects a gap', () => {
    expect(() => assertMigrationsContiguous([step(1), step(3)], 4)).toThrow(/expected 2→3/);
  });

  it('rejects a chain that does not start at version 1', () => {
    expect(() => assertMigrationsContiguous([step(2)], 3)).toThrow(/expected 1→2/);
  });

  it('rejects a step that skips a version', () => {
    const skip: BoardMigration = { ...step(1), to: 3 };
    expect(() => assertMigrationsContiguous([skip], 3)).toThrow(/goes 1→3/);
  });

  it('rejects a chain that stops short of the board version', () => {
    expect(() => assertMigrationsContiguous([step(1)], 3)).toThrow(/end at version 2/);
    expect(() => assertMigrationsContiguous([], 2)).toThrow(/end at version 1/);
  });

  it('rejects repeated or empty names', () => {
    expect(() => assertMigrationsContiguous([step(1, 'a'), step(2, 'a')], 3)).toThrow(/twice/);
    expect(() => assertMigrationsContiguous([step(1, ' ')], 2)).toThrow(/no name/);
  });
});

describe('migrateBoardFile', () => {
  it('applies every step from the file version to the target, in order', () => {
    const log: string[] = [];
    const result = migrateBoardFile({ version: 1, title: 'Tema' }, fakeMigrations(log), 3);
    expect(log).toEqual(['rename-title-to-theme', 'add-tags (theme: Tema)']);
    expect(result).toEqual({ ok: true, value: { version: 3, theme: 'Tema', tags: [] } });
  });

  it('starts at the file version', () => {
    const log: string[] = [];
    const result = migrateBoardFile({ version: 2, theme: 'Tema' }, fakeMigrations(log), 3);
    expect(log).toEqual(['add-tags (theme: Tema)']);
    expect(result).toEqual({ ok: true, value: { version: 3, theme: 'Tema', tags: [] } });
  });

  it('returns a file already at the target as it is', () => {
    const log: string[] = [];
    const file = { version: 3, theme: 'Tema' };
    const result = migrateBoardFile(file, fakeMigrations(log), 3);
    expect(log).toEqual([]);
    expect(result.ok && result.value).toBe(file);
  });

  it('never changes the caller’s object, even when a step writes in place', () => {
    const file = { version: 2, theme: 'Tema', nested: { a: 1 } };
    migrateBoardFile(file, fakeMigrations([]), 3);
    expect(file).toEqual({ version: 2, theme: 'Tema', nested: { a: 1 } });
  });

  it('says a file from a newer version needs an update', () => {
    const result = migrateBoardFile({ version: 4 }, fakeMigrations([]), 3);
    expect(codesOf(result)).toEqual(['$.version version-too-new']);
    expect(result.ok ? '' : result.error[0]?.message.da).toContain('filversion 4');
  });

  it('rejects a missing or malformed version without guessing', () => {
    expect(codesOf(migrateBoardFile({}, [], 1))).toEqual(['$.version missing-field']);
    for (const version of ['2', 2.5, 0, null, true]) {
      expect(codesOf(migrateBoardFile({ version }, fakeMigrations([]), 3))).toEqual([
        '$.version unsupported-version',
      ]);
    }
  });

  it('rejects a version with no chain of steps to the target', () => {
    expect(codesOf(migrateBoardFile({ version: 1 }, [step(2)], 3))).toEqual([
      '$.version unsupported-version',
    ]);
  });

  it('reports a failing step by name, with nothing half-applied', () => {
    const log: string[] = [];
    const failing: BoardMigration = {
      from: 2,
      to: 3,
      name: 'explode',
      migrate() {
        throw new Error('boom');
      },
    };
    const [first] = fakeMigrations(log);
    const result = migrateBoardFile(
      { version: 1, title: 'T' },
      [first as BoardMigration, failing],
      3,
    );
    expect(log).toEqual(['rename-title-to-theme']);
    expect(codesOf(result)).toEqual(['$.version migration-failed']);
    expect(result.ok ? '' : result.error[0]?.message.en).toContain('“explode”');
  });

  it('reports a step that returns something other than an object', () => {
    const bad: BoardMigration = { from: 1, to: 2, name: 'to-null', migrate: () => [] as never };
    expect(codesOf(migrateBoardFile({ version: 1 }, [bad], 2))).toEqual([
      '$.version migration-failed',
    ]);
  });

  it('reports a file that cannot be copied for migration', () => {
    const result = migrateBoardFile({ version: 1, callback: () => 1 }, [step(1)], 2);
    expect(codesOf(result)).toEqual(['$ unreadable']);
  });

  it('rejects a file that is not an object', () => {
    expect(codesOf(migrateBoardFile([], [], 1))).toEqual(['$ not-an-object']);
  });
});

describe('validateBoardFile migrates before checking', () => {
  it('accepts a file of the current version', () => {
    expect(validateBoardFile(validBoardFile()).ok).toBe(true);
  });

  it('rejects a file of a newer version with that one issue only', () => {
    const result = validateBoardFile({ ...validBoardFile(), version: BOARD_VERSION + 1, title: 5 });
    expect(result.ok ? [] : result.error.map((issue) => issue.code)).toEqual(['version-too-new']);
  });
});
