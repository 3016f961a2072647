import type { Rect } from '../../shared/layout.ts';
import type { Konva } from './konva.ts';
import { titleLines } from './titleLines.ts';

const PADDING = 32;
/** The title's line pitch, and the room the band above the board keeps below its lines. */
const TITLE_LINE = 40;
const TITLE_BELOW = 24;
const TITLE_FONT = '600 32px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const TITLE_COLOR = '#1f2328';
/** Browsers refuse canvases much beyond this side length. */
const MAX_CANVAS_SIDE = 16_000;

/**
 * PNG of the whole board under its title. The caller has rendered the notes
 * layer in full detail without culling (and the lanes' buttons off) and committed
 * it (flushSync, controller.ts); we draw the stage at zoom 1 over the board's
 * bounds, and the caller puts the camera back (issue 5: all lanes, 2×).
 */
export async function exportBoardPng(
  stage: Konva.Stage,
  bounds: Rect,
  pixelRatio: number,
  title: string,
  // Given, not imported: this module is loaded on first use, and an import of
  // the board's modules would split them into chunks of their own.
  look: { readonly background: string; readonly transientLayer: string },
): Promise<Blob> {
  const width = bounds.width + PADDING * 2;
  const lines = titleLines(title, TITLE_FONT, width - PADDING * 2, measureTitle);
  const band = lines.length === 0 ? 0 : lines.length * TITLE_LINE + TITLE_BELOW;
  const height = bounds.height + PADDING * 2 + band;
  const ratio = Math.max(
    0.1,
    Math.min(pixelRatio, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height),
  );
  const transient = stage.getLayers().filter((layer) => layer.name() === look.transientLayer);
  for (const layer of transient) layer.visible(false);
  stage.position({ x: -bounds.x + PADDING, y: -bounds.y + PADDING + band });
  stage.scale({ x: 1, y: 1 });
  try {
    const drawn = stage.toCanvas({ x: 0, y: 0, width, height, pixelRatio: ratio });
    const canvas = document.createElement('canvas');
    canvas.width = drawn.width;
    canvas.height = drawn.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.fillStyle = look.background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(drawn, 0, 0);
    if (band > 0) {
      const scale = canvas.width / width;
      ctx.save();
      ctx.scale(scale, scale);
      ctx.font = TITLE_FONT;
      ctx.fillStyle = TITLE_COLOR;
      ctx.textBaseline = 'middle';
      lines.forEach((line, index) =>
        ctx.fillText(line, PADDING, PADDING + TITLE_LINE / 2 + 4 + index * TITLE_LINE),
      );
      ctx.restore();
    }
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
        'image/png',
      ),
    );
  } finally {
    for (const layer of transient) layer.visible(true);
  }
}

let measuring: CanvasRenderingContext2D | null = null;

/** A text's width in `font`. */
function measureTitle(text: string, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 18;
  measuring.font = font;
  return measuring.measureText(text).width;
}
