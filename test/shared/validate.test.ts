import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  formatIssues,
  formatIssuesForPeople,
  parseBoardJson,
  validateBoardFile,
} from '../../shared/validate.ts';
import type { ValidationIssue } from '../../shared/validate.ts';
import { translateZodIssues } from '../../shared/validate-structure.ts';
import { participantNote, validBoardFile } from './validate-fixture.ts';

function issuesOf(raw: unknown): ValidationIssue[] {
  const result = validateBoardFile(raw);
  if (result.ok) throw new Error('expected the board file to be rejected');
  return result.error;
}

/** `path code` per issue: what the tests compare. */
function found(raw: unknown): string[] {
  return issuesOf(raw).map((issue) => `${issue.path} ${issue.code}`);
}

function only(raw: unknown): ValidationIssue {
  const issues = issuesOf(raw);
  expect(issues).toHaveLength(1);
  return issues[0] as ValidationIssue;
}

describe('a valid board file', () => {
  it('passes and equals the input', () => {
    const input = validBoardFile();
    const result = validateBoardFile(input);
    expect(result).toEqual({ ok: true, value: validBoardFile() });
  });

  it('gets an empty palette when the file has none', () => {
    const input: Record<string, unknown> = validBoardFile();
    delete input['palette'];
    const result = validateBoardFile(input);
    expect(result.ok && result.value.palette).toEqual([]);
  });

  it('is not changed by validation', () => {
    const input = validBoardFile();
    validateBoardFile(input);
    expect(input).toEqual(validBoardFile());
  });
});

describe('the file as a whole', () => {
  it.each([null, undefined, 42, 'board', true, [], [validBoardFile()], () => 1])(
    'rejects %s as not a board',
    (input) => {
      const issue = only(input);
      expect([issue.path, issue.code]).toEqual(['$', 'not-an-object']);
    },
  );

  it('rejects a file of another format', () => {
    const issue = only({ ...validBoardFile(), format: 'excalidraw' });
    expect([issue.path, issue.code]).toEqual(['$.format', 'wrong-format']);
    expect(issue.message.en).toContain('“excalidraw”');
  });

  it('reports a missing format as a missing field', () => {
    const input: Record<string, unknown> = validBoardFile();
    delete input['format'];
    expect(found(input)).toEqual(['$.format missing-field']);
  });

  it('says a file from a newer version needs an update', () => {
    const issue = only({ ...validBoardFile(), version: 2 });
    expect([issue.path, issue.code]).toEqual(['$.version', 'version-too-new']);
    expect(issue.message.da).toContain('nyere version af Netværkstavlen');
    expect(issue.message.en).toContain('newer version of Netværkstavlen');
    expect(issue.message.en).toContain('Update');
  });

  it.each(['1', 1.5, 0, -3, null, Number.NaN])('rejects the version %s', (version) => {
    expect(found({ ...validBoardFile(), version })).toEqual(['$.version unsupported-version']);
  });

  it('reports a missing version', () => {
    const input: Record<string, unknown> = validBoardFile();
    delete input['version'];
    expect(found(input)).toEqual(['$.version missing-field']);
  });
});

