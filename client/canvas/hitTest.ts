import {
  LANE_HEADER_HEIGHT,
  LANE_WIDTH,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  PARKING_WIDTH,
  PARKING_X,
  rectsOverlap,
  type Point,
  type Rect,
} from '../../shared/layout.ts';
import {
  HEADER_BUTTON_GAP,
  HEADER_BUTTONS,
  headerButtonRect,
  type BoardLayout,
  type HeaderButton,
  type LaneLayout,
  type PlacedNote,
} from './boardGeometry.ts';

/**
 * What lies under a board point. The canvas does its own hit testing on this
 * pure model instead of Konva's hit canvas, so the note layers can be
 * `listening(false)` and never draw a hit graph (Konva performance guidance).
 */

export const HIT_AREAS = ['note', 'header', 'headerButton', 'lane', 'parking', 'empty'] as const;
export type HitArea = (typeof HIT_AREAS)[number];

export interface PointHit {
  readonly area: HitArea;
  readonly x: number;
  readonly y: number;
  /** The lane under the point (also for its header and its notes); null otherwise. */
  readonly lane: string | null;
  /** Relative to the lane's content box; board coordinates when lane is null. */
  readonly laneX: number;
  readonly laneY: number;
  readonly noteId: string | null;
  readonly button: HeaderButton | null;
}

function inside(p: Point, r: Rect): boolean {
  return p.x >= r.x && p.x < r.x + r.width && p.y >= r.y && p.y < r.y + r.height;
}

/** The lane whose column (header and content) contains board x, if any. */
export function laneAtX(layout: BoardLayout, x: number): LaneLayout | null {
  for (const lane of layout.lanes) {
    if (x >= lane.x && x < lane.x + LANE_WIDTH) return lane;
  }
  return null;
}

/** The topmost note containing the point, skipping `except`. */
export function noteAt(
  layout: BoardLayout,
  point: Point,
  except?: ReadonlySet<string>,
): PlacedNote | null {
  for (let i = layout.notes.length - 1; i >= 0; i--) {
    const placed = layout.notes[i];
    if (!placed || except?.has(placed.note.id)) continue;
    if (
      point.x >= placed.x &&
      point.x < placed.x + NOTE_WIDTH &&
      point.y >= placed.y &&
      point.y < placed.y + NOTE_HEIGHT
    ) {
      return placed;
    }
  }
  return null;
}

/** A finger's least target (px): what the page's controls get on a touch screen. */
export const FINGER_TARGET_PX = 44;

/**
 * The header button under a lane-relative point. `reach` (board units) is the least width and
 * height a button is hit over, round its centre: a finger's 44 px at the board's zoom, the
 * buttons being drawn 36 units high (28 px at 78 %). Where two reaches meet, the nearer button
 * wins; a point on a button hits it. A mouse keeps the drawn rectangles.
 */
function headerButtonAt(local: Point, reach: number): HeaderButton | null {
  const drawn = HEADER_BUTTONS.find((b) => inside(local, headerButtonRect(b)));
  if (drawn !== undefined || reach <= 0) return drawn ?? null;
  let best: HeaderButton | null = null;
  let bestDistance = Infinity;
  for (const button of HEADER_BUTTONS) {
    const rect = headerButtonRect(button);
    const dx = Math.abs(local.x - (rect.x + rect.width / 2));
    const dy = Math.abs(local.y - (rect.y + rect.height / 2));
    // A finger's area takes the half of the gap on its side too (a finger beside + Kerne,
    // wide enough as it is, is not the ×'s).
    const width = Math.max(rect.width + HEADER_BUTTON_GAP, reach);
    if (dx >= width / 2 || dy >= Math.max(rect.height, reach) / 2) continue;
    const distance = Math.max(0, dx - rect.width / 2) + Math.max(0, dy - rect.height / 2);
    if (distance < bestDistance) [best, bestDistance] = [button, distance];
  }
  return best;
}

/**
 * What lies under a board point. `buttonReach`: the least size, in board units, a header
 * button is hit over (0, the drawn size, for a mouse; a finger's 44 px at the zoom for touch
 * and pen).
 */
export function hitPoint(layout: BoardLayout, point: Point, buttonReach = 0): PointHit {
  const lane = laneAtX(layout, point.x);
  const laneId = lane?.id ?? null;
  const laneX = lane ? point.x - lane.x : point.x;
  const laneY = lane ? point.y - LANE_HEADER_HEIGHT : point.y;
  const base = { x: point.x, y: point.y, lane: laneId, laneX, laneY, noteId: null, button: null };
  const note = noteAt(layout, point);
  if (note) return { ...base, area: 'note', noteId: note.note.id };
  if (lane && point.y >= 0 && point.y < LANE_HEADER_HEIGHT) {
    const local = { x: point.x - lane.x, y: point.y };
    const button = headerButtonAt(local, buttonReach);
    return { ...base, area: button ? 'headerButton' : 'header', button };
  }
  // No bottom: below their content the lanes and the parking area are drawn down
  // past the view (laneHeight.ts), and a pointer only reaches what is in view; a
  // double tap there makes an idea where the column shows, as higher up.
  if (lane && point.y >= LANE_HEADER_HEIGHT) return { ...base, area: 'lane' };
  if (point.x >= PARKING_X && point.x < PARKING_X + PARKING_WIDTH && point.y >= 0) {
    return { ...base, area: 'parking' };
  }
  return { ...base, area: 'empty' };
}

/** Notes overlapping a board rectangle (marquee selection), in paint order. */
export function notesInRect(layout: BoardLayout, rect: Rect): string[] {
  const ids: string[] = [];
  for (const placed of layout.notes) {
    const noteRect = { x: placed.x, y: placed.y, width: NOTE_WIDTH, height: NOTE_HEIGHT };
    if (rectsOverlap(noteRect, rect)) ids.push(placed.note.id);
  }
  return ids;
}

/** Notes whose rectangle overlaps `rect`, for culling (same test, named for its use). */
export const notesVisibleIn = notesInRect;

/**
 * The board index a lane dragged by its header lands at, given the pointer's
 * board x. The final meeting stays last, as moveMeeting keeps it: it lands
 * where it is, and no other lane lands past it, so the marker shows what the
 * drop will do.
 */
export function laneDropIndex(layout: BoardLayout, laneId: string, pointerX: number): number {
  const dragged = layout.laneById.get(laneId);
  if (dragged?.meeting.kind === 'final') return dragged.index;
  const others = layout.lanes.filter((l) => l.id !== laneId);
  let index = 0;
  for (const lane of others) {
    // Past the middle of a lane (in its original place) means "after it".
    if (pointerX > lane.x + LANE_WIDTH / 2) index++;
  }
  const firstFinal = others.findIndex((lane) => lane.meeting.kind === 'final');
  return firstFinal === -1 ? index : Math.min(index, firstFinal);
}
