import type { Point } from '../../shared/layout.ts';
import { attachedParticipants } from './boardGeometry.ts';
import type { CanvasController } from './controller.ts';
import { hitPoint, laneDropIndex, notesInRect } from './hitTest.ts';
import { hoverHint, isTyping, laneButton } from './pointerHelpers.ts';
import { LaneDragOverlay, MarqueeOverlay } from './overlays.ts';
import { rectFromPoints, screenToBoard, wheelCamera, zoomAt } from './viewport.ts';

/**
 * Pointer, wheel and touch input for the board (mouse, touch and pen through
 * pointer events). Plain drag on empty space pans; Shift+drag on empty space
 * draws a marquee; Space+drag or the middle button pans anywhere; two fingers
 * pan and pinch-zoom. Everything per move is imperative and throttled to one
 * update per animation frame; the document is written once, on drop.
 */

type Gesture =
  | { kind: 'idle' }
  | { kind: 'pan'; id: number; last: Point; start: Point; moved: boolean; shift: boolean }
  | { kind: 'pinch'; startDistance: number; startZoom: number; anchor: Point; lastMid: Point }
  | {
      kind: 'note';
      id: number;
      noteId: string;
      start: Point;
      startBoard: Point;
      shift: boolean;
      alt: boolean;
      drag: { ids: string[]; dx: number; dy: number } | null;
    }
  | { kind: 'marquee'; id: number; startBoard: Point; endBoard: Point }
  | { kind: 'header'; id: number; laneId: string; start: Point; dragging: boolean; boardX: number }
  | { kind: 'button'; id: number; laneId: string; button: 'addCore' | 'delete' };

const DOUBLE_TAP_MS = 400;

function threshold(event: PointerEvent): number {
  return event.pointerType === 'mouse' ? 4 : 10;
}

