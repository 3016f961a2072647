import type { Point } from '../../shared/layout.ts';
import { notesInRect } from './hitTest.ts';
import type { MarqueeGesture, PointerSession } from './pointerGesture.ts';
import { rectFromPoints } from './viewport.ts';

/**
 * Shift+drag on empty space: a rubber-band rectangle that adds the notes it
 * touches to the selection. The rectangle is an imperative overlay, redrawn
 * once per frame; the selection changes once, on release.
 */

export function startMarquee(session: PointerSession, id: number, at: Point): void {
  session.gesture = { kind: 'marquee', id, startBoard: at, endBoard: at };
}

export function moveMarquee(
  session: PointerSession,
  g: MarqueeGesture,
  screen: Point,
  event: PointerEvent,
): void {
  if (event.pointerId === g.id) g.endBoard = session.board(screen);
}

/** Per-frame redraw of the rectangle, its stroke kept the same width at any zoom. */
export function showMarquee(session: PointerSession, g: MarqueeGesture): void {
  session.marquee.show(rectFromPoints(g.startBoard, g.endBoard), session.controller.camera.zoom);
}

/** Adds to the selection rather than replacing it, so several marquees can build one. */
export function finishMarquee(session: PointerSession, g: MarqueeGesture): void {
  const { controller } = session;
  session.marquee.hide();
  const inRect = notesInRect(controller.layout, rectFromPoints(g.startBoard, g.endBoard));
  controller.select([...new Set([...controller.props.selection, ...inRect])]);
}
