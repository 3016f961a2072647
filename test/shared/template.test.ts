import { describe, expect, it } from 'vitest';
import { weekday } from '../../shared/dates.ts';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { COMMON_FORMS, createTemplateBoard, spreadMeetingDates } from '../../shared/template.ts';
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

  it('is a valid board file that survives the live document', () => {
    expect(validateBoardFile(board).ok).toBe(true);
    expect(readBoard(createBoardDoc(board))).toEqual(board);
  });

  it('takes another number of network meetings', () => {
    const three = createTemplateBoard({ title: 'x', start: '2027-03-01', networkMeetings: 3 });
    expect(three.meetings.map((m) => m.kind)).toEqual(['network', 'network', 'network', 'final']);
  });

  it('moves weekend dates to the nearest weekday inside the period', () => {
    // 2027-01-02 is a Saturday; the period ends on Sunday 2027-05-02.
    const dates = spreadMeetingDates('2027-01-02', '2027-05-02', 6);
    expect(dates[0]).toBe('2027-01-04');
    expect(dates.at(-1)).toBe('2027-04-30');
  });
});