export function attachPointerInput(
  controller: CanvasController,
  container: HTMLDivElement,
): () => void {
  let gesture: Gesture = { kind: 'idle' };
  const pointers = new Map<number, Point>();
  let spaceHeld = false;
  let lastTap: { time: number; at: Point } | null = null;
  let frame = 0;
  let pendingCursor: Point | null | undefined;
  const marquee = new MarqueeOverlay(() => controller.overlayGroup);
  const laneDrag = new LaneDragOverlay(
    () => controller.overlayGroup,
    () => controller.layout,
  );

  const local = (event: { clientX: number; clientY: number }) =>
    controller.clientToLocal(event.clientX, event.clientY);
  const board = (screen: Point) => screenToBoard(controller.camera, screen);

  /** Everything that changes per move is applied once per animation frame. */
  const flush = () => {
    frame = 0;
    const update: { cursor?: Point | null; dragging?: { ids: string[]; dx: number; dy: number } } =
      {};
    if (pendingCursor !== undefined) update.cursor = pendingCursor;
    pendingCursor = undefined;
    if (gesture.kind === 'note' && gesture.drag) {
      const { ids, dx, dy } = gesture.drag;
      controller.dragGroup?.position({ x: dx, y: dy });
      controller.dragGroup?.getLayer()?.batchDraw();
      update.dragging = { ids, dx, dy };
    }
    if (gesture.kind === 'marquee')
      marquee.show(rectFromPoints(gesture.startBoard, gesture.endBoard), controller.camera.zoom);
    if (gesture.kind === 'header' && gesture.dragging)
      laneDrag.show(gesture.laneId, gesture.boardX);
    if (Object.keys(update).length > 0) controller.props.presence.setLocal(update);
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(flush);
  };

  const setCursor = (cursor: string) => {
    if (container.style.cursor !== cursor) container.style.cursor = cursor;
  };

  const hoverFeedback = (screen: Point) => {
    if (spaceHeld) return setCursor('grab');
    const { cursor, title } = hoverHint(controller, board(screen));
    setCursor(cursor);
    if (container.title !== title) container.title = title;
  };

  const cancelDrag = () => {
    if (gesture.kind === 'note' && gesture.drag) {
      controller.setDrag(null);
      controller.props.presence.setLocal({ dragging: null });
    }
    marquee.hide();
    laneDrag.hide();
  };

  const startPinch = () => {
    cancelDrag();
    const [a, b] = [...pointers.values()];
    if (!a || !b) return;
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    gesture = {
      kind: 'pinch',
      startDistance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)),
      startZoom: controller.camera.zoom,
      anchor: board(mid),
      lastMid: mid,
    };
  };

  const onPointerDown = (event: PointerEvent) => {
    if (controller.editing) controller.openEditor(null);
    const screen = local(event);
    pointers.set(event.pointerId, screen);
    container.setPointerCapture?.(event.pointerId);
    if (event.pointerType === 'touch' && pointers.size === 2) return startPinch();
    if (pointers.size > 1) return;
    container.focus({ preventScroll: true });
    const at = board(screen);
    const id = event.pointerId;
    if (spaceHeld || event.button === 1) {
      gesture = { kind: 'pan', id, last: screen, start: screen, moved: true, shift: false };
      setCursor('grabbing');
      return;
    }
    if (event.button !== 0) return;
    const hit = hitPoint(controller.layout, at);
    if (hit.area === 'note' && hit.noteId) {
      const selection = controller.props.selection;
      if (!event.shiftKey && !selection.includes(hit.noteId)) controller.select([hit.noteId]);
      gesture = {
        kind: 'note',
        id,
        noteId: hit.noteId,
        start: screen,
        startBoard: at,
        shift: event.shiftKey,
        alt: event.altKey,
        drag: null,
      };
      return;
    }
    if (hit.area === 'headerButton' && hit.lane && hit.button && !controller.readOnly) {
      gesture = { kind: 'button', id, laneId: hit.lane, button: hit.button };
      return;
    }
    if (hit.area === 'header' && hit.lane && !controller.readOnly) {
      gesture = {
        kind: 'header',
        id,
        laneId: hit.lane,
        start: screen,
        dragging: false,
        boardX: at.x,
      };
      return;
    }
    if (event.shiftKey) {
      gesture = { kind: 'marquee', id, startBoard: at, endBoard: at };
      return;
    }
    gesture = { kind: 'pan', id, last: screen, start: screen, moved: false, shift: false };
  };

  const beginNoteDrag = (g: Extract<Gesture, { kind: 'note' }>) => {
    const selection = controller.props.selection;
    const base = selection.includes(g.noteId) ? [...selection] : [g.noteId];
    const ids = new Set(base.filter((id) => controller.layout.noteById.has(id)));
    // A form takes the participants stacked under it along.
    for (const id of [...ids]) {
      if (controller.layout.noteById.get(id)?.note.kind === 'form') {
        for (const p of attachedParticipants(controller.layout, id)) ids.add(p);
      }
    }
    g.drag = { ids: [...ids], dx: 0, dy: 0 };
    controller.setDrag({ ids: g.drag.ids, copy: g.alt });
    setCursor(g.alt ? 'copy' : 'grabbing');
  };

  const onPointerMove = (event: PointerEvent) => {
    const screen = local(event);
    if (pointers.has(event.pointerId)) pointers.set(event.pointerId, screen);
    pendingCursor = board(screen);
    schedule();
    switch (gesture.kind) {
      case 'idle':
        if (event.pointerType === 'mouse' && event.buttons === 0) hoverFeedback(screen);
        return;
      case 'pinch': {
        const [a, b] = [...pointers.values()];
        if (!a || !b) return;
        const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        const factor = Math.hypot(a.x - b.x, a.y - b.y) / gesture.startDistance;
        const zoomed = zoomAt({ ...controller.camera, zoom: gesture.startZoom }, mid, factor);
        // Keep the board point first under the fingers' midpoint under it.
        const anchorScreen = {
          x: gesture.anchor.x * zoomed.zoom,
          y: gesture.anchor.y * zoomed.zoom,
        };
        controller.setCamera({
          zoom: zoomed.zoom,
          x: mid.x - anchorScreen.x,
          y: mid.y - anchorScreen.y,
        });
        gesture.lastMid = mid;
        return;
      }
      case 'pan': {
        if (event.pointerId !== gesture.id) return;
        if (
          !gesture.moved &&
          Math.hypot(screen.x - gesture.start.x, screen.y - gesture.start.y) < threshold(event)
        )
          return;
        gesture.moved = true;
        setCursor('grabbing');
        const cam = controller.camera;
        controller.setCamera({
          ...cam,
          x: cam.x + screen.x - gesture.last.x,
          y: cam.y + screen.y - gesture.last.y,
        });
        gesture.last = screen;
        return;
      }
      case 'note': {
        if (event.pointerId !== gesture.id) return;
        if (!gesture.drag) {
          if (Math.hypot(screen.x - gesture.start.x, screen.y - gesture.start.y) < threshold(event))
            return;
          if (controller.readOnly) {
            // Read-only: a drag on a note pans, like on empty space.
            gesture = {
              kind: 'pan',
              id: gesture.id,
              last: screen,
              start: gesture.start,
              moved: true,
              shift: false,
            };
            return;
          }
          beginNoteDrag(gesture);
        }
        const at = board(screen);
        if (gesture.drag) {
          gesture.drag.dx = at.x - gesture.startBoard.x;
          gesture.drag.dy = at.y - gesture.startBoard.y;
        }
        return;
      }
      case 'marquee':
        if (event.pointerId === gesture.id) gesture.endBoard = board(screen);
        return;
      case 'header':
        if (event.pointerId !== gesture.id) return;
        if (
          !gesture.dragging &&
          Math.hypot(screen.x - gesture.start.x, screen.y - gesture.start.y) < threshold(event)
        )
          return;
        gesture.dragging = true;
        gesture.boardX = board(screen).x;
        setCursor('grabbing');
        return;
      case 'button':
        return;
    }
  };

  const tapped = (screen: Point, event: PointerEvent): boolean => {
    const now = event.timeStamp;
    const double =
      lastTap !== null &&
      now - lastTap.time < DOUBLE_TAP_MS &&
      Math.hypot(screen.x - lastTap.at.x, screen.y - lastTap.at.y) < 16;
    lastTap = double ? null : { time: now, at: screen };
    return double;
  };

  const onDoubleTap = (screen: Point) => {
    if (controller.readOnly) return;
    const hit = hitPoint(controller.layout, board(screen));
    if (hit.area === 'note' && hit.noteId)
      return controller.openEditor({ kind: 'note', id: hit.noteId });
    if (hit.area === 'header' && hit.lane)
      return controller.openEditor({ kind: 'lane', id: hit.lane });
    if (hit.area === 'lane' || hit.area === 'parking') controller.createIdeaAt(board(screen));
  };

  const finishNote = (
    g: Extract<Gesture, { kind: 'note' }>,
    screen: Point,
    event: PointerEvent,
  ) => {
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
      if (!g.shift && tapped(screen, event)) onDoubleTap(screen);
      return;
    }
    const { ids, dx, dy } = g.drag;
    controller.dropNotes(ids, dx, dy, board(screen), g.alt);
  };

  const onPointerUp = (event: PointerEvent) => {
    const screen = local(event);
    pointers.delete(event.pointerId);
    if (gesture.kind === 'pinch') {
      if (pointers.size === 0) gesture = { kind: 'idle' };
      else {
        const [rest] = [...pointers.entries()];
        if (rest)
          gesture = {
            kind: 'pan',
            id: rest[0],
            last: rest[1],
            start: rest[1],
            moved: true,
            shift: false,
          };
      }
      return;
    }
    if (!('id' in gesture) || gesture.id !== event.pointerId) return;
    const g = gesture;
    gesture = { kind: 'idle' };
    if (event.type === 'pointercancel') {
      if (g.kind === 'note' && g.drag) {
        controller.setDrag(null);
        controller.props.presence.setLocal({ dragging: null });
      }
      marquee.hide();
      laneDrag.hide();
      return;
    }
    switch (g.kind) {
      case 'pan':
        if (!g.moved) {
          if (!event.shiftKey && controller.props.selection.length > 0) controller.select([]);
          if (tapped(screen, event)) onDoubleTap(screen);
        }
        break;
      case 'note':
        finishNote(g, screen, event);
        break;
      case 'marquee': {
        marquee.hide();
        const inRect = notesInRect(controller.layout, rectFromPoints(g.startBoard, g.endBoard));
        controller.select([...new Set([...controller.props.selection, ...inRect])]);
        break;
      }
      case 'header':
        laneDrag.hide();
        if (g.dragging) {
          const index = laneDropIndex(controller.layout, g.laneId, g.boardX);
          if (index !== controller.layout.laneById.get(g.laneId)?.index)
            controller.props.actions.moveMeeting(g.laneId, index);
        } else if (tapped(screen, event)) {
          onDoubleTap(screen);
        }
        break;
      case 'button': {
        const hit = hitPoint(controller.layout, board(screen));
        if (hit.button !== g.button || hit.lane !== g.laneId) break;
        laneButton(controller, g.laneId, g.button);
        break;
      }
    }
    hoverFeedback(screen);
  };

  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    controller.setCamera(wheelCamera(controller.camera, event, local(event)));
  };

  const onPointerLeave = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || gesture.kind !== 'idle') return;
    pendingCursor = null;
    schedule();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === ' ' && !isTyping(event)) {
      if (!spaceHeld) setCursor('grab');
      spaceHeld = true;
      if (event.target === container || event.target === document.body) event.preventDefault();
    }
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key === ' ') {
      spaceHeld = false;
      setCursor('default');
    }
  };
  const onBlur = () => {
    spaceHeld = false;
  };

  container.addEventListener('pointerdown', onPointerDown);
  container.addEventListener('pointermove', onPointerMove);
  container.addEventListener('pointerup', onPointerUp);
  container.addEventListener('pointercancel', onPointerUp);
  container.addEventListener('pointerleave', onPointerLeave);
  container.addEventListener('wheel', onWheel, { passive: false });
  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('keyup', onKeyUp);
  window.addEventListener('blur', onBlur);
  return () => {
    if (frame) cancelAnimationFrame(frame);
    container.removeEventListener('pointerdown', onPointerDown);
    container.removeEventListener('pointermove', onPointerMove);
    container.removeEventListener('pointerup', onPointerUp);
    container.removeEventListener('pointercancel', onPointerUp);
    container.removeEventListener('pointerleave', onPointerLeave);
    container.removeEventListener('wheel', onWheel);
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('keyup', onKeyUp);
    window.removeEventListener('blur', onBlur);
    marquee.hide();
    laneDrag.hide();
  };
}
