/**
 * Dragging an entry out of a side panel onto the canvas with pointer events.
 * HTML5 drag and drop does not fire for touch, so tablets and interactive
 * whiteboards would be left out. The ghost is a plain DOM node moved by direct
 * style writes: a pointer move never re-renders React.
 */

import { BOARD_CANVAS_SELECTOR } from '../canvas/boardElement.ts';

/** How far the pointer must travel before a press becomes a drag (CSS px). */
export const DRAG_THRESHOLD_PX = 4;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Whether the pointer has moved far enough from where it was pressed to start a drag. */
export function passedThreshold(
  start: Point,
  current: Point,
  threshold: number = DRAG_THRESHOLD_PX,
): boolean {
  const dx = current.x - start.x;
  const dy = current.y - start.y;
  return dx * dx + dy * dy >= threshold * threshold;
}

/** The press that may start a drag: the primary pointer, left button (touch and pen report 0). */
export function isDragButton(event: { readonly button: number; readonly isPrimary: boolean }) {
  return event.isPrimary && event.button === 0;
}

/**
 * Whether a point of the viewport is over the visible canvas. The canvas's own
 * hitTest maps every point to the board, also points under the panels, so the
 * topmost element decides (the ghost has pointer-events none and is ignored).
 */
export function overBoardCanvas(clientX: number, clientY: number): boolean {
  const element = document.elementFromPoint(clientX, clientY);
  return element?.closest(BOARD_CANVAS_SELECTOR) != null;
}

/** What the floating post-it shows while dragging. */
export interface GhostSpec {
  readonly title: string;
  readonly subtitle: string;
  readonly color: string;
  /** Size in CSS px; the note appears centred on the pointer, as the canvas places it. */
  readonly width: number;
  readonly height: number;
}

export interface PointerDragOptions {
  readonly ghost: GhostSpec;
  /** Whether releasing here would drop; else the ghost looks blocked and release cancels. */
  readonly canDrop: (clientX: number, clientY: number) => boolean;
  readonly onDrop: (clientX: number, clientY: number) => void;
  readonly onCancel?: () => void;
  /** A press released before the threshold. */
  readonly onClick?: () => void;
  /** Each move of the drag, with whether it could drop there (others are shown it). */
  readonly onMove?: (clientX: number, clientY: number, canDrop: boolean) => void;
}

/** The parts of a (React or DOM) pointer event a drag starts from. */
export interface DragStartEvent {
  readonly pointerId: number;
  readonly clientX: number;
  readonly clientY: number;
  readonly button: number;
  readonly isPrimary: boolean;
  readonly currentTarget: EventTarget | null;
}

export interface PointerDrag {
  /** Ends the drag without dropping (unmount, Escape). */
  cancel(): void;
}

let active: PointerDrag | null = null;

export const GHOST_CLASS = 'panel-ghost';
export const GHOST_BLOCKED_CLASS = 'panel-ghost--blocked';

function createGhost(spec: GhostSpec): HTMLElement {
  const ghost = document.createElement('div');
  ghost.className = GHOST_CLASS;
  ghost.setAttribute('aria-hidden', 'true');
  // Layout-critical styles inline, so the ghost works before the panel CSS loads.
  Object.assign(ghost.style, {
    position: 'fixed',
    left: '0px',
    top: '0px',
    width: `${spec.width}px`,
    height: `${spec.height}px`,
    background: spec.color,
    pointerEvents: 'none',
    zIndex: '10000',
    willChange: 'transform',
  });
  const title = document.createElement('div');
  title.className = 'panel-ghost-title';
  title.textContent = spec.title;
  const subtitle = document.createElement('div');
  subtitle.className = 'panel-ghost-subtitle';
  subtitle.textContent = spec.subtitle;
  ghost.append(title, subtitle);
  return ghost;
}

/**
 * Follows one pointer from a press on a panel entry. Returns null when the
 * press cannot start a drag (secondary button, second finger, a drag already
 * running).
 */
export function startPointerDrag(
  event: DragStartEvent,
  options: PointerDragOptions,
): PointerDrag | null {
  if (!isDragButton(event) || active) return null;
  const start = { x: event.clientX, y: event.clientY };
  const { pointerId } = event;
  const source = event.currentTarget instanceof Element ? event.currentTarget : null;
  try {
    // Keeps the stream of moves coming when the pointer leaves the row or the window.
    source?.setPointerCapture(pointerId);
  } catch {
    // Not an active pointer (synthetic events): the window listeners still see the moves.
  }

  let ghost: HTMLElement | null = null;
  let previousCursor = '';

  const place = (x: number, y: number) => {
    if (!ghost) return;
    const left = x - options.ghost.width / 2;
    const top = y - options.ghost.height / 2;
    ghost.style.transform = `translate3d(${left}px, ${top}px, 0) rotate(-2deg)`;
    const can = options.canDrop(x, y);
    ghost.classList.toggle(GHOST_BLOCKED_CLASS, !can);
    options.onMove?.(x, y, can);
  };

  const finish = () => {
    window.removeEventListener('pointermove', onMove, true);
    window.removeEventListener('pointerup', onUp, true);
    window.removeEventListener('pointercancel', onPointerCancel, true);
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('blur', cancel);
    try {
      if (source?.hasPointerCapture(pointerId)) source.releasePointerCapture(pointerId);
    } catch {
      // Already released by the browser.
    }
    if (ghost) {
      ghost.remove();
      document.body.style.cursor = previousCursor;
    }
    ghost = null;
    if (active === handle) active = null;
  };

  function onMove(e: PointerEvent) {
    if (e.pointerId !== pointerId) return;
    const point = { x: e.clientX, y: e.clientY };
    if (!ghost) {
      if (!passedThreshold(start, point)) return;
      ghost = createGhost(options.ghost);
      document.body.append(ghost);
      previousCursor = document.body.style.cursor;
      document.body.style.cursor = 'grabbing';
    }
    e.preventDefault();
    place(point.x, point.y);
  }

  function onUp(e: PointerEvent) {
    if (e.pointerId !== pointerId) return;
    const dragged = ghost !== null;
    finish();
    if (!dragged) options.onClick?.();
    else if (options.canDrop(e.clientX, e.clientY)) options.onDrop(e.clientX, e.clientY);
    else options.onCancel?.();
  }

  function cancel() {
    const dragged = ghost !== null;
    finish();
    if (dragged) options.onCancel?.();
  }

  function onPointerCancel(e: PointerEvent) {
    // The browser took the gesture (e.g. the list scrolls under a finger).
    if (e.pointerId === pointerId) cancel();
  }

  function onKey(e: KeyboardEvent) {
    // Before the threshold nothing is being dragged, so Escape is not ours.
    if (e.key !== 'Escape' || !ghost) return;
    // Only this drag hears the Escape; the canvas must not also clear its selection.
    e.preventDefault();
    e.stopPropagation();
    cancel();
  }

  window.addEventListener('pointermove', onMove, true);
  window.addEventListener('pointerup', onUp, true);
  window.addEventListener('pointercancel', onPointerCancel, true);
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('blur', cancel);
  const handle: PointerDrag = { cancel };
  active = handle;
  return handle;
}

/** Whether a press landed on a control of the row (its buttons start no drag). */
export function isOnControl(target: EventTarget | null, row: Element): boolean {
  if (!(target instanceof Element)) return false;
  const control = target.closest('button, input, select, textarea, a, label');
  return control !== null && row.contains(control);
}
