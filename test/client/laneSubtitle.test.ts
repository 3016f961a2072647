import { describe, expect, it } from 'vitest';
import { laneSubtitle } from '../../client/canvas/Lane.tsx';
import type { Meeting } from '../../shared/schema.ts';

const meeting = (kind: Meeting['kind'], subtheme: string): Meeting => ({
  id: 'm1',
  kind,
  subtheme,
  date: null,
  startTime: null,
  durationMinutes: 150,
  location: '',
});

describe('a lane header’s sub-theme line', () => {
  it('shows the sub-theme, on screen and in the picture', () => {
    for (const picture of [false, true]) {
      expect(laneSubtitle(meeting('network', ' Hvad er ensomhed? '), 'da', picture)).toEqual({
        text: 'Hvad er ensomhed?',
        hint: false,
      });
    }
  });

  it('hints at a missing sub-theme on screen, and leaves it out of the PNG picture', () => {
    const onScreen = laneSubtitle(meeting('network', ''), 'da', false);
    expect(onScreen.hint).toBe(true);
    expect(onScreen.text).not.toBe('');
    expect(laneSubtitle(meeting('extra', ''), 'da', true)).toEqual({ text: '', hint: true });
  });

  it('keeps the final meeting’s hint, which says what that meeting is for, in the picture too', () => {
    const onScreen = laneSubtitle(meeting('final', ''), 'da', false);
    expect(laneSubtitle(meeting('final', ''), 'da', true)).toEqual(onScreen);
    expect(onScreen.text).toMatch(/læring/);
  });
});