describe('structural problems', () => {
  it('a wrong type names what was expected and what was found', () => {
    const issue = only({ ...validBoardFile(), title: 5 });
    expect([issue.path, issue.code]).toEqual(['$.title', 'invalid-type']);
    expect(issue.message.da).toBe('Her skal stå en tekst, men der står et tal');
    expect(issue.message.en).toBe('This should be text, but it is a number');
  });

  it('a missing field', () => {
    const board = validBoardFile();
    delete board.people[1]?.['name'];
    const issue = only(board);
    expect([issue.path, issue.code]).toEqual(['$.people[1].name', 'missing-field']);
    expect(issue.message.en).toBe('The field “name” is missing');
  });

  it('a text that is too long gives its length and the limit, in each language', () => {
    const board = validBoardFile();
    board.notes[1] = participantNote('n1', { form: 'f1', contribution: 'x'.repeat(2345) });
    const issue = only(board);
    expect([issue.path, issue.code]).toEqual(['$.notes[1].contribution', 'too-long']);
    expect(issue.message.da).toBe('Teksten er for lang: 2.345 tegn, højst 2.000');
    expect(issue.message.en).toBe('The text is too long: 2,345 characters, at most 2,000');
  });

  it('a list that is too long', () => {
    const board = validBoardFile();
    board.palette = Array.from({ length: 201 }, (_, index) => ({
      id: `pf${index}`,
      name: '',
      durationMinutes: null,
      description: '',
    }));
    const issue = only(board);
    expect([issue.path, issue.code]).toEqual(['$.palette', 'too-many']);
    expect(issue.message.da).toBe('Listen er for lang: 201 elementer, højst 200');
  });

  it('a value outside a closed set lists the allowed ones', () => {
    const board = validBoardFile();
    board.people[0] = { ...board.people[0], category: 'boss' };
    const issue = only(board);
    expect([issue.path, issue.code]).toEqual(['$.people[0].category', 'invalid-value']);
    expect(issue.message.en).toContain('“boss”');
    expect(issue.message.en).toContain('“referenceLeader”');
  });

  it('a note of an unknown kind is one issue on its kind', () => {
    const board = validBoardFile();
    board.notes[3] = { id: 'i1', kind: 'sticker', lane: 'm2', x: 0, y: 0 };
    const issue = only(board);
    expect([issue.path, issue.code]).toEqual(['$.notes[3].kind', 'invalid-value']);
    expect(issue.message.da).toContain('„sticker“');
    expect(issue.message.da).toContain('„participant“, „form“, „idea“');
  });

  it('a note without a kind is a missing field', () => {
    const board = validBoardFile();
    delete board.notes[3]?.['kind'];
    expect(found(board)).toEqual(['$.notes[3].kind missing-field']);
  });

  it('an invalid id', () => {
    const board = validBoardFile();
    board.people[0] = { ...board.people[0], id: 'p 1' };
    board.notes[1] = participantNote('n1', { form: 'f1', person: 'p1' });
    expect(found(board)).toEqual(['$.people[0].id invalid-id', '$.notes[1].person unknown-person']);
  });

  it('a date that does not exist', () => {
    const board = validBoardFile();
    board.meetings[0] = { ...board.meetings[0], date: '2027-02-30' };
    const issue = only(board);
    expect([issue.path, issue.code]).toEqual(['$.meetings[0].date', 'invalid-date']);
    expect(issue.message).toEqual({
      da: 'Datoen 2027-02-30 findes ikke',
      en: 'The date 2027-02-30 does not exist',
    });
  });

  it('a date in another notation says how to write it', () => {
    const board = validBoardFile();
    board.period = { start: '4/1/2027', end: '2027-04-30' };
    const issue = only(board);
    expect([issue.path, issue.code]).toEqual(['$.period.start', 'invalid-date']);
    expect(issue.message.da).toContain('ÅÅÅÅ-MM-DD');
  });

  it('an invalid time of day', () => {
    const board = validBoardFile();
    board.meetings[0] = { ...board.meetings[0], startTime: '24:00' };
    const issue = only(board);
    expect([issue.path, issue.code]).toEqual(['$.meetings[0].startTime', 'invalid-time']);
    expect(issue.message.en).toContain('HH:MM');
  });

  it('a duration that is not a whole number', () => {
    const board = validBoardFile();
    board.meetings[0] = { ...board.meetings[0], durationMinutes: 90.5 };
    const issue = only(board);
    expect([issue.path, issue.code]).toEqual(['$.meetings[0].durationMinutes', 'not-whole-number']);
    expect(issue.message.da).toBe('Tallet 90,5 skal være et helt tal');
  });

  it('numbers out of range, above and below', () => {
    const board = validBoardFile();
    board.notes[3] = { ...board.notes[3], x: 2_000_000 };
    board.palette[0] = { ...board.palette[0], durationMinutes: 0 };
    const issues = issuesOf(board);
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      '$.notes[3].x out-of-range',
      '$.palette[0].durationMinutes out-of-range',
    ]);
    expect(issues[0]?.message.da).toBe(
      'Tallet 2.000.000 er uden for det tilladte: det må højst være 1.000.000',
    );
    expect(issues[1]?.message.en).toBe('The number 0 is out of range: it must be greater than 0');
  });

  it('a non-finite number from a JS caller', () => {
    const board = validBoardFile();
    board.notes[3] = { ...board.notes[3], y: Number.POSITIVE_INFINITY };
    expect(found(board)).toEqual(['$.notes[3].y invalid-type']);
  });

  it('many problems at once are all reported, structural and between records', () => {
    const board = JSON.parse(JSON.stringify(validBoardFile())) as ReturnType<typeof validBoardFile>;
    board['title'] = null;
    board.meetings[1] = { ...board.meetings[1], kind: 'party' };
    board.notes[1] = participantNote('n1', { person: 'ghost', form: 'f1', role: 7 });
    board.notes.push(participantNote('n1', { lane: 'nowhere' }));
    board.period = { start: '2027-05-01', end: '2027-04-30' };
    const text = JSON.stringify(board).replace('"x":10,', '"__proto__":{"x":1},"x":10,');
    const result = parseBoardJson(text);
    expect(result.ok ? [] : result.error.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      '$.notes[0].__proto__ forbidden-key',
      '$.title invalid-type',
      '$.meetings[1].kind invalid-value',
      '$.notes[1].role invalid-type',
      '$.notes[4].id duplicate-id',
      '$.notes[1].person unknown-person',
      '$.notes[4].lane unknown-lane',
      '$.period period-reversed',
    ]);
  });
});

