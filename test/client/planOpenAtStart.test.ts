import { describe, expect, it } from 'vitest';
import { planOpenAtStart } from '../../client/board/planSplit.ts';

describe('the plan at the start of the board page', () => {
  it("opens on a read-only link's laptop, where an editor's opens on demand", () => {
    // The reference leader's 1366 px laptop: the plan is what the view link is for.
    expect(planOpenAtStart(1366, true, false)).toBe(true);
    expect(planOpenAtStart(1280, true, false)).toBe(true);
    // An editor's board keeps the room at 1366 px; the plan opens beside it from 1500 px.
    expect(planOpenAtStart(1366, false, false)).toBe(false);
    expect(planOpenAtStart(1500, false, false)).toBe(true);
    expect(planOpenAtStart(1920, true, false)).toBe(true);
  });

  it('stays closed where the plan and the side panels take turns (tablets)', () => {
    expect(planOpenAtStart(1024, true, false)).toBe(false);
  });

  it("opens on a read-only link's phone, whose side panels start closed; an editor's phone shows the board", () => {
    // The reference leader reads the plan on her phone (upright 390 px, or 844 px on its side).
    expect(planOpenAtStart(390, true, true)).toBe(true);
    expect(planOpenAtStart(844, true, true)).toBe(true);
    expect(planOpenAtStart(390, false, true)).toBe(false);
  });
});
