import { describe, expect, it } from 'vitest';
import { CHECK_SEVERITY, checkBoard } from '../../shared/checks.ts';
import { formsMinutesText, meetingDetails } from '../../shared/plan-labels.ts';
import { formatDuration } from '../../shared/time-text.ts';
import { CHECK_CODES, checkSchema } from '../../shared/plan.ts';
import { projectPlan } from '../../shared/projection.ts';
import {
  aForm,
  aMeeting,
  aParticipant,
  aPerson,
  cleanBoard,
  everyCheckBoard,
  makeBoard,
} from './fixtures.ts';
import { codes, ofCode, withNotes } from './check-boards.ts';

describe('checkBoard on a clean board', () => {
  it('finds nothing', () => {
    expect(checkBoard(cleanBoard())).toEqual([]);
    expect(projectPlan(cleanBoard()).checks).toEqual([]);
  });
});

describe('checkBoard: every code, severity and message', () => {
  it('covers every check code with a severity and a message, and every finding matches the schema', () => {
    const board = everyCheckBoard();
    const found = new Set(codes(board));
    // Every code but the board's own two (it has a final meeting and a core
    // participant); those are covered above.
    expect([...CHECK_CODES].filter((code) => !found.has(code))).toEqual([
      'no-final-meeting',
      'no-core-participants',
    ]);
    for (const check of checkBoard(board)) {
      expect(checkSchema.safeParse(check).success).toBe(true);
      expect(check.severity).toBe(CHECK_SEVERITY[check.code]);
      expect(check.message.da).not.toBe('');
      expect(check.message.en).not.toBe('');
      expect(check.message.da).not.toBe(check.message.en);
    }
  });
});

describe('checkBoard: order', () => {
  it('goes meeting by meeting in board order: the meeting, its missing core people, its notes in reading order; the board last', () => {
    const board = makeBoard({
      meetings: [
        aMeeting({ id: 'first', subtheme: 'Første', date: null }),
        aMeeting({ id: 'second', subtheme: 'Anden', date: '2027-02-01' }),
      ],
      people: [
        aPerson({ id: 'k2', name: 'Kim', core: true }),
        aPerson({ id: 'k1', name: 'Bo', core: true }),
        aPerson({ id: 'x', name: 'X' }),
      ],
      notes: [
        aParticipant({ id: 'low', lane: 'first', y: 300, person: 'x' }),
        aForm({ id: 'top', lane: 'first', y: 0 }),
        aParticipant({ id: 'mid', lane: 'first', y: 100, person: 'x' }),
      ],
    });
    expect(checkBoard(board).map((c) => [c.code, c.meetingId, c.noteId ?? c.personId])).toEqual([
      ['meeting-no-date', 'first', undefined],
      ['meeting-no-duration', 'first', undefined],
      ['core-missing', 'first', 'k2'],
      ['core-missing', 'first', 'k1'],
      ['form-no-participants', 'first', 'top'],
      ['participant-no-form', 'first', 'mid'],
      ['participant-no-form', 'first', 'low'],
      ['person-twice-in-meeting', 'first', 'low'],
      ['meeting-no-participants', 'second', undefined],
      ['meeting-no-duration', 'second', undefined],
      ['core-missing', 'second', 'k2'],
      ['core-missing', 'second', 'k1'],
      ['no-final-meeting', undefined, undefined],
    ]);
  });
});

describe('check messages', () => {
  it('write durations as the plan does, in minutes, without a second dot at the end', () => {
    const board = withNotes(
      [aForm({ id: 'long', lane: 'net1', y: 300, name: 'Workshop', durationMinutes: 210 })],
      cleanBoard(),
    );
    const over = {
      ...board,
      meetings: board.meetings.map((m) => ({ ...m, durationMinutes: 150 })),
    };
    const [found] = ofCode(over, 'forms-over-duration');
    const meeting = projectPlan(over).meetings.find((m) => m.meetingId === 'net1');
    if (meeting === undefined) throw new Error('no net1');
    for (const lang of ['da', 'en'] as const) {
      const plan = formsMinutesText(meeting, lang)?.line ?? '';
      const details = meetingDetails(meeting, lang);
      expect(found?.message[lang]).toContain(formatDuration(150, lang));
      expect(details).toContain(formatDuration(150, lang));
      expect(plan).toContain(`${meeting.formsMinutes} ${lang === 'da' ? 'af' : 'of'} 150`);
      expect(found?.message[lang]).toContain(formatDuration(meeting.formsMinutes, lang));
      expect(found?.message[lang]).not.toMatch(/time|hour|minutter|minutes|\.\.$/);
    }
    expect(found?.message.da).toMatch(/varer tilsammen \d+ min\., men mødet varer kun 150 min\.$/);
    expect(found?.message.en).toMatch(
      /take \d+ min in total, but the meeting lasts only 150 min\.$/,
    );
  });

  it('name a person without a name by affiliation, and open a sentence with a capital', () => {
    const board = withNotes(
      [aParticipant({ id: 'compet', lane: 'net1', y: 300, person: 'school' })],
      {
        ...cleanBoard(),
        people: [
          ...cleanBoard().people,
          aPerson({ id: 'school', name: 'en skoleleder', affiliation: '' }),
        ],
      },
    );
    const found = ofCode(board, 'participant-no-form');
    expect(found[0]?.message.da).toMatch(/^En skoleleder på „Netværksmøde 1: Samarbejde“/);
  });
});
