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
    for (const editable of [false, true]) {
      expect(laneSubtitle(meeting('network', ' Hvad er ensomhed? '), 'da', editable)).toEqual({
        text: 'Hvad er ensomhed?',
        hint: false,
      });
    }
  });

  it('hints at a missing sub-theme on a board that can be edited, and leaves it out of the PNG picture and the read-only view', () => {
    const onScreen = laneSubtitle(meeting('network', ''), 'da', true);
    expect(onScreen.hint).toBe(true);
    expect(onScreen.text).not.toBe('');
    expect(laneSubtitle(meeting('extra', ''), 'da', false)).toEqual({ text: '', hint: true });
  });

  it('keeps the final meeting’s hint, which says what that meeting is for, in the picture too', () => {
    const onScreen = laneSubtitle(meeting('final', ''), 'da', true);
    expect(laneSubtitle(meeting('final', ''), 'da', false)).toEqual(onScreen);
    expect(onScreen.text).toMatch(/læring/);
  });
});
