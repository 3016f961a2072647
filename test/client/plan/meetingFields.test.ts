import { describe, expect, it } from 'vitest';
import {
  parseDateField,
  parseDurationField,
  parseTimeField,
} from '../../../client/plan/MeetingFields.tsx';

describe('meeting fields of the plan table', () => {
  it('clears a field left empty and keeps a valid value', () => {
    expect(parseDateField('', 'da')).toEqual({ patch: { date: null } });
    expect(parseDateField('2027-02-28', 'da')).toEqual({ patch: { date: '2027-02-28' } });
    expect(parseTimeField(' ', 'da')).toEqual({ patch: { startTime: null } });
    expect(parseDurationField('', 'da')).toEqual({ patch: { durationMinutes: null } });
    expect(parseDurationField(' 90 ', 'da')).toEqual({ patch: { durationMinutes: 90 } });
  });

  it('drops the seconds some browsers add to a time', () => {
    expect(parseTimeField('09:30:00', 'da')).toEqual({ patch: { startTime: '09:30' } });
  });

  it('refuses impossible dates, times and durations with a message in the language', () => {
    expect(parseDateField('2027-02-30', 'en')).toEqual({
      problem: 'Enter a complete, valid date.',
    });
    expect(parseTimeField('24:00', 'da')).toHaveProperty('problem');
    for (const text of ['0', '-5', '1.5', 'abc', '2881']) {
      expect(parseDurationField(text, 'da')).toEqual({
        problem: 'Skriv et helt antal minutter mellem 1 og 2880.',
      });
    }
  });
});
