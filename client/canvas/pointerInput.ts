import { flushNextFrameNow } from '../app/nextFrame.ts';
import type { Point } from '../../shared/layout.ts';
import type { CanvasController } from './controller.ts';
import { FINGER_TARGET_PX, hitPoint } from './hitTest.ts';
import { LaneDragOverlay, MarqueeOverlay } from './overlays.ts';
import {
  finishHeader,
  finishHeaderButton,
  moveHeader,
  showHeaderDrag,
  startHeader,
  startHeaderButton,
} from './pointerDragLaneHeader.ts';
import { finishMarquee, moveMarquee, showMarquee, startMarquee } from './pointerDragMarquee.ts';
import {
  cancelNoteDrag,
  finishNote,
  moveNote,
  showNoteDrag,
  startNoteGesture,
} from './pointerDragNotes.ts';
import type { Gesture, PointerSession } from './pointerGesture.ts';
import { hoverHint, isTyping } from './pointerHelpers.ts';
import { loadCheckMessages, onCheckMessagesLoaded } from '../plan/checkWording.ts';
import type { TapHint } from './tapHint.ts';
import {
  endPinch,
  finishPan,
  movePan,
  movePinch,
  startPan,
  startPinch,
  wheelZoom,
} from './pointerPanZoom.ts';
import { screenToBoard } from './viewport.ts';

/**
 * A press gives the board the focus without the keyboard's focus ring round it: a returning
 * user's page has no focus yet, and the browser shows the ring for a script's focus then.
 * (`focusVisible`: Chromium, Firefox; not yet in TypeScript's DOM types.)
 */
const POINTER_FOCUS: FocusOptions & { focusVisible?: boolean } = {
  preventScroll: true,
  focusVisible: false,
};

/** How long the mouse rests on a check before its messages are fetched (hoverFeedback). */
const REST_MS = 500;

/** The board's pointer input, attached to its container. */
export interface PointerInput {
  /**
   * Says again what is under a resting mouse (cursor and tooltip): the
   * tooltip's words change with the page's language and the checks, not only
   * when the mouse moves.
   */
  refreshHover(): void;
  detach(): void;
}

/**
 * Pointer, wheel and touch input for the board (mouse, touch and pen through
 * pointer events). Plain drag on empty space pans; Shift+drag on empty space
 * draws a marquee; Space+drag or the middle button pans anywhere; two fingers
 * pan and pinch-zoom. Everything per move is imperative and throttled to one
 * update per animation frame; the document is written once, on drop.
 *
 * This module is the dispatcher: it owns the DOM listeners, decides which
 * gesture a press starts, and routes moves and releases to the gesture
 * modules (pointerDragNotes, pointerDragMarquee, pointerDragLaneHeader,
 * pointerPanZoom), which share state through a PointerSession.
 */
