import { describe, expect, it } from 'vitest';
import {
  CATEGORY_COLORS,
  CORE_BADGE,
  FORM_COLOR,
  IDEA_COLOR,
  INK,
  INK_MUTED,
  UNKNOWN_PERSON_COLOR,
  WARNING,
} from '../../client/canvas/colors.ts';
import { PRESENCE_COLORS } from '../../client/sync/presence.ts';
import { contrastRatio } from '../helpers/contrast.ts';

/** WCAG AA for text of 13 px (bold or not): 4.5:1. */
const AA = 4.5;

describe('colour contrast of text on the board', () => {
  it('every presence colour carries the white name of a cursor tag and an avatar at 4.5:1', () => {
    const weak = PRESENCE_COLORS.filter((color) => contrastRatio('#ffffff', color) < AA);
    expect(weak).toEqual([]);
  });

  it('keeps the presence colours apart: no two alike', () => {
    expect(new Set(PRESENCE_COLORS).size).toBe(PRESENCE_COLORS.length);
  });

  it("every post-it's text (ink and muted ink) reads at 4.5:1 on its colour", () => {
    const fills = [...Object.values(CATEGORY_COLORS), FORM_COLOR, IDEA_COLOR, UNKNOWN_PERSON_COLOR];
    for (const fill of fills) {
      expect(contrastRatio(INK, fill), `ink on ${fill}`).toBeGreaterThanOrEqual(AA);
      expect(contrastRatio(INK_MUTED, fill), `muted ink on ${fill}`).toBeGreaterThanOrEqual(AA);
    }
  });

  it('the core and warning badges carry their white label at 4.5:1', () => {
    expect(contrastRatio('#ffffff', CORE_BADGE)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio('#ffffff', WARNING)).toBeGreaterThanOrEqual(AA);
  });
});
