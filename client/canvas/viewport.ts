import { LANE_GAP, LANE_WIDTH, PARKING_X, type Point, type Rect } from '../../shared/layout.ts';
import type { Camera } from './types.ts';

/**
 * Camera math. The camera maps board coordinates to screen (container) pixels:
 * screen = board * zoom + (x, y). It is the Konva stage's position and scale,
 * applied imperatively (never React state per frame).
 */

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 4;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

export function screenToBoard(camera: Camera, screen: Point): Point {
  return { x: (screen.x - camera.x) / camera.zoom, y: (screen.y - camera.y) / camera.zoom };
}

export function boardToScreen(camera: Camera, board: Point): Point {
  return { x: board.x * camera.zoom + camera.x, y: board.y * camera.zoom + camera.y };
}

export function boardRectToScreen(camera: Camera, rect: Rect): Rect {
  const topLeft = boardToScreen(camera, rect);
  return {
    x: topLeft.x,
    y: topLeft.y,
    width: rect.width * camera.zoom,
    height: rect.height * camera.zoom,
  };
}

/** Zooms by `factor` keeping the board point under `screen` where it is (zoom at pointer). */
export function zoomAt(camera: Camera, screen: Point, factor: number): Camera {
  const zoom = clampZoom(camera.zoom * factor);
  const anchor = screenToBoard(camera, screen);
  return { zoom, x: screen.x - anchor.x * zoom, y: screen.y - anchor.y * zoom };
}

export function panBy(camera: Camera, dx: number, dy: number): Camera {
  return { ...camera, x: camera.x + dx, y: camera.y + dy };
}

/**
 * The camera that shows all of `rect` inside `viewport`, with `padding` screen pixels around:
 * centred across, from the top down (a wide board on a tall screen, a 4K whiteboard beside the
 * plan, had a third of the screen blank above its headers, the board reading from the middle).
 */
export function fitRect(rect: Rect, viewport: Size, padding = 24, maxZoom = 1): Camera {
  const availableW = Math.max(1, viewport.width - padding * 2);
  const availableH = Math.max(1, viewport.height - padding * 2);
  const zoom = clampZoom(
    Math.min(maxZoom, availableW / Math.max(1, rect.width), availableH / Math.max(1, rect.height)),
  );
  return {
    zoom,
    x: (viewport.width - rect.width * zoom) / 2 - rect.x * zoom,
    y: padding - rect.y * zoom,
  };
}

/** Screen pixels left and above the board in the view a board opens with. */
const START_PAD = 24;
const START_TOP = 16;

/** How much of a lane the start view may show at its right edge: its border, none of its title (x 14). */
const START_EDGE_SLIVER = 12;
/**
 * The most the start view zooms in so as not to cut a header: a 1920 px whiteboard beside the
 * plan needs 101 %; an upright tablet beside the side panels would need 107 % and show one
 * meeting, where at 75 % the second, cut, is still a place to drop on.
 */
const START_MAX_ZOOM = 1.05;

/**
 * The view a board opens with: the whole board where it fits at `minZoom` or
 * more; else that zoom with the parking area at the left, or, where the
 * parking area and the first meeting do not both fit (a board beside the
 * plan), the first meeting at the left: its header's buttons (+ Kerne, ×)
 * are at its right end, and half under the plan they were of no use. For the
 * same reason the view does not end inside a later meeting's header either:
 * it zooms in (up to 105 %) until that meeting is out of view, and where that
 * leaves the parking area and one meeting, starts at the first meeting if
 * two or more then show (a 1920 px whiteboard beside the plan).
 */
export function startCamera(bounds: Rect, viewport: Size, minZoom: number): Camera {
  const fit = fitRect(bounds, viewport, START_PAD, 1);
  if (fit.zoom >= minZoom) return fit;
  const room = viewport.width - START_PAD * 2;
  const width = viewport.width - START_PAD;
  const right = bounds.x + bounds.width;
  const first = startAt(0, width, right, minZoom);
  const parking =
    (LANE_WIDTH - PARKING_X) * minZoom <= room ? startAt(PARKING_X, width, right, minZoom) : null;
  const { zoom, x, y } =
    parking === null || (parking.meetings <= 1 && first.meetings >= 2) ? first : parking;
  return { zoom, x, y };
}

/**
 * The view from board x `from` at the least zoom from `minZoom` up to
 * START_MAX_ZOOM that ends in a gap between lanes or on a sliver of the next,
 * and how many meetings it shows whole.
 */
