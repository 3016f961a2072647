import type { SplitBounds } from './planSplit.ts';

/**
 * Where the divider between the board and the plan goes (loaded with its
 * dragging, planDividerInput.ts, at the first hover, focus or touch).
 */

/** An arrow key's step; Page Up / Page Down move four. */
export const SPLIT_STEP = 40;

export const clampSplit = (size: number, { min, max }: SplitBounds): number =>
  Math.round(Math.min(max, Math.max(min, size)));

/**
 * The plan's size after `key` on the divider, or null for a key that does not
 * move it. The plan is right of or under the board, so ← and ↑ (the divider
 * towards the board) give it more room, → and ↓ less; Home and End its least
 * and most (the plan is the separator's pane, as in WAI-ARIA's window splitter).
 */
export function splitForKey(key: string, size: number, bounds: SplitBounds): number | null {
  const steps: Record<string, number> = {
    ArrowLeft: 1,
    ArrowUp: 1,
    ArrowRight: -1,
    ArrowDown: -1,
    PageUp: 4,
    PageDown: -4,
  };
  if (key === 'Home') return bounds.min;
  if (key === 'End') return bounds.max;
  const step = steps[key];
  return step === undefined ? null : clampSplit(size + step * SPLIT_STEP, bounds);
}
