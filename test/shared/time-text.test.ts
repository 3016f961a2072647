import { describe, expect, it } from 'vitest';
import { meetingDetails } from '../../shared/plan-labels.ts';
import { formatClockTime, formatDuration } from '../../shared/time-text.ts';

describe('a start time as text', () => {
  it('reads "kl. 9.00" in Danish (a dot, no leading zero) and "09:00" in English', () => {
    expect(formatClockTime('09:00', 'da')).toBe('kl. 9.00');
    expect(formatClockTime('13:30', 'da')).toBe('kl. 13.30');
    expect(formatClockTime('00:15', 'da')).toBe('kl. 0.15');
    expect(formatClockTime('09:00', 'en')).toBe('09:00');
    expect(formatClockTime('13:30', 'en')).toBe('13:30');
  });

  it('shows a damaged value as stored rather than inventing a time', () => {
    expect(formatClockTime('nine', 'da')).toBe('nine');
  });

  it("is the plan's way under a meeting's heading", () => {
    const meeting = { startTime: '09:00', durationMinutes: 150, location: 'Rådhuset' };
    expect(meetingDetails(meeting, 'da')).toBe('kl. 9.00 · 150 min. · Rådhuset');
    expect(meetingDetails(meeting, 'en')).toBe('09:00 · 150 min · Rådhuset');
  });
});

describe('a duration as text', () => {
  it('reads in minutes, the unit durations are typed in', () => {
    expect(formatDuration(210, 'da')).toBe('210 min.');
    expect(formatDuration(45, 'en')).toBe('45 min');
  });
});
