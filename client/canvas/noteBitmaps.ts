import { NOTE_HEIGHT as H, NOTE_WIDTH as W } from '../../shared/layout.ts';
import { drawNote } from './drawNote.ts';
import type { NoteLook } from './noteLook.ts';

/**
 * Post-its drawn from a bitmap per look and scale.
 *
 * Drawing a post-it means a few rounded rectangles and up to a dozen
 * fillText calls, and a pan redraws every post-it in view each frame: that
 * was a third of the main thread's time while panning the opening view. A
 * post-it whose look, scale and sub-pixel phase have not changed is one
 * drawImage instead, on whole device pixels at the phase it was drawn at, so
 * it matches drawing directly pixel for pixel (the stage moves by whole
 * device pixels: controller.ts). Bitmaps are made in idle time; until then,
 * at a new zoom and in the PNG export, post-its are drawn directly.
 */

/** Badges and the shadow reach past the post-it's edge (board units). */
const PAD = 12;
/** Device pixels of all bitmaps together (4 bytes each): ~48 MB. */
const BUDGET_PIXELS = 12_000_000;
/** Canvases of dropped bitmaps, reused: a new canvas and 2D context cost more than a resize. */
const POOL_SIZE = 32;

/**
 * Scale and sub-pixel phase of a post-it's origin on the device grid: a
 * bitmap drawn at the same phase puts every glyph where drawing directly
 * would (a pan moves by whole pixels and keeps the phase).
 */
interface Placement {
  readonly scale: number;
  readonly phaseX: number;
  readonly phaseY: number;
}

interface Bitmap extends Placement {
  readonly canvas: HTMLCanvasElement;
  /** Where the post-it's origin lies in the bitmap (device pixels). */
  readonly offset: number;
  readonly pixels: number;
}

/** Least recently drawn first (a Map keeps insertion order). */
const bitmaps = new Map<NoteLook, Bitmap>();
let totalPixels = 0;
const pool: HTMLCanvasElement[] = [];
/**
 * Post-its drawn directly that want a bitmap at this scale: made in idle
 * time, never in a frame (a bitmap costs about two direct draws to make), so
 * a pan bringing many post-its into view or the first frame after a zoom
 * costs what drawing them directly costs.
 */
const wanted = new Map<NoteLook, Placement>();
let idleScheduled = false;
/** Keep at least this much of an idle period free (ms). */
const IDLE_MARGIN_MS = 3;

function forget(look: NoteLook, bitmap: Bitmap): void {
  bitmaps.delete(look);
  totalPixels -= bitmap.pixels;
  if (pool.length < POOL_SIZE) {
    pool.push(bitmap.canvas);
  } else {
    // Frees the pixels now rather than at the next garbage collection.
    bitmap.canvas.width = 0;
    bitmap.canvas.height = 0;
  }
}

function samePlacement(a: Placement, b: Placement): boolean {
  return (
    a.scale === b.scale &&
    Math.abs(a.phaseX - b.phaseX) < 1e-3 &&
    Math.abs(a.phaseY - b.phaseY) < 1e-3
  );
}

function render(look: NoteLook, placement: Placement): Bitmap | null {
  const { scale, phaseX, phaseY } = placement;
  const offset = Math.ceil(PAD * scale);
  const canvas = pool.pop() ?? document.createElement('canvas');
  // Setting the size also clears a reused canvas.
  canvas.width = Math.ceil(W * scale) + 2 * offset;
  canvas.height = Math.ceil(H * scale) + 2 * offset;
  const context = canvas.getContext('2d');
  if (context === null) return null;
  context.setTransform(scale, 0, 0, scale, offset + phaseX, offset + phaseY);
  drawNote(context, look);
  const pixels = canvas.width * canvas.height;
  totalPixels += pixels;
  for (const [oldLook, old] of bitmaps) {
    if (totalPixels <= BUDGET_PIXELS) break;
    forget(oldLook, old);
  }
  return { ...placement, canvas, offset, pixels };
}

const whenIdle: (work: (deadline: IdleDeadline) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (work) => requestIdleCallback(work, { timeout: 500 })
    : (work) => setTimeout(() => work({ didTimeout: true, timeRemaining: () => 8 }), 50);

function makeWanted(deadline: IdleDeadline): void {
  idleScheduled = false;
  for (const [look, placement] of wanted) {
    if (deadline.timeRemaining() < IDLE_MARGIN_MS && !deadline.didTimeout) break;
    wanted.delete(look);
    const old = bitmaps.get(look);
    if (old !== undefined && samePlacement(old, placement)) continue;
    if (old !== undefined) forget(look, old);
    const made = render(look, placement);
    if (made !== null) bitmaps.set(look, made);
    if (deadline.didTimeout) break;
  }
  if (wanted.size > 0) scheduleIdle();
}

function scheduleIdle(): void {
  if (idleScheduled) return;
  idleScheduled = true;
  whenIdle(makeWanted);
}

/** Post-its asked for a bitmap recently; older wishes are dropped beyond this. */
const MAX_WANTED = 400;

function want(look: NoteLook, placement: Placement): void {
  wanted.delete(look);
  wanted.set(look, placement);
  if (wanted.size > MAX_WANTED) {
    const oldest = wanted.keys().next();
    if (!oldest.done) wanted.delete(oldest.value);
  }
  scheduleIdle();
}

/** Draws the post-it at the context's origin, from its bitmap when the scale allows. */
export function drawNoteFromBitmap(context: CanvasRenderingContext2D, look: NoteLook): void {
  const m = context.getTransform();
  const scale = m.a;
  // Only plain scale-and-move transforms, and not absurdly large post-its.
  if (m.b !== 0 || m.c !== 0 || m.d !== scale || scale <= 0 || W * scale > 2048) {
    drawNote(context, look);
    return;
  }
  const x = Math.floor(m.e);
  const y = Math.floor(m.f);
  const placement = { scale, phaseX: m.e - x, phaseY: m.f - y };
  const bitmap = bitmaps.get(look);
  if (bitmap === undefined || !samePlacement(bitmap, placement)) {
    drawNote(context, look);
    want(look, placement);
    return;
  }
  // Most recently drawn last.
  bitmaps.delete(look);
  bitmaps.set(look, bitmap);
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(bitmap.canvas, x - bitmap.offset, y - bitmap.offset);
  context.restore();
}
