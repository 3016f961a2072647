import { describe, expect, it } from 'vitest';
import { meetingCount } from '../../../client/app/LandingPage.tsx';

describe('the landing page number of network meetings', () => {
  it('takes whole numbers from 1 to 12, spaces around them allowed', () => {
    expect(meetingCount('5')).toBe(5);
    expect(meetingCount(' 12 ')).toBe(12);
    expect(meetingCount('1')).toBe(1);
  });

  it('refuses an empty field, zero, too many and anything not a whole number', () => {
    for (const text of ['', '0', '13', '14', '-1', '2.5', 'fem', '1e1']) {
      expect(meetingCount(text)).toBeNull();
    }
  });
});
