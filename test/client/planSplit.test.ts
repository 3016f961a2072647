import { describe, expect, it } from 'vitest';
import { parseSplit, splitBounds } from '../../client/board/planSplit.ts';
import { clampSplit, SPLIT_STEP, splitForKey } from '../../client/board/planSplitKeys.ts';

describe('the divider between the board and the plan', () => {
  it('leaves the plan and the board each a least size, beside and below', () => {
    // 1366 px beside the side panels: canvas and plan share 1086 px.
    expect(splitBounds(1086, false)).toEqual({ min: 280, max: 766 });
    // An upright tablet: the canvas and the plan share 1024 − 158 px of toolbar.
    expect(splitBounds(866, true)).toEqual({ min: 160, max: 666 });
  });

  it('gives the plan its least size where the screen has no room for both', () => {
    expect(splitBounds(400, false)).toEqual({ min: 280, max: 280 });
    expect(clampSplit(500, splitBounds(400, false))).toBe(280);
  });

  it('keeps a size within its bounds, in whole pixels', () => {
    const bounds = { min: 280, max: 766 };
    expect(clampSplit(100, bounds)).toBe(280);
    expect(clampSplit(9_000, bounds)).toBe(766);
    expect(clampSplit(500.4, bounds)).toBe(500);
  });

  it('moves a step per arrow, towards the board giving the plan more, within bounds', () => {
    const bounds = { min: 280, max: 766 };
    expect(splitForKey('ArrowLeft', 500, bounds)).toBe(500 + SPLIT_STEP);
    expect(splitForKey('ArrowUp', 500, bounds)).toBe(500 + SPLIT_STEP);
    expect(splitForKey('ArrowRight', 500, bounds)).toBe(500 - SPLIT_STEP);
    expect(splitForKey('ArrowDown', 500, bounds)).toBe(500 - SPLIT_STEP);
    expect(splitForKey('PageUp', 500, bounds)).toBe(500 + 4 * SPLIT_STEP);
    expect(splitForKey('PageDown', 500, bounds)).toBe(500 - 4 * SPLIT_STEP);
    expect(splitForKey('ArrowLeft', 750, bounds)).toBe(766);
    expect(splitForKey('ArrowRight', 290, bounds)).toBe(280);
  });

  it('goes to the least and the most size with Home and End, and ignores other keys', () => {
    const bounds = { min: 280, max: 766 };
    expect(splitForKey('Home', 500, bounds)).toBe(280);
    expect(splitForKey('End', 500, bounds)).toBe(766);
    expect(splitForKey('a', 500, bounds)).toBeNull();
    expect(splitForKey('Tab', 500, bounds)).toBeNull();
  });

  it('reads what the device stored, and nothing that is not a size', () => {
    expect(parseSplit('420')).toBe(420);
    expect(parseSplit('420.5')).toBe(420.5);
    for (const bad of [null, '', ' ', 'abc', '-40', '0', 'NaN', 'Infinity', '1e9', '{}']) {
      expect(parseSplit(bad), String(bad)).toBeNull();
    }
  });
});
