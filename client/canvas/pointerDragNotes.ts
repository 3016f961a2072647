import type { Point } from '../../shared/layout.ts';
import { withStacks } from './boardGeometry.ts';
import {
  onDoubleTap,
  pastThreshold,
  tapped,
  type NoteGesture,
  type PointerSession,
} from './pointerGesture.ts';

/**
 * Pressing, clicking and dragging notes. During a drag only the drag group is
 * moved (once per frame, by the dispatcher's flush); the document is written
 * once, on drop, through controller.dropNotes.
 */

/** Press on a note: an unselected note becomes the selection now, so the drag carries it. */
export function startNoteGesture(
  session: PointerSession,
  noteId: string,
  screen: Point,
  at: Point,
  event: PointerEvent,
): void {
  const { controller } = session;
  const selection = controller.props.selection;
  const selects = !event.shiftKey && !selection.includes(noteId);
  if (selects) controller.select([noteId]);
  session.gesture = {
    kind: 'note',
    id: event.pointerId,
    noteId,
    start: screen,
    startBoard: at,
    shift: event.shiftKey,
    alt: event.altKey,
    drag: null,
    selectedBefore: selects ? [...selection] : null,
  };
}

function beginNoteDrag(session: PointerSession, g: NoteGesture): void {
  const { controller } = session;
  const selection = controller.props.selection;
  const base = selection.includes(g.noteId) ? [...selection] : [g.noteId];
  // A form takes the participants stacked under it along.
  g.drag = { ids: withStacks(controller.layout, base), dx: 0, dy: 0 };
  controller.setDrag({ ids: g.drag.ids, copy: g.alt });
  session.setCursor(g.alt ? 'copy' : 'grabbing');
}

export function moveNote(
  session: PointerSession,
  g: NoteGesture,
  screen: Point,
  event: PointerEvent,
): void {
  if (event.pointerId !== g.id) return;
  if (!g.drag) {
    if (!pastThreshold(g.start, screen, event)) return;
    if (session.controller.readOnly) {
      // Read-only: a drag on a note pans, like on empty space.
      session.gesture = {
        kind: 'pan',
        id: g.id,
        last: screen,
        start: g.start,
        moved: true,
        shift: false,
      };
      return;
    }
    beginNoteDrag(session, g);
  }
  const at = session.board(screen);
  if (g.drag) {
    g.drag.dx = at.x - g.startBoard.x;
    g.drag.dy = at.y - g.startBoard.y;
  }
}

/** Per-frame: moves the drag group and returns what to announce as presence. */
export function showNoteDrag(
  session: PointerSession,
  g: NoteGesture,
): { ids: string[]; dx: number; dy: number } | null {
  if (!g.drag) return null;
  const { ids, dx, dy } = g.drag;
  const { dragGroup } = session.controller;
  dragGroup?.position({ x: dx, y: dy });
  dragGroup?.getLayer()?.batchDraw();
  return { ids, dx, dy };
}

/** Abandoned drag (pinch started, pointer cancelled): nothing written, presence cleared. */
export function cancelNoteDrag(session: PointerSession, g: NoteGesture): void {
  if (!g.drag) return;
  session.controller.setDrag(null);
  session.controller.props.presence.setLocal({ dragging: null });
}

/** Release: a click adjusts the selection (Shift toggles) or double-taps; a drag drops. */
export function finishNote(
  session: PointerSession,
  g: NoteGesture,
  screen: Point,
  event: PointerEvent,
): void {
  const { controller } = session;
  if (!g.drag) {
    const selection = controller.props.selection;
    if (g.shift) {
      controller.select(
        selection.includes(g.noteId)
          ? selection.filter((id) => id !== g.noteId)
          : [...selection, g.noteId],
      );
    } else if (selection.length !== 1 || selection[0] !== g.noteId) {
      controller.select([g.noteId]);
    }
    if (!g.shift && tapped(session, screen, event)) onDoubleTap(session, screen);
    return;
  }
  // Let go outside the board's view (over the plan or a panel): nothing moves,
  // rather than into whatever meeting lies hidden behind it.
  // Narrow screens lay the plan and panels over the board, so look at what is there.
  const { width, height } = controller.size;
  const outside = screen.x < 0 || screen.y < 0 || screen.x > width || screen.y > height;
  const over = document.elementFromPoint(event.clientX, event.clientY);
  if (outside || (over !== null && !session.container.contains(over))) {
    cancelNoteDrag(session, g);
    return;
  }
  const { ids, dx, dy } = g.drag;
  controller.dropNotes(ids, dx, dy, session.board(screen), g.alt);
}
