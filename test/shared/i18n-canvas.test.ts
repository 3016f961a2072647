import { describe, expect, it } from 'vitest';
import { CANVAS_STRINGS } from '../../shared/i18n/canvas.ts';
import { PANEL_STRINGS } from '../../shared/i18n/panels.ts';
import { PLAN_UI_STRINGS } from '../../shared/i18n/plan-ui.ts';

describe('the canvas words a field as the plan and the side panels do', () => {
  it('names the meeting fields of the lane editor as the plan names them', () => {
    for (const key of ['subtheme', 'date', 'startTime', 'duration'] as const) {
      expect(CANVAS_STRINGS[key]).toEqual(PLAN_UI_STRINGS[key]);
    }
  });

  it('names the form fields of the note editor as the palette names them', () => {
    expect(CANVAS_STRINGS.formName).toEqual(PANEL_STRINGS.formName);
    expect(CANVAS_STRINGS.formMinutes).toEqual(PANEL_STRINGS.formMinutes);
    expect(CANVAS_STRINGS.description).toEqual(PANEL_STRINGS.formDescription);
    expect(CANVAS_STRINGS.name).toEqual(PANEL_STRINGS.personName);
  });

  it('says what is wrong with a minutes field in the palette editor’s words', () => {
    expect(CANVAS_STRINGS.invalidMinutes).toEqual(PANEL_STRINGS.invalidMinutes);
  });
});