function startAt(
  from: number,
  width: number,
  boardRight: number,
  minZoom: number,
): Camera & { meetings: number } {
  const stride = LANE_WIDTH + LANE_GAP;
  const at = (zoom: number) => {
    const edge = from + width / zoom;
    const whole = Math.floor((Math.min(edge, boardRight) + LANE_GAP) / stride);
    return { zoom, x: START_PAD - from * zoom, y: START_TOP, meetings: whole };
  };
  const edge = from + width / minZoom;
  const left = Math.floor(edge / stride) * stride;
  const cut = left >= 0 && left < boardRight && edge > left + START_EDGE_SLIVER;
  if (!cut || edge >= left + LANE_WIDTH) return at(minZoom);
  const zoom = width / (left + START_EDGE_SLIVER - from);
  return at(zoom <= START_MAX_ZOOM ? zoom : minZoom);
}

/** The camera (same zoom) that puts the board point in the middle of the viewport. */
export function centerOn(camera: Camera, board: Point, viewport: Size): Camera {
  return {
    zoom: camera.zoom,
    x: viewport.width / 2 - board.x * camera.zoom,
    y: viewport.height / 2 - board.y * camera.zoom,
  };
}

/**
 * The camera (same zoom) that centres `rect`, except that the board's top (its meetings'
 * headers, board y 0) comes no lower than the start view's 16 px: a note placed near a
 * meeting's top, from a side panel's row or the plan, left a band of blank screen above the
 * headers (150 px at 1024×768), the meeting's name pushed down. A rect above the board's
 * top (a parked note may be) is centred as it is.
 */
export function centerBelowTop(camera: Camera, rect: Rect, viewport: Size): Camera {
  const centred = centerOn(
    camera,
    { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 },
    viewport,
  );
  return rect.y < 0 ? centred : { ...centred, y: Math.min(centred.y, START_TOP) };
}

/**
 * `camera` itself when `rect` shows whole; else the camera (same zoom) moved
 * the least so that it shows, `marginPx` screen pixels clear of the edges it
 * crossed; a rect bigger than the view shows from its top left. For a note
 * one's own gesture put out of sight (a drop onto a long stack): the board
 * moves only as far as it must, not to centre it.
 */
export function scrollIntoView(camera: Camera, rect: Rect, viewport: Size, marginPx = 24): Camera {
  const screen = boardRectToScreen(camera, rect);
  // Per axis: none where the rect shows whole across it.
  const shift = (start: number, length: number, room: number) => {
    if (start >= 0 && start + length <= room) return 0;
    if (start < 0 || length > room - 2 * marginPx) return marginPx - start;
    return room - marginPx - (start + length);
  };
  const dx = shift(screen.x, screen.width, viewport.width);
  const dy = shift(screen.y, screen.height, viewport.height);
  return dx === 0 && dy === 0 ? camera : panBy(camera, dx, dy);
}

/** The board rectangle the viewport shows, grown by `marginPx` screen pixels on each side. */
export function visibleBoardRect(camera: Camera, viewport: Size, marginPx = 0): Rect {
  const topLeft = screenToBoard(camera, { x: -marginPx, y: -marginPx });
  return {
    x: topLeft.x,
    y: topLeft.y,
    width: (viewport.width + marginPx * 2) / camera.zoom,
    height: (viewport.height + marginPx * 2) / camera.zoom,
  };
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Normalises a rectangle spanned by two corners (marquee). */
export function rectFromPoints(a: Point, b: Point): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  };
}

/**
 * Wheel → camera. Ctrl/Cmd + wheel (and trackpad pinch, which browsers report
 * as ctrl + wheel) zooms at the pointer; plain wheel pans; Shift + wheel pans
 * horizontally (mouse wheels without a horizontal axis).
 */
export function wheelCamera(
  camera: Camera,
  wheel: {
    readonly deltaX: number;
    readonly deltaY: number;
    readonly deltaMode: number;
    readonly ctrlKey: boolean;
    readonly metaKey: boolean;
    readonly shiftKey: boolean;
  },
  pointer: Point,
): Camera {
  const unit = wheel.deltaMode === 1 ? 16 : wheel.deltaMode === 2 ? 400 : 1;
  const dx = wheel.deltaX * unit;
  const dy = wheel.deltaY * unit;
  if (wheel.ctrlKey || wheel.metaKey) {
    // exp keeps zoom symmetric: in then out by the same delta returns to the same zoom.
    const factor = Math.exp(-Math.max(-100, Math.min(100, dy)) * 0.0025);
    return zoomAt(camera, pointer, factor);
  }
  if (wheel.shiftKey && dx === 0) return panBy(camera, -dy, 0);
  return panBy(camera, -dx, -dy);
}
