import { describe, expect, it } from 'vitest';
import { easterSunday, isWorkingDay, weekday } from '../../shared/dates.ts';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import {
  COMMON_FORMS,
  commonForms,
  DEFAULT_NETWORK_MEETINGS,
  MAX_TEMPLATE_MEETINGS,
  MIN_TEMPLATE_MEETINGS,
  createTemplateBoard,
  isNetworkMeetingCount,
  parseNetworkMeetingCount,
  spreadMeetingDates,
} from '../../shared/template.ts';
import { validateBoardFile } from '../../shared/validate.ts';

describe('the default template has the paper planning tool’s shape', () => {
  const board = createTemplateBoard({ title: 'Ensomhed blandt unge', start: '2027-01-11' });

  it('has 5 network meetings and then the final meeting', () => {
    expect(board.meetings.map((m) => m.kind)).toEqual([
      'network',
      'network',
      'network',
      'network',
      'network',
      'final',
    ]);
  });

  it('spans 4 months from the start date', () => {
    expect(board.period).toEqual({ start: '2027-01-11', end: '2027-05-11' });
  });

  it('spreads the meetings over the period in time order, on weekdays', () => {
    const dates = board.meetings.map((m) => m.date ?? '');
    expect(dates[0]).toBe('2027-01-11');
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (const date of dates) {
      expect(date >= '2027-01-11' && date <= '2027-05-11').toBe(true);
      expect([0, 6]).not.toContain(weekday(date));
    }
  });

  it('starts with an empty participant pool and a palette of common forms', () => {
    expect(board.people).toEqual([]);
    expect(board.notes).toEqual([]);
    expect(board.palette.map((p) => p.name)).toEqual(COMMON_FORMS.map((f) => f.name));
  });

  it('seeds its forms in English when asked, the same forms and minutes as the Danish', () => {
    const english = createTemplateBoard({ title: 'x', start: '2027-01-11', lang: 'en' });
    expect(english.palette.map((p) => p.name)).toEqual(commonForms('en').map((f) => f.name));
    expect(english.palette[0]).toMatchObject({
      name: 'Workshop with citizens',
      durationMinutes: 120,
    });
    expect(english.palette.map((p) => p.durationMinutes)).toEqual(
      board.palette.map((p) => p.durationMinutes),
    );
    // No Danish left in the English forms (no æ, ø, å, nor the Danish “og”).
    for (const form of english.palette)
      expect(`${form.name} ${form.description}`).not.toMatch(/[æøå]|\bog\b/i);
    expect(
      createTemplateBoard({ title: 'x', start: '2027-01-11', lang: 'da' }).palette.map(
        (p) => p.name,
      ),
    ).toEqual(COMMON_FORMS.map((f) => f.name));
  });

  it('is a valid board file that survives the live document', () => {
    expect(validateBoardFile(board).ok).toBe(true);
    expect(readBoard(createBoardDoc(board))).toEqual(board);
  });

  it('takes another number of network meetings', () => {
    const three = createTemplateBoard({ title: 'x', start: '2027-03-01', networkMeetings: 3 });
    expect(three.meetings.map((m) => m.kind)).toEqual(['network', 'network', 'network', 'final']);
  });

  it('knows Easter and the Danish days off', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2030)).toBe('2030-04-21');
    // Maundy Thursday, Good Friday, Easter Monday, Ascension, Whit Monday 2027.
    for (const day of ['2027-03-25', '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17']) {
      expect(isWorkingDay(day)).toBe(false);
    }
    for (const day of ['2026-12-24', '2026-12-25', '2027-01-01', '2027-06-05']) {
      expect(isWorkingDay(day)).toBe(false);
    }
    expect(isWorkingDay('2026-12-23')).toBe(true);
    expect(isWorkingDay('2027-03-24')).toBe(true);
  });

  it('moves a meeting off Christmas and Easter to the nearest working day', () => {
    // A period from 25 August: the middle meeting would fall on 24 December.
    const christmas = spreadMeetingDates('2026-08-25', '2027-04-24', 3);
    expect(christmas[1]).toBe('2026-12-23');
    const easter = spreadMeetingDates('2027-03-01', '2027-04-21', 3);
    // The middle one would fall on Saturday 27 March 2027, in Easter: Wednesday the 24th.
    expect(easter[1]).toBe('2027-03-24');
    for (const date of [...christmas, ...easter]) expect(isWorkingDay(date)).toBe(true);
  });

  it('moves weekend dates to the nearest weekday inside the period', () => {
    // 2027-01-02 is a Saturday; the period ends on Sunday 2027-05-02.
    const dates = spreadMeetingDates('2027-01-02', '2027-05-02', 6);
    expect(dates[0]).toBe('2027-01-04');
    expect(dates.at(-1)).toBe('2027-04-30');
  });
});

describe('how many network meetings a new board may start with (landing page and API)', () => {
  it('is a whole number from 0 to 20, the default 5 among them', () => {
    expect([MIN_TEMPLATE_MEETINGS, MAX_TEMPLATE_MEETINGS]).toEqual([0, 20]);
    for (const count of [0, 1, 3, 8, DEFAULT_NETWORK_MEETINGS, 20]) {
      expect(isNetworkMeetingCount(count)).toBe(true);
    }
    for (const count of [-1, 21, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(isNetworkMeetingCount(count)).toBe(false);
    }
  });

  it('reads what is typed: digits, spaces around them allowed', () => {
    expect(parseNetworkMeetingCount('5')).toBe(5);
    expect(parseNetworkMeetingCount(' 20 ')).toBe(20);
    expect(parseNetworkMeetingCount('0')).toBe(0);
    for (const text of ['', ' ', '21', '100', '-1', '2.5', '1e1', '+3', 'fem', '0x5']) {
      expect(parseNetworkMeetingCount(text)).toBeNull();
    }
  });

  it('starts a board of no network meetings with the final meeting closing the period', () => {
    const board = createTemplateBoard({ title: 'x', start: '2027-01-11', networkMeetings: 0 });
    expect(board.meetings.map((m) => m.kind)).toEqual(['final']);
    // Tuesday 11 May 2027, the period's last day, not its first.
    expect(board.meetings[0]?.date).toBe('2027-05-11');
  });

  it('makes a board of 20 network meetings on 20 distinct working days', () => {
    const board = createTemplateBoard({ title: 'x', start: '2027-01-11', networkMeetings: 20 });
    const dates = board.meetings.map((m) => m.date ?? '');
    expect(dates).toHaveLength(21);
    expect(new Set(dates).size).toBe(21);
    for (const date of dates) expect(isWorkingDay(date)).toBe(true);
  });
});
