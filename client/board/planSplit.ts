/**
 * The divider between the board and the plan (issue 4: laptops, tablets,
 * whiteboards): how big the plan may be. Sizes are the plan's in CSS pixels
 * (its width beside the board, its height below it); the canvas takes the
 * rest of `total` (canvas and plan together). workspace.css clamps the grid to
 * the same least sizes, so a window made smaller needs no script.
 */

export interface SplitBounds {
  readonly min: number;
  readonly max: number;
}

/** Where the divider stands now (PlanDivider.tsx measures it). */
export interface Split {
  readonly below: boolean;
  readonly size: number;
  readonly bounds: SplitBounds;
}

/**
 * The plan's least and most size. Its table needs 280 px to show a column of
 * text (160 px below: a heading and a row); the board keeps 320 px, a meeting's
 * width (200 px below: a header and a row of post-its). A screen too small for
 * both gives the plan its least.
 */
export function splitBounds(total: number, below: boolean): SplitBounds {
  const min = below ? 160 : 280;
  return { min, max: Math.max(min, Math.round(total - (below ? 200 : 320))) };
}

/**
 * The keys that move the divider, each with the plan's steps (planSplitKeys.ts).
 * The plan is right of or under the board, so ← and ↑ (the divider towards the
 * board) give it more room, → and ↓ less; Home and End, endless steps, its
 * least and most (the plan is the separator's pane, as in WAI-ARIA's window
 * splitter). Here, with the page, so the divider knows its keys before its
 * input has loaded (PlanDivider.tsx).
 */
export const SPLIT_KEY_STEPS: ReadonlyMap<string, number> = new Map([
  ['ArrowLeft', 1],
  ['ArrowUp', 1],
  ['ArrowRight', -1],
  ['ArrowDown', -1],
  ['PageUp', 4],
  ['PageDown', -4],
  ['Home', -Infinity],
  ['End', Infinity],
]);

/** A size this device stored, or null (nothing stored, or not a size: the default then). */
export function parseSplit(stored: string | null): number | null {
  // Number(null) and Number('') are 0; NaN and Infinity fail too.
  const size = Number(stored);
  return size > 0 && size < 100_000 ? size : null;
}

/**
 * Below this width the plan and the side panels do not open together: both
 * left a tablet's board (1024 px) about 350 px wide.
 */
export const ONE_SIDE_ONLY_BELOW_PX = 1280;
/** An editor's plan opens beside the board from this width (below it, on demand). */
const PLAN_AT_START_PX = 1500;

/**
 * Whether the plan is open when the board page opens. A read-only link's reader
 * (the reference leader) comes for the plan: on a 1366 px laptop it had opened
 * behind the _Plan_ button, the width given to the side panels, which she cannot use.
 * Her plan opens wherever it may open beside the panels, and on a phone
 * (`phone`: phoneWidth.ts), whose panels start closed, so it takes no turn from them.
 */
export function planOpenAtStart(width: number, readOnly: boolean, phone: boolean): boolean {
  return readOnly ? phone || width >= ONE_SIDE_ONLY_BELOW_PX : width >= PLAN_AT_START_PX;
}
