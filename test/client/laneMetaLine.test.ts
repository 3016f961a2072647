import { describe, expect, it } from 'vitest';
import { meetingMetaLine } from '../../client/canvas/Lane.tsx';
import { meetingDetails } from '../../shared/plan-labels.ts';
import type { Meeting } from '../../shared/schema.ts';

const meeting: Meeting = {
  id: 'm1',
  kind: 'network',
  subtheme: '',
  date: '2027-01-12',
  startTime: '13:00',
  durationMinutes: 150,
  location: 'Rådhuset',
};

describe('a lane header’s date line', () => {
  it('writes the start and duration as the plan does: "kl. 13.00" in Danish, "13:00" in English', () => {
    expect(meetingMetaLine('da', meeting)).toBe(
      '12. januar 2027 · kl. 13.00 · 150 min. · Rådhuset',
    );
    expect(meetingMetaLine('en', meeting)).toBe('12 January 2027 · 13:00 · 150 min · Rådhuset');
    for (const lang of ['da', 'en'] as const)
      expect(meetingMetaLine(lang, meeting)).toContain(meetingDetails(meeting, lang));
  });
});

describe('a lane header’s date line in the PNG picture', () => {
  it('puts the location on a line of its own, to wrap below the date', () => {
    const long = { ...meeting, location: 'Borgerservicecentret i Sundhedshusets østfløj' };
    expect(meetingMetaLine('da', long, true)).toBe(
      '12. januar 2027 · kl. 13.00 · 150 min.\nBorgerservicecentret i Sundhedshusets østfløj',
    );
    expect(meetingMetaLine('da', { ...meeting, location: ' ' }, true)).toBe(
      '12. januar 2027 · kl. 13.00 · 150 min.',
    );
  });
});
