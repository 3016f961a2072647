import { describe, expect, it } from 'vitest';
import { CHECK_SEVERITY, checkBoard } from '../../shared/checks.ts';
import { formatMinutes } from '../../shared/i18n/checks.ts';
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
  it('write durations in hours and minutes', () => {
    expect(formatMinutes(45, 'da')).toBe('45 minutter');
    expect(formatMinutes(60, 'da')).toBe('1 time');
    expect(formatMinutes(150, 'da')).toBe('2 timer og 30 minutter');
    expect(formatMinutes(61, 'en')).toBe('1 hour 1 minute');
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