describe('zod issues the board schema does not produce today', () => {
  it('an unknown field in a strict object is reported by name', () => {
    const data = { a: 1, extra: true };
    const parsed = z.strictObject({ a: z.number() }).safeParse(data);
    const issues = translateZodIssues(parsed.error?.issues ?? [], data);
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual(['$.extra unknown-field']);
  });

  it('any other rule becomes a readable "not allowed" issue', () => {
    const data = { note: 'abc', tags: [] };
    const schema = z.object({
      note: z.string().refine((value) => value !== 'abc', { error: 'no abc' }),
      tags: z.array(z.string()).min(1),
    });
    const issues = translateZodIssues(schema.safeParse(data).error?.issues ?? [], data);
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      '$.note invalid-value',
      '$.tags invalid-value',
    ]);
    expect(issues[0]?.message.da).toBe('Værdien „abc“ er ikke tilladt her');
  });
});

describe('formatIssues', () => {
  it('gives one "<path>: <message>" line per issue in the chosen language', () => {
    const board = validBoardFile();
    board.meetings[0] = { ...board.meetings[0], date: '2027-02-30' };
    board['title'] = 5;
    const issues = issuesOf(board);
    expect(formatIssues(issues, 'da')).toEqual([
      '$.title: Her skal stå en tekst, men der står et tal',
      '$.meetings[0].date: Datoen 2027-02-30 findes ikke',
    ]);
    expect(formatIssues(issues, 'en')).toEqual([
      '$.title: This should be text, but it is a number',
      '$.meetings[0].date: The date 2027-02-30 does not exist',
    ]);
  });
});

describe('formatIssuesForPeople (the landing page)', () => {
  const lines = (text: string, lang: 'da' | 'en' = 'da') => {
    const result = parseBoardJson(text);
    if (result.ok) throw new Error('expected the file to be rejected');
    return formatIssuesForPeople(result.error, lang);
  };

  it('gives a problem with the file as a whole as its message alone, without a path', () => {
    const board = validBoardFile();
    expect(lines(JSON.stringify({ ...board, format: 'x' }))).toEqual([
      'Filen er ikke en Netværkstavle-fil (formatet er „x“, men skal være „netvaerkstavle/board“)',
    ]);
    expect(lines(JSON.stringify({ ...board, format: 'x' }), 'en')).toEqual([
      'The file is not a Netværkstavlen file (its format is “x”, expected “netvaerkstavle/board”)',
    ]);
    expect(lines(JSON.stringify({ ...board, version: 99 }))[0]).toMatch(
      /^Filen er lavet af en nyere/,
    );
    expect(lines('[1, 2]')).toEqual(['Filen indeholder ikke en tavle: den indeholder en liste']);
    // Some other JSON file (no format at all) is not a board file, rather than a board missing a field.
    expect(lines('{"hello": "world"}')).toEqual([
      'Filen er ikke en Netværkstavle-fil (feltet „format“ mangler)',
    ]);
    expect(lines('{"hello": "world"}', 'en')).toEqual([
      'The file is not a Netværkstavlen file (it has no “format” field)',
    ]);
    expect(lines('{"format": ')[0]).toMatch(/^Filen er ikke gyldig JSON/);
  });

  it('says where a problem inside the file is, without the JSON path\'s "$."', () => {
    const board = validBoardFile();
    board.meetings[0] = { ...board.meetings[0], date: '2027-02-30' };
    board['title'] = 5;
    expect(lines(JSON.stringify(board))).toEqual([
      'title: Her skal stå en tekst, men der står et tal',
      'meetings[0].date: Datoen 2027-02-30 findes ikke',
    ]);
  });
});
