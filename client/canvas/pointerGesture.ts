import type { Point } from '../../shared/layout.ts';
import type { CanvasController } from './controller.ts';
import { hitPoint } from './hitTest.ts';
import type { LaneDragOverlay, MarqueeOverlay } from './overlays.ts';

/**
 * The shared vocabulary of the pointer state machine (pointerInput.ts): the
 * gesture in progress, the per-attachment session every gesture module works
 * on, and tap detection. It lives apart so that each gesture (note drag,
 * marquee, lane header, pan/pinch) can sit in its own module without those
 * modules importing the dispatcher.
 */

export type PanGesture = {
  kind: 'pan';
  id: number;
  last: Point;
  start: Point;
  moved: boolean;
  shift: boolean;
};
export type PinchGesture = {
  kind: 'pinch';
  startDistance: number;
  startZoom: number;
  anchor: Point;
  lastMid: Point;
};
export type NoteGesture = {
  kind: 'note';
  id: number;
  noteId: string;
  start: Point;
  startBoard: Point;
  shift: boolean;
  alt: boolean;
  drag: { ids: string[]; dx: number; dy: number } | null;
  /** The selection before the press selected the post-it (null: the press left it as it was). */
  selectedBefore: readonly string[] | null;
};
export type MarqueeGesture = { kind: 'marquee'; id: number; startBoard: Point; endBoard: Point };
export type HeaderGesture = {
  kind: 'header';
  id: number;
  laneId: string;
  start: Point;
  dragging: boolean;
  boardX: number;
};
export type ButtonGesture = {
  kind: 'button';
  id: number;
  laneId: string;
  button: 'addCore' | 'delete';
  /** The button's least hit size (board units) for this pointer: its press and release alike. */
  reach: number;
};

export type Gesture =
  | { kind: 'idle' }
  | PanGesture
  | PinchGesture
  | NoteGesture
  | MarqueeGesture
  | HeaderGesture
  | ButtonGesture;

/**
 * Mutable state of one attachPointerInput call. Gesture modules replace
 * `gesture` when one gesture turns into another (a read-only note drag into a
 * pan, a pinch into a pan when one finger lifts).
 */
export interface PointerSession {
  readonly controller: CanvasController;
  readonly container: HTMLDivElement;
  gesture: Gesture;
  /** Pointers currently down, in container-local screen coordinates (two of them pinch). */
  readonly pointers: Map<number, Point>;
  lastTap: { time: number; at: Point } | null;
  readonly marquee: MarqueeOverlay;
  readonly laneDrag: LaneDragOverlay;
  /** Client coordinates of an event → container-local screen point. */
  local(event: { clientX: number; clientY: number }): Point;
  /** Container-local screen point → board point under the current camera. */
  board(screen: Point): Point;
  setCursor(cursor: string): void;
}

const DOUBLE_TAP_MS = 400;

/** Touch and pen wobble more than a mouse before a press becomes a drag. */
export function threshold(event: PointerEvent): number {
  return event.pointerType === 'mouse' ? 4 : 10;
}

/** Whether the pointer has left the slop circle around where the press started. */
export function pastThreshold(start: Point, screen: Point, event: PointerEvent): boolean {
  return Math.hypot(screen.x - start.x, screen.y - start.y) >= threshold(event);
}

/**
 * Records a tap and tells whether it completes a double tap. Detected from
 * pointer events so that mouse, touch and pen double taps behave alike.
 */
export function tapped(session: PointerSession, screen: Point, event: PointerEvent): boolean {
  const now = event.timeStamp;
  const last = session.lastTap;
  const double =
    last !== null &&
    now - last.time < DOUBLE_TAP_MS &&
    Math.hypot(screen.x - last.at.x, screen.y - last.at.y) < 16;
  session.lastTap = double ? null : { time: now, at: screen };
  return double;
}

/** Double tap: edit the note or lane under it, or create an idea on empty lane/parking space. */
export function onDoubleTap(session: PointerSession, screen: Point): void {
  const { controller } = session;
  if (controller.readOnly) return;
  const hit = hitPoint(controller.layout, session.board(screen));
  if (hit.area === 'note' && hit.noteId)
    return controller.openEditor({ kind: 'note', id: hit.noteId });
  if (hit.area === 'header' && hit.lane)
    return controller.openEditor({ kind: 'lane', id: hit.lane });
  if (hit.area === 'lane' || hit.area === 'parking') controller.createIdeaAt(session.board(screen));
}
