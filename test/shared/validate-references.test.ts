import { describe, expect, it } from 'vitest';
import { validateBoardFile } from '../../shared/validate.ts';
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

describe('ids', () => {
  it('are unique within a collection; the second use is reported and points at the first', () => {
    const board = validBoardFile();
    board.people.push({ ...board.people[0], name: 'Jens igen' });
    const issues = issuesOf(board);
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      '$.people[2].id duplicate-id',
    ]);
    expect(issues[0]?.message.da).toContain('$.people[0].id');
  });

  it('are unique across meetings, people and notes', () => {
    const board = validBoardFile();
    board.notes[3] = { ...board.notes[3], id: 'm1' };
    board.people.push({ ...board.people[1], id: 'm2' });
    expect(found(board)).toEqual(['$.people[2].id duplicate-id', '$.notes[3].id duplicate-id']);
  });

  it('are unique within the palette', () => {
    const board = validBoardFile();
    board.palette.push({ ...board.palette[0] });
    expect(found(board)).toEqual(['$.palette[1].id duplicate-id']);
  });
});

describe('references from notes', () => {
  it("a participant's person must be in the participant list", () => {
    const board = validBoardFile();
    board.notes[2] = participantNote('n2', { lane: null, person: 'p9' });
    const issues = issuesOf(board);
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      '$.notes[2].person unknown-person',
    ]);
    expect(issues[0]?.message.en).toBe('The person “p9” is not in the participant pool');
  });

  it("a note's lane must be a meeting", () => {
    const board = validBoardFile();
    board.notes[3] = { ...board.notes[3], lane: 'm9' };
    expect(found(board)).toEqual(['$.notes[3].lane unknown-lane']);
  });

  it("a note's lane must not be a person or a note", () => {
    const board = validBoardFile();
    board.notes[3] = { ...board.notes[3], lane: 'p1' };
    expect(found(board)).toEqual(['$.notes[3].lane unknown-lane']);
  });

  it("a participant's form must exist", () => {
    const board = validBoardFile();
    board.notes[1] = participantNote('n1', { form: 'f9' });
    expect(found(board)).toEqual(['$.notes[1].form form-not-found']);
  });

  it("a participant's form must be a form note", () => {
    const board = validBoardFile();
    board.notes[1] = participantNote('n1', { lane: 'm2', form: 'i1' });
    expect(found(board)).toEqual(['$.notes[1].form form-not-a-form']);
  });

  it("a participant's form must be a note, not a palette entry", () => {
    const board = validBoardFile();
    board.notes[1] = participantNote('n1', { form: 'pf1' });
    expect(found(board)).toEqual(['$.notes[1].form form-not-found']);
  });

  it("a participant's form must stand in the same lane", () => {
    const board = validBoardFile();
    board.notes[1] = participantNote('n1', { lane: 'm2', form: 'f1' });
    board.notes[2] = participantNote('n2', { lane: null, person: 'p2', form: 'f1' });
    expect(found(board)).toEqual([
      '$.notes[1].form form-not-in-lane',
      '$.notes[2].form form-not-in-lane',
    ]);
  });

  it('a parked participant may use a parked form', () => {
    const board = validBoardFile();
    board.notes[0] = { ...board.notes[0], lane: null };
    board.notes[1] = participantNote('n1', { lane: null, form: 'f1' });
    expect(validateBoardFile(board).ok).toBe(true);
  });
});

describe('the period', () => {
  it('must not end before it starts', () => {
    const board = validBoardFile();
    board.period = { start: '2027-04-30', end: '2027-01-04' };
    const issues = issuesOf(board);
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      '$.period period-reversed',
    ]);
    expect(issues[0]?.message.da).toBe(
      'Perioden slutter (4. januar 2027) før den begynder (30. april 2027)',
    );
  });

  it('may be a single day', () => {
    const board = validBoardFile();
    board.period = { start: '2027-01-04', end: '2027-01-04' };
    expect(validateBoardFile(board).ok).toBe(true);
  });
});

describe('references are checked even on damaged records', () => {
  it('a note with a structural error still has its references checked', () => {
    const board = validBoardFile();
    board.notes[1] = participantNote('n1', {
      person: 'ghost',
      contribution: 'x'.repeat(3000),
      x: 'left',
    });
    expect(found(board)).toEqual([
      '$.notes[1].x invalid-type',
      '$.notes[1].contribution too-long',
      '$.notes[1].person unknown-person',
    ]);
  });

  it('a malformed meeting still counts as a lane, so its notes are not also reported', () => {
    const board = validBoardFile();
    board.meetings[0] = { ...board.meetings[0], kind: 'party' };
    expect(found(board)).toEqual(['$.meetings[0].kind invalid-value']);
  });

  it('an unreadable reference is left to the structural report', () => {
    const board = validBoardFile();
    board.notes[1] = participantNote('n1', { person: 'not an id', form: 42 });
    expect(found(board)).toEqual(['$.notes[1].person invalid-id', '$.notes[1].form invalid-type']);
  });

  it('collections that are not lists are skipped, not crashed on', () => {
    const board = { ...validBoardFile(), meetings: 'none', people: { p1: {} } };
    expect(found(board)).toEqual([
      '$.meetings invalid-type',
      '$.people invalid-type',
      '$.notes[0].lane unknown-lane',
      '$.notes[1].lane unknown-lane',
      '$.notes[1].person unknown-person',
      '$.notes[2].person unknown-person',
      '$.notes[3].lane unknown-lane',
    ]);
  });
});
