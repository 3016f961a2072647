import { SPLIT_KEY_STEPS, type SplitBounds } from './planSplit.ts';

/**
 * Where the divider between the board and the plan goes (loaded with its
 * dragging, planDividerInput.ts, at the first hover, focus or touch).
 */

/** An arrow key's step; Page Up / Page Down move four. */
export const SPLIT_STEP = 40;

export const clampSplit = (size: number, { min, max }: SplitBounds): number =>
  Math.round(Math.min(max, Math.max(min, size)));

/** The plan's size after `key` on the divider (`SPLIT_KEY_STEPS`), or null for a key that does not move it. */
export function splitForKey(key: string, size: number, bounds: SplitBounds): number | null {
  const step = SPLIT_KEY_STEPS.get(key);
  return step === undefined ? null : clampSplit(size + step * SPLIT_STEP, bounds);
}
