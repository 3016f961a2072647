import type { Point } from '../../shared/layout.ts';
import { hitPoint, laneDropIndex } from './hitTest.ts';
import {
  onDoubleTap,
  pastThreshold,
  tapped,
  type ButtonGesture,
  type HeaderGesture,
  type PointerSession,
} from './pointerGesture.ts';
import { laneButton } from './pointerHelpers.ts';

/**
 * Lane (meeting) headers: dragging a header reorders the meetings, a double
 * tap opens the lane editor, and the header's buttons (add core participants,
 * delete meeting) act on release over the same button, like native buttons.
 * Only offered when editable; the dispatcher checks readOnly before starting.
 */

export function startHeader(
  session: PointerSession,
  id: number,
  laneId: string,
  screen: Point,
  at: Point,
): void {
  session.gesture = { kind: 'header', id, laneId, start: screen, dragging: false, boardX: at.x };
}

export function startHeaderButton(
  session: PointerSession,
  id: number,
  laneId: string,
  button: ButtonGesture['button'],
  reach: number,
): void {
  session.gesture = { kind: 'button', id, laneId, button, reach };
}

export function moveHeader(
  session: PointerSession,
  g: HeaderGesture,
  screen: Point,
  event: PointerEvent,
): void {
  if (event.pointerId !== g.id) return;
  if (!g.dragging && !pastThreshold(g.start, screen, event)) return;
  g.dragging = true;
  g.boardX = session.board(screen).x;
  session.setCursor('grabbing');
}

/** Per-frame: the dragged lane's ghost and the insertion marker. */
export function showHeaderDrag(session: PointerSession, g: HeaderGesture): void {
  if (g.dragging) session.laneDrag.show(g.laneId, g.boardX);
}

/** Release: one moveMeeting write, skipped when the lane would land where it already is. */
export function finishHeader(
  session: PointerSession,
  g: HeaderGesture,
  screen: Point,
  event: PointerEvent,
): void {
  const { controller } = session;
  session.laneDrag.hide();
  if (g.dragging) {
    const index = laneDropIndex(controller.layout, g.laneId, g.boardX);
    if (index !== controller.layout.laneById.get(g.laneId)?.index)
      controller.props.actions.moveMeeting(g.laneId, index);
  } else if (tapped(session, screen, event)) {
    onDoubleTap(session, screen);
  }
}

export function finishHeaderButton(session: PointerSession, g: ButtonGesture, screen: Point): void {
  const { controller } = session;
  const hit = hitPoint(controller.layout, session.board(screen), g.reach);
  if (hit.button !== g.button || hit.lane !== g.laneId) return;
  laneButton(controller, g.laneId, g.button);
}
