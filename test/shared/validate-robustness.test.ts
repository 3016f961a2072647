import { describe, expect, it } from 'vitest';
import { MAX_ISSUES, parseBoardJson, validateBoardFile } from '../../shared/validate.ts';
import type { ValidationIssue } from '../../shared/validate.ts';
import { participantNote, validBoardFile } from './validate-fixture.ts';

function issuesOf(raw: unknown): ValidationIssue[] {
  const result = validateBoardFile(raw);
  if (result.ok) throw new Error('expected the board file to be rejected');
  return result.error;
}

function found(raw: unknown): string[] {
  return issuesOf(raw).map((issue) => `${issue.path} ${issue.code}`);
}

function parsedIssues(text: string): string[] {
  const result = parseBoardJson(text);
  return result.ok ? [] : result.error.map((issue) => `${issue.path} ${issue.code}`);
}

/** The valid fixture as JSON text with `insert` placed right after the first `{` of `anchor`. */
function jsonWith(anchor: string, insert: string): string {
  const text = JSON.stringify(validBoardFile());
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`anchor ${anchor} not found`);
  return `${text.slice(0, at + 1)}${insert},${text.slice(at + 1)}`;
}

describe('keys that reach a prototype are rejected', () => {
  it('__proto__ at the root, as JSON.parse makes it', () => {
    expect(parsedIssues(jsonWith('{', '"__proto__":{"polluted":true}'))).toEqual([
      '$.__proto__ forbidden-key',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('inside a record, in an otherwise valid file', () => {
    expect(parsedIssues(jsonWith('{"id":"p1"', '"constructor":{"prototype":{}}'))).toEqual([
      '$.people[0].constructor forbidden-key',
      '$.people[0].constructor.prototype forbidden-key',
    ]);
  });

  it('deep inside a field the schema does not know', () => {
    const deep = `${'{"a":'.repeat(300)}{"__proto__":1}${'}'.repeat(300)}`;
    const issues = parsedIssues(jsonWith('{', `"extra":${deep}`));
    expect(issues).toEqual([`$.extra${'.a'.repeat(300)}.__proto__ forbidden-key`]);
  });

  it('inside a list', () => {
    expect(parsedIssues(jsonWith('{', '"extra":[1,[{"prototype":0}]]'))).toEqual([
      '$.extra[1][0].prototype forbidden-key',
    ]);
  });

  it('from JS callers too', () => {
    const board = validBoardFile();
    board.meetings[0] = { ...board.meetings[0], constructor: 'x' };
    expect(found(board)).toEqual(['$.meetings[0].constructor forbidden-key']);
  });
});

describe('never a crash', () => {
  it('on input nested 100,000 levels deep', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) deep = { a: deep };
    const board = { ...validBoardFile(), extra: deep };
    const result = validateBoardFile(board);
    expect(result.ok && Object.hasOwn(result.value, 'extra')).toBe(false);
    expect(found({ ...validBoardFile(), title: deep })).toEqual(['$.title invalid-type']);
  });

  it('on deeply nested JSON text', () => {
    expect(() => parseBoardJson('['.repeat(200_000) + ']'.repeat(200_000))).not.toThrow();
    expect(parseBoardJson('['.repeat(200_000)).ok).toBe(false);
  });

  it('on cyclic objects', () => {
    const board: Record<string, unknown> = validBoardFile();
    board['self'] = board;
    const note = (board['notes'] as Record<string, unknown>[])[0] as Record<string, unknown>;
    note['again'] = note;
    const result = validateBoardFile(board);
    expect(result.ok).toBe(true);
    expect(found({ ...board, title: board })).toEqual(['$.title invalid-type']);
  });

  it('on huge strings, with a short message', () => {
    const issues = issuesOf({ ...validBoardFile(), title: 'x'.repeat(5_000_000) });
    expect(issues.map((issue) => issue.message.da)).toEqual([
      'Teksten er for lang: 5.000.000 tegn, højst 200',
    ]);
    const board = validBoardFile();
    board.people[0] = { ...board.people[0], id: 'ü'.repeat(1_000_000) };
    const [issue] = issuesOf(board);
    expect(issue?.code).toBe('invalid-id');
    expect(issue?.message.en.length).toBeLessThan(200);
  });

  it('on a list far beyond its limit, reported once with its own limit', () => {
    const people = Array.from({ length: 25_000 }, () => ({}));
    const issues = issuesOf({ ...validBoardFile(), people });
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      '$.people too-many',
      '$.notes[1].person unknown-person',
      '$.notes[2].person unknown-person',
    ]);
    expect(issues[0]?.message.en).toBe('The list is too long: 25,000 items, at most 2,000');
  });

  it('on a sparse list with a length of ten million', () => {
    const notes: unknown[] = [];
    notes.length = 10_000_000;
    expect(found({ ...validBoardFile(), notes })).toEqual(['$.notes too-many']);
  });

  it('on throwing getters and proxies', () => {
    const board: Record<string, unknown> = validBoardFile();
    Object.defineProperty(board, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(found(board)).toEqual(['$ unreadable']);
    const proxy = new Proxy(validBoardFile(), {
      ownKeys() {
        throw new Error('boom');
      },
    });
    expect(found(proxy)).toEqual(['$ unreadable']);
  });

  it('on values JSON cannot hold', () => {
    const board: Record<string, unknown> = validBoardFile();
    board['title'] = Symbol('t');
    board['period'] = 10n;
    board['palette'] = new Map();
    expect(found(board)).toEqual([
      '$.title invalid-type',
      '$.period invalid-type',
      '$.palette invalid-type',
    ]);
  });
});

describe('a long report', () => {
  it(`stops after ${MAX_ISSUES} issues with a line saying how many more there are`, () => {
    const board = validBoardFile();
    for (let index = 0; index < 250; index++) {
      board.notes.push(participantNote(`x${index}`, { lane: 'ghost' }));
    }
    const issues = issuesOf(board);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues[0]?.path).toBe('$.notes[4].lane');
    expect(issues[MAX_ISSUES]).toEqual({
      path: '$',
      code: 'too-many-issues',
      message: {
        da: '… og 50 problemer mere, som ikke er vist',
        en: '… and 50 more problems, not shown',
      },
    });
  });
});