export function attachPointerInput(
  controller: CanvasController,
  container: HTMLDivElement,
): PointerInput {
  let spaceHeld = false;
  /** Where the mouse rests over the board while no button is down (screen point); null when away. */
  let hovered: Point | null = null;
  let frame = 0;
  let pendingCursor: Point | null | undefined;
  // Touch screens and pens only: made on the first tap with a hint (issue 6: start-up JavaScript).
  let tapHint: TapHint | null = null;
  let detached = false;

  const session: PointerSession = {
    controller,
    container,
    gesture: { kind: 'idle' },
    pointers: new Map<number, Point>(),
    lastTap: null,
    marquee: new MarqueeOverlay(() => controller.overlayGroup),
    laneDrag: new LaneDragOverlay(
      () => controller.overlayGroup,
      () => controller.layout,
      controller.lanesHeight,
    ),
    local: (event) => controller.clientToLocal(event.clientX, event.clientY),
    board: (screen) => screenToBoard(controller.camera, screen),
    setCursor: (cursor) => {
      if (container.style.cursor !== cursor) container.style.cursor = cursor;
    },
  };
  const { pointers, marquee, laneDrag, local, board, setCursor } = session;

  /** Everything that changes per move is applied once per animation frame. */
  const flush = () => {
    frame = 0;
    const update: { cursor?: Point | null; dragging?: { ids: string[]; dx: number; dy: number } } =
      {};
    if (pendingCursor !== undefined) update.cursor = pendingCursor;
    pendingCursor = undefined;
    const gesture = session.gesture;
    if (gesture.kind === 'note') {
      const dragging = showNoteDrag(session, gesture);
      if (dragging) update.dragging = dragging;
    }
    if (gesture.kind === 'marquee') showMarquee(session, gesture);
    if (gesture.kind === 'header') showHeaderDrag(session, gesture);
    if (Object.keys(update).length > 0) controller.props.presence.setLocal(update);
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(flush);
  };

  /**
   * The checks' messages load once the mouse has rested on a check this long (a
   * tooltip shows only then anyway): none is fetched on the way to a drag.
   */
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  const hoverFeedback = (screen: Point) => {
    hovered = screen;
    clearTimeout(restTimer);
    if (spaceHeld) return setCursor('grab');
    const { cursor, title, unworded } = hoverHint(controller, board(screen));
    setCursor(cursor);
    if (container.title !== title) container.title = title;
    if (unworded) restTimer = setTimeout(() => void loadCheckMessages().catch(() => {}), REST_MS);
  };

  /** Drops every transient visual of a gesture without writing anything. */
  const cancelDrag = (gesture: Gesture) => {
    if (gesture.kind === 'note') cancelNoteDrag(session, gesture);
    marquee.hide();
    laneDrag.hide();
  };

  /** A tap asked for its hint while the checks' messages were loading: shown once they are here. */
  let tapWaiting: Point | null = null;
  /** Counts presses: a hint whose code came after the next press is not shown. */
  let presses = 0;
  const showTapHint = (screen: Point) => {
    const { title, unworded } = hoverHint(controller, board(screen));
    tapWaiting = unworded ? screen : null;
    if (unworded) loadCheckMessages().catch(() => {});
    if (title === '' || controller.editing !== null) return;
    const press = presses;
    import('./tapHint.ts').then(
      ({ createTapHint }) => {
        if (detached || press !== presses) return;
        tapHint ??= createTapHint(container);
        tapHint.show(screen, title);
      },
      // Offline before it was ever fetched: no hint, as with no tooltip.
      () => {},
    );
  };

  const onPointerDown = (event: PointerEvent) => {
    tapHint?.hide();
    tapWaiting = null;
    presses++;
    clearTimeout(restTimer);
    // A press right after a drop hit tests the board as it is after the drop.
    flushNextFrameNow();
    // A press outside the open editor saves it; an invalid field keeps it open.
    if (!controller.finishEditing()) {
      // Nor should the press move the focus (a tap's focus comes late on touch screens).
      event.preventDefault();
      return;
    }
    // No compatibility mouse events after a touch or pen press: they come after
    // the pointer-up and would take the focus from an editor a double tap opened.
    if (event.pointerType !== 'mouse') event.preventDefault();
    // At a whiteboard a second hand may touch the board while a post-it is being
    // dragged: the drag goes on, undisturbed. Before the drag has begun, a
    // second finger still makes a pinch (a pinch may well start on a post-it).
    const current = session.gesture;
    if (current.kind === 'note' && current.drag !== null && pointers.size > 0) return;
    const screen = local(event);
    pointers.set(event.pointerId, screen);
    container.setPointerCapture?.(event.pointerId);
    if (event.pointerType === 'touch' && pointers.size === 2) {
      // The first finger's press selected the post-it under it: a pinch is no choice of post-it,
      // so the selection goes back to what it was (selecting at the press keeps a tap quick).
      if (current.kind === 'note' && current.selectedBefore !== null)
        controller.select([...current.selectedBefore]);
      cancelDrag(current);
      return startPinch(session);
    }
    if (pointers.size > 1) return;
    container.focus(POINTER_FOCUS);
    const at = board(screen);
    const id = event.pointerId;
    if (spaceHeld || event.button === 1) {
      session.gesture = startPan(id, screen, true);
      setCursor('grabbing');
      return;
    }
    if (event.button !== 0) return;
    // A finger or a pen gets a 44 px header button whatever the zoom; a mouse the drawn one.
    const reach = event.pointerType === 'mouse' ? 0 : FINGER_TARGET_PX / controller.camera.zoom;
    const hit = hitPoint(controller.layout, at, reach);
    if (hit.area === 'note' && hit.noteId)
      return startNoteGesture(session, hit.noteId, screen, at, event);
    if (hit.area === 'headerButton' && hit.lane && hit.button && !controller.readOnly)
      return startHeaderButton(session, id, hit.lane, hit.button, reach);
    if (hit.area === 'header' && hit.lane && !controller.readOnly)
      return startHeader(session, id, hit.lane, screen, at);
    if (event.shiftKey) return startMarquee(session, id, at);
    session.gesture = startPan(id, screen, false);
  };

  const onPointerMove = (event: PointerEvent) => {
    const screen = local(event);
    if (pointers.has(event.pointerId)) pointers.set(event.pointerId, screen);
    const gesture = session.gesture;
    // Only the pointer that started a gesture moves it (and this user's cursor
    // as others see it): not a second hand resting on the board meanwhile.
    if ('id' in gesture && gesture.id !== event.pointerId) return;
    pendingCursor = board(screen);
    schedule();
    switch (gesture.kind) {
      case 'idle':
        if (event.pointerType === 'mouse' && event.buttons === 0) hoverFeedback(screen);
        return;
      case 'pinch':
        return movePinch(session, gesture);
      case 'pan':
        return movePan(session, gesture, screen, event);
      case 'note':
        return moveNote(session, gesture, screen, event);
      case 'marquee':
        return moveMarquee(session, gesture, screen, event);
      case 'header':
        return moveHeader(session, gesture, screen, event);
      case 'button':
        return;
    }
  };

  const onPointerUp = (event: PointerEvent) => {
    const screen = local(event);
    pointers.delete(event.pointerId);
    if (session.gesture.kind === 'pinch') return endPinch(session);
    const g = session.gesture;
    if (!('id' in g) || g.id !== event.pointerId) return;
    session.gesture = { kind: 'idle' };
    if (event.type === 'pointercancel') return cancelDrag(g);
    switch (g.kind) {
      case 'pan':
        finishPan(session, g, screen, event);
        break;
      case 'note':
        finishNote(session, g, screen, event);
        break;
      case 'marquee':
        finishMarquee(session, g);
        break;
      case 'header':
        finishHeader(session, g, screen, event);
        break;
      case 'button':
        finishHeaderButton(session, g, screen);
        break;
    }
    if (event.pointerType === 'mouse') hoverFeedback(screen);
    else if ((g.kind === 'note' && g.drag === null) || (g.kind === 'header' && !g.dragging)) {
      // A tap: what the tooltip would say, for screens without tooltips.
      showTapHint(screen);
    }
  };

  const onWheel = (event: WheelEvent) => wheelZoom(session, event);

  const onPointerLeave = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || session.gesture.kind !== 'idle') return;
    hovered = null;
    pendingCursor = null;
    clearTimeout(restTimer);
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
  const refreshHover = () => {
    if (hovered !== null && session.gesture.kind === 'idle') hoverFeedback(hovered);
  };
  // A tooltip or a tap's hint asked for before the checks' messages had loaded (pointerHelpers.ts).
  const stopWaitingForWords = onCheckMessagesLoaded(() => {
    refreshHover();
    if (tapWaiting !== null && session.gesture.kind === 'idle') showTapHint(tapWaiting);
  });
  const detach = () => {
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
    tapHint?.destroy();
    detached = true;
    clearTimeout(restTimer);
    stopWaitingForWords();
  };
  return { refreshHover, detach };
}
