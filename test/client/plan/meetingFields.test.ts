import { describe, expect, it } from 'vitest';
import {
  parseDateField,
  parseDurationField,
  parseTimeField,
  type ParsedField,
} from '../../../client/plan/MeetingFields.tsx';
import type { Lang } from '../../../shared/i18n/lang.ts';
import { showMessage } from '../../../shared/i18n/translate.ts';

describe('meeting fields of the plan table', () => {
  it('clears a field left empty and keeps a valid value', () => {
    expect(parseDateField('')).toEqual({ patch: { date: null } });
    expect(parseDateField('2027-02-28')).toEqual({ patch: { date: '2027-02-28' } });
    expect(parseTimeField(' ')).toEqual({ patch: { startTime: null } });
    expect(parseDurationField('')).toEqual({ patch: { durationMinutes: null } });
    expect(parseDurationField(' 90 ')).toEqual({ patch: { durationMinutes: 90 } });
  });

  it('takes a duration written with its unit, or in hours (shared/minutes.ts)', () => {
    expect(parseDurationField('2 timer')).toEqual({ patch: { durationMinutes: 120 } });
    expect(parseDurationField('1,5 time')).toEqual({ patch: { durationMinutes: 90 } });
    expect(parseDurationField('150 min')).toEqual({ patch: { durationMinutes: 150 } });
  });

  it('drops the seconds some browsers add to a time', () => {
    expect(parseTimeField('09:30:00')).toEqual({ patch: { startTime: '09:30' } });
  });

  it('refuses a date outside the years 2000–2100 (a slip typed 0201), saying which years', () => {
    const problem = (parsed: ParsedField, lang: Lang) =>
      'problem' in parsed ? showMessage(parsed.problem, lang) : null;
    expect(problem(parseDateField('0201-03-02'), 'da')).toBe('Vælg en dato fra år 2000 til 2100.');
    expect(problem(parseDateField('1999-12-31'), 'en')).toBe(
      'Choose a date from the year 2000 to 2100.',
    );
    expect(problem(parseDateField('2101-01-01'), 'da')).not.toBeNull();
    expect(parseDateField('2000-01-01')).toEqual({ patch: { date: '2000-01-01' } });
    expect(parseDateField('2100-12-31')).toEqual({ patch: { date: '2100-12-31' } });
  });

  it('refuses impossible dates, times and durations with a message in either language', () => {
    const problem = (parsed: ParsedField, lang: Lang) =>
      'problem' in parsed ? showMessage(parsed.problem, lang) : null;
    expect(problem(parseDateField('2027-02-30'), 'en')).toBe('Enter a complete, valid date.');
    expect(problem(parseTimeField('24:00'), 'da')).not.toBeNull();
    for (const text of ['0', '-5', '1.5', 'abc', '2881']) {
      expect(problem(parseDurationField(text), 'da')).toBe(
        'Skriv et helt antal minutter fra 1 til 2880 (fx 45, 45 min. eller 1,5 time), eller lad feltet stå tomt.',
      );
      expect(problem(parseDurationField(text), 'en')).toBe(
        'Enter whole minutes from 1 to 2880 (e.g. 45, 45 min or 1.5 hours), or leave the field empty.',
      );
    }
  });
});
