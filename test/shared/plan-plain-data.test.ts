import { describe, expect, it } from 'vitest';
import { checkBoard } from '../../shared/checks.ts';
import { CHECK_CODES, planRowSchema } from '../../shared/plan.ts';
import type { Check } from '../../shared/plan.ts';
import { createPlanProjector, projectPlan } from '../../shared/projection.ts';
import {
  aForm,
  aMeeting,
  aParticipant,
  aPerson,
  anIdea,
  cleanBoard,
  everyCheckBoard,
  makeBoard,
} from './fixtures.ts';
import { generatedBoard } from '../helpers/boards.ts';

/**
 * The checks are class instances with one shared message getter (see
 * check-object.ts) and the rows are built field by field; every reader must
 * still see plain data: the same own keys in the same order as a plain object
 * would have, nothing undefined among them, and a message that JSON and
 * structured clones carry.
 */

/** The keys a plain check literal would have: code, severity, the ids it concerns, message. */
function plainKeys(check: Check): string[] {
  const ids = (['meetingId', 'noteId', 'personId'] as const).filter((k) => check[k] !== undefined);
  return ['code', 'severity', ...ids, 'message'];
}

describe('the plan is plain data', () => {
  it('gives each check only the ids it concerns, in order, and a message JSON and clones carry', () => {
    const checks = [
      ...checkBoard(everyCheckBoard()),
      ...checkBoard({ ...cleanBoard(), meetings: [], people: [] }),
    ];
    const seen = new Set(checks.map((check) => check.code));
    expect(CHECK_CODES.filter((code) => !seen.has(code))).toEqual(['no-core-participants']);
    for (const check of checks) {
      expect(Object.keys(check)).toEqual(plainKeys(check));
      const json: unknown = JSON.parse(JSON.stringify(check));
      expect(json).toEqual({ ...check, message: { ...check.message } });
      expect(structuredClone(check)).toEqual(json);
      // Worded once, then kept.
      expect(check.message).toBe(check.message);
    }
  });

  it('writes the rows with the schema keys in the schema order', () => {
    const plan = projectPlan(generatedBoard({ notes: 200, people: 20, meetings: 3 }));
    const rows = plan.meetings.flatMap((meeting) => meeting.rows);
    expect(rows.length).toBeGreaterThan(100);
    const keys = Object.keys(planRowSchema.shape);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(keys);
      expect(JSON.parse(JSON.stringify(row))).toEqual({ ...row });
    }
  });

  it('gives the live projector the same plan, JSON for JSON, on a large board', () => {
    const board = generatedBoard({ notes: 2_000, people: 200, meetings: 8, seed: 11 });
    const project = createPlanProjector();
    project(board);
    expect(JSON.stringify(project(board))).toBe(JSON.stringify(projectPlan(board)));
  });
});

describe('person-twice-in-meeting in tie cases', () => {
  it('at one and the same place, leaves the note with the first id alone', () => {
    const board = makeBoard({
      meetings: [aMeeting({ id: 'm' })],
      people: [aPerson({ id: 'p', name: 'P' })],
      notes: [
        aForm({ id: 'form', lane: 'm', y: 0 }),
        aParticipant({ id: 'n-c', lane: 'm', x: 0, y: 100, person: 'p', form: 'form' }),
        aParticipant({ id: 'n-a', lane: 'm', x: 0, y: 100, person: 'p', form: 'form' }),
        aParticipant({ id: 'n-b', lane: 'm', x: 0, y: 100, person: 'p', form: 'form' }),
      ],
    });
    const twice = checkBoard(board).filter((c) => c.code === 'person-twice-in-meeting');
    expect(twice.map((c) => c.noteId)).toEqual(['n-b', 'n-c']);
    expect(twice[0]?.message.en).toContain('3 times');
  });

  it('counts a form of another lane, or a note that is no form, as no form at all', () => {
    const board = makeBoard({
      meetings: [aMeeting({ id: 'm' }), aMeeting({ id: 'other' })],
      people: [aPerson({ id: 'p', name: 'P' })],
      notes: [
        aForm({ id: 'elsewhere', lane: 'other' }),
        anIdea({ id: 'idea', lane: 'm', y: 0 }),
        aParticipant({ id: 'first', lane: 'm', y: 100, person: 'p', form: 'elsewhere' }),
        aParticipant({ id: 'second', lane: 'm', y: 200, person: 'p', form: 'idea' }),
        aParticipant({ id: 'third', lane: 'm', y: 300, person: 'p', form: null }),
      ],
    });
    const twice = checkBoard(board).filter((c) => c.code === 'person-twice-in-meeting');
    expect(twice.map((c) => c.noteId)).toEqual(['second', 'third']);
    expect(twice[0]?.message.en).toContain('3 times without an involvement form');
  });
});
