import type { Rect } from '../../shared/layout.ts';

/**
 * While the wheel or a pinch zooms, the post-its are not drawn in full at
 * every step: the notes layer shows a picture of itself taken when the zoom
 * began, scaled with the camera, and the notes that were off screen then as
 * plain rectangles. Drawing every visible post-it's text again at each new
 * scale is what made a zoom step slow (p95 ~30 ms at 3,000 notes). Once the
 * zoom rests, the post-its are drawn in full at the new scale.
 */
export class ZoomPicture {
  private canvas: HTMLCanvasElement | null = null;
  /** The board rectangle the picture shows; null when there is no picture. */
  private shows: Rect | null = null;

  get rect(): Rect | null {
    return this.shows;
  }

  /** Copies the layer's canvas, which shows `rect` of the board right now. */
  take(source: HTMLCanvasElement, rect: Rect): void {
    const canvas = (this.canvas ??= document.createElement('canvas'));
    canvas.width = source.width;
    canvas.height = source.height;
    const context = canvas.getContext('2d');
    if (context === null || source.width === 0 || source.height === 0) return;
    context.drawImage(source, 0, 0);
    this.shows = rect;
  }

  /** Draws the picture in board coordinates (the context carries the camera). */
  draw(context: CanvasRenderingContext2D): void {
    const rect = this.shows;
    if (rect === null || this.canvas === null) return;
    context.drawImage(this.canvas, rect.x, rect.y, rect.width, rect.height);
  }

  /** Drops the picture and its memory (a screenful of pixels). */
  clear(): void {
    this.shows = null;
    if (this.canvas !== null) {
      this.canvas.width = 0;
      this.canvas.height = 0;
    }
  }
}
