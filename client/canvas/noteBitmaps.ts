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
/** Post-its asked for a bitmap recently; older wishes are dropped beyond this. */
const MAX_WANTED = 400;
/** Keep at least this much of an idle period free (ms). */
const IDLE_MARGIN_MS = 3;
/**
 * At most this long per idle callback: an idle period may last 50 ms, and a
 * tap or key press arriving meanwhile should not wait for all of it.
 */
const IDLE_SLICE_MS = 8;
/** Phases closer than this (device px) are the same; a position this close above a pixel is on it. */
const EPSILON = 1e-3;

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

function samePlacement(a: Placement, b: Placement): boolean {
  return (
    a.scale === b.scale &&
    Math.abs(a.phaseX - b.phaseX) < EPSILON &&
    Math.abs(a.phaseY - b.phaseY) < EPSILON
  );
}

const whenIdle: (work: (deadline: IdleDeadline) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (work) => requestIdleCallback(work, { timeout: 500 })
    : (work) => setTimeout(() => work({ didTimeout: true, timeRemaining: () => 8 }), 50);

/** The bitmaps of one canvas's notes layer; `dispose()` frees them all. */
export class NoteBitmaps {
  /** Least recently drawn first (a Map keeps insertion order). */
  private readonly bitmaps = new Map<NoteLook, Bitmap>();
  private totalPixels = 0;
  private readonly pool: HTMLCanvasElement[] = [];
  /**
   * Post-its drawn directly that want a bitmap: made in idle time, never in a
   * frame (a bitmap costs about two direct draws to make), so a pan bringing
   * many post-its into view or the first frame after a zoom costs what
   * drawing them directly costs.
   */
  private readonly wanted = new Map<NoteLook, Placement>();
  private idleScheduled = false;

  /** Draws the post-it at the context's origin, from its bitmap when it has one for this placement. */
  draw(context: CanvasRenderingContext2D, look: NoteLook): void {
    const m = context.getTransform();
    const scale = m.a;
    // Only plain scale-and-move transforms, and not absurdly large post-its.
    if (m.b !== 0 || m.c !== 0 || m.d !== scale || scale <= 0 || W * scale > 2048) {
      drawNote(context, look);
      return;
    }
    const x = Math.floor(m.e + EPSILON);
    const y = Math.floor(m.f + EPSILON);
    const placement = { scale, phaseX: Math.max(0, m.e - x), phaseY: Math.max(0, m.f - y) };
    const bitmap = this.bitmaps.get(look);
    if (bitmap === undefined || !samePlacement(bitmap, placement)) {
      drawNote(context, look);
      this.want(look, placement);
      return;
    }
    // Most recently drawn last.
    this.bitmaps.delete(look);
    this.bitmaps.set(look, bitmap);
    context.save();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.drawImage(bitmap.canvas, x - bitmap.offset, y - bitmap.offset);
    context.restore();
  }

  /** A look that will not be drawn again (its post-it changed or left the view). */
  forget(look: NoteLook): void {
    this.wanted.delete(look);
    const bitmap = this.bitmaps.get(look);
    if (bitmap !== undefined) this.drop(look, bitmap);
  }

  /** Frees every bitmap (the canvas unmounts); the cache starts empty if used again. */
  dispose(): void {
    this.wanted.clear();
    for (const [look, bitmap] of this.bitmaps) this.drop(look, bitmap);
    for (const canvas of this.pool.splice(0)) free(canvas);
  }

  private drop(look: NoteLook, bitmap: Bitmap): void {
    this.bitmaps.delete(look);
    this.totalPixels -= bitmap.pixels;
    if (this.pool.length < POOL_SIZE) this.pool.push(bitmap.canvas);
    else free(bitmap.canvas);
  }

  private want(look: NoteLook, placement: Placement): void {
    this.wanted.delete(look);
    this.wanted.set(look, placement);
    if (this.wanted.size > MAX_WANTED) {
      const oldest = this.wanted.keys().next();
      if (!oldest.done) this.wanted.delete(oldest.value);
    }
    if (this.idleScheduled) return;
    this.idleScheduled = true;
    whenIdle(this.makeWanted);
  }

  private readonly makeWanted = (deadline: IdleDeadline): void => {
    this.idleScheduled = false;
    const end = performance.now() + IDLE_SLICE_MS;
    for (const [look, placement] of this.wanted) {
      if (deadline.timeRemaining() < IDLE_MARGIN_MS && !deadline.didTimeout) break;
      if (performance.now() > end) break;
      this.wanted.delete(look);
      const old = this.bitmaps.get(look);
      if (old !== undefined && samePlacement(old, placement)) continue;
      if (old !== undefined) this.drop(look, old);
      const made = this.render(look, placement);
      if (made !== null) this.bitmaps.set(look, made);
      if (deadline.didTimeout) break;
    }
    if (this.wanted.size > 0 && !this.idleScheduled) {
      this.idleScheduled = true;
      whenIdle(this.makeWanted);
    }
  };

  private render(look: NoteLook, placement: Placement): Bitmap | null {
    const { scale, phaseX, phaseY } = placement;
    const offset = Math.ceil(PAD * scale);
    const canvas = this.pool.pop() ?? document.createElement('canvas');
    // Setting the size also clears a reused canvas.
    canvas.width = Math.ceil(W * scale) + 2 * offset;
    canvas.height = Math.ceil(H * scale) + 2 * offset;
    const context = canvas.getContext('2d');
    if (context === null) return null;
    context.setTransform(scale, 0, 0, scale, offset + phaseX, offset + phaseY);
    drawNote(context, look);
    const pixels = canvas.width * canvas.height;
    this.totalPixels += pixels;
    for (const [oldLook, old] of this.bitmaps) {
      if (this.totalPixels <= BUDGET_PIXELS) break;
      this.drop(oldLook, old);
    }
    return { ...placement, canvas, offset, pixels };
  }
}

/** Frees a canvas's pixels now rather than at the next garbage collection. */
function free(canvas: HTMLCanvasElement): void {
  canvas.width = 0;
  canvas.height = 0;
}
