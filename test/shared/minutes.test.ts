import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../shared/minutes.ts';

const minutes = (text: string) => {
  const parsed = parseMinutes(text);
  return parsed.ok ? parsed.value : 'invalid';
};

describe('parseMinutes: a minutes or duration field as people type it', () => {
  it('reads plain whole minutes, and empty as no time', () => {
    expect(minutes('')).toBeNull();
    expect(minutes('   ')).toBeNull();
    expect(minutes(' 30 ')).toBe(30);
    expect(minutes('2880')).toBe(2880);
  });

  it.each([
    ['45 min', 45],
    ['45 min.', 45],
    ['45min', 45],
    ['45 minutter', 45],
    ['1 minut', 1],
    ['45m', 45],
    ['45 M', 45],
    ['45 minutes', 45],
    ['1 minute', 1],
    ['45 mins', 45],
  ])('reads minutes with their unit: %j', (typed, expected) => {
    expect(minutes(typed)).toBe(expected);
  });

  it.each([
    ['2 timer', 120],
    ['2 t', 120],
    ['2t', 120],
    ['2 t.', 120],
    ['1 time', 60],
    ['1,5 time', 90],
    ['1.5 timer', 90],
    ['1½ time', 90],
    ['1 ½ time', 90],
    ['2 ½ timer', 150],
    ['½ time', 30],
    ['1,1 time', 66],
    ['2 hours', 120],
    ['1 hour', 60],
    ['2h', 120],
    ['1.25 hrs', 75],
    ['2 Timer', 120],
  ])('reads hours as minutes: %j', (typed, expected) => {
    expect(minutes(typed)).toBe(expected);
  });

  it.each([
    ['1 time og 30 minutter', 90],
    ['2 timer og 30 min', 150],
    ['2 t 30', 150],
    ['2t30m', 150],
    ['1 hour and 15 minutes', 75],
    ['1h 15m', 75],
    ['1 time, 30 min', 90],
  ])('reads hours and minutes together: %j', (typed, expected) => {
    expect(minutes(typed)).toBe(expected);
  });

  it.each([
    '0',
    '0 min',
    '2881',
    '49 timer',
    '-5',
    '1,5',
    '45,5 min',
    '1,51 time',
    '½',
    'abc',
    'min',
    'og',
    '2 30',
    '30 min 2 timer',
    '45 sekunder',
    '1e2',
    '0x10',
    '2 timer timer',
    '1 ½',
    '2 ½ min',
  ])('refuses %j: not whole minutes from 1 to 2880', (typed) => {
    expect(minutes(typed)).toBe('invalid');
  });

  it.each(['1.30 time', '2.30 timer', '1.15 t', '1.45 t.', '0.45 time', '1.30t'])(
    'refuses %j: Danish hours with a point and two digits read as the clock (1.30: half past one) or as a decimal (1.3 hours, 78 min), so not guessed',
    (typed) => {
      expect(minutes(typed)).toBe('invalid');
    },
  );

  it.each([
    ['1:30', 90],
    ['0:45', 45],
    ['2:00', 120],
    ['1:05 t', 65],
    ['1:30 timer', 90],
    ['1:30 hours', 90],
    [' 1:30 ', 90],
  ] as const)('reads %j as hours and minutes, as a clock writes a span: %i', (typed, expected) => {
    expect(minutes(typed)).toBe(expected);
  });

  it.each(['1:60', '1:3', '1:300', ':30', '0:00', '1:30 min', '49:00', '1:30:00', '100:00'])(
    'refuses %j: not hours and two-digit minutes below 60 coming to 1 to 2880 minutes',
    (typed) => {
      expect(minutes(typed)).toBe('invalid');
    },
  );

  it.each(['1.000', '1,000', '1.000 min', '2.000', '2.000 min', '1.000 timer', '1,500 time'])(
    'refuses %j: three digits after a point or comma may be thousands, so not a small number',
    (typed) => {
      expect(minutes(typed)).toBe('invalid');
    },
  );
});
