import type { Point } from '../../shared/layout.ts';
import {
  onDoubleTap,
  pastThreshold,
  tapped,
  type PanGesture,
  type PinchGesture,
  type PointerSession,
} from './pointerGesture.ts';
import { wheelCamera, zoomAt } from './viewport.ts';

/**
 * Camera gestures: one-pointer panning (empty space, Space+drag, middle
 * button, read-only note drags), two-finger pinch-zoom and wheel zoom. They
 * only move the camera; the document is never written here.
 */

/** `moved` starts true when the pan is explicit (Space or middle button), so no slop applies. */
export function startPan(id: number, screen: Point, moved: boolean): PanGesture {
  return { kind: 'pan', id, last: screen, start: screen, moved, shift: false };
}

/** Two touch pointers down: zoom around the board point first under their midpoint. */
export function startPinch(session: PointerSession): void {
  const [a, b] = [...session.pointers.values()];
  if (!a || !b) return;
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  session.gesture = {
    kind: 'pinch',
    startDistance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)),
    startZoom: session.controller.camera.zoom,
    anchor: session.board(mid),
    lastMid: mid,
  };
}

export function movePinch(session: PointerSession, g: PinchGesture): void {
  const { controller } = session;
  const [a, b] = [...session.pointers.values()];
  if (!a || !b) return;
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const factor = Math.hypot(a.x - b.x, a.y - b.y) / g.startDistance;
  const zoomed = zoomAt({ ...controller.camera, zoom: g.startZoom }, mid, factor);
  // Keep the board point first under the fingers' midpoint under it.
  const anchorScreen = {
    x: g.anchor.x * zoomed.zoom,
    y: g.anchor.y * zoomed.zoom,
  };
  controller.zoomStep({
    zoom: zoomed.zoom,
    x: mid.x - anchorScreen.x,
    y: mid.y - anchorScreen.y,
  });
  g.lastMid = mid;
}

/** A finger lifted from a pinch: the remaining finger keeps panning, without slop. */
export function endPinch(session: PointerSession): void {
  const { pointers } = session;
  if (pointers.size === 0) session.gesture = { kind: 'idle' };
  else {
    const [rest] = [...pointers.entries()];
    if (rest) session.gesture = startPan(rest[0], rest[1], true);
  }
}

export function movePan(
  session: PointerSession,
  g: PanGesture,
  screen: Point,
  event: PointerEvent,
): void {
  if (event.pointerId !== g.id) return;
  if (!g.moved && !pastThreshold(g.start, screen, event)) return;
  g.moved = true;
  session.setCursor('grabbing');
  const { controller } = session;
  const cam = controller.camera;
  controller.setCamera({
    ...cam,
    x: cam.x + screen.x - g.last.x,
    y: cam.y + screen.y - g.last.y,
  });
  g.last = screen;
}

/** A press on empty space that never moved is a click: clear the selection, maybe double tap. */
export function finishPan(
  session: PointerSession,
  g: PanGesture,
  screen: Point,
  event: PointerEvent,
): void {
  if (g.moved) return;
  const { controller } = session;
  if (!event.shiftKey && controller.props.selection.length > 0) controller.select([]);
  if (tapped(session, screen, event)) onDoubleTap(session, screen);
}

export function wheelZoom(session: PointerSession, event: WheelEvent): void {
  // Not passive: the page itself must not scroll or zoom under the board.
  event.preventDefault();
  const { controller } = session;
  const camera = wheelCamera(controller.camera, event, session.local(event));
  if (camera.zoom !== controller.camera.zoom) controller.zoomStep(camera);
  else controller.setCamera(camera);
}
