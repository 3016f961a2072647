import { NOTE_HEIGHT as H, NOTE_WIDTH as W } from '../../shared/layout.ts';
import { flowTexts, type NoteLook, type TextBlock } from './noteLook.ts';
import { FONT_FAMILY, layoutLines, measureText } from './textLayout.ts';

const SHADOW = 'rgba(60,50,30,0.16)';
const RADIUS = 3;

type Radii = number | [number, number, number, number];

function fillRoundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  width: number,
  height: number,
  radii: Radii,
  fill: string,
): void {
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, radii);
  ctx.fillStyle = fill;
  ctx.fill();
}

function blockFont(block: TextBlock): string {
  return `${block.fontStyle === 'normal' ? '' : `${block.fontStyle} `}${block.fontSize}px ${FONT_FAMILY}`;
}

/** A block's lines, laid out once per distinct text and box (textLayout.ts). */
export function blockLines(block: TextBlock): readonly string[] {
  if (block.text === '') return [];
  const step = block.fontSize * block.lineHeight;
  const maxLines = Math.max(1, Math.floor((block.height + 0.5) / step));
  const style = { width: block.width, maxLines, wrap: block.wrap, ellipsis: block.ellipsis };
  return layoutLines(block.text, { font: blockFont(block), ...style }, measureText);
}

/** A block's text, drawn with fillText. */
export function drawText(ctx: CanvasRenderingContext2D, block: TextBlock): void {
  if (block.text === '') return;
  const step = block.fontSize * block.lineHeight;
  const lines = blockLines(block);
  ctx.font = blockFont(block);
  ctx.fillStyle = block.fill;
  ctx.textBaseline = 'middle';
  ctx.textAlign = block.align;
  const x = block.x + (block.align === 'center' ? block.width / 2 : 0);
  lines.forEach((line, index) => ctx.fillText(line, x, block.y + index * step + step / 2));
}

/**
 * One post-it, drawn by one canvas shape: a few hundred Konva nodes fewer per
 * screenful than a group of rectangles and texts, which is what opening a big
 * board, zooming and dropping spent their time on.
 */
export function drawNote(ctx: CanvasRenderingContext2D, look: NoteLook): void {
  // A cheap offset rectangle instead of a blurred shadow: no per-frame shadow cost.
  fillRoundRect(ctx, 2, 3, W, H, RADIUS, SHADOW);
  ctx.beginPath();
  ctx.roundRect(0, 0, W, H, RADIUS);
  ctx.fillStyle = look.fill;
  ctx.fill();
  ctx.lineWidth = look.strokeWidth;
  ctx.strokeStyle = look.stroke;
  ctx.stroke();
  if (look.accent !== null) fillRoundRect(ctx, 0, 0, 5, H, [RADIUS, 0, 0, RADIUS], look.accent);
  if (look.header !== null) fillRoundRect(ctx, 0, 0, W, 6, [RADIUS, RADIUS, 0, 0], look.header);
  for (const block of flowTexts(look.texts, (text) => blockLines(text).length))
    drawText(ctx, block);
  if (look.core !== null) {
    const { x, y, fill, label } = look.core;
    fillRoundRect(ctx, x, y, label.width, label.height, label.height / 2, fill);
    drawText(ctx, label);
  }
  if (look.warning !== null) {
    const { x, y, fill, label } = look.warning;
    const radius = label.width / 2;
    ctx.beginPath();
    ctx.arc(x + radius, y + radius, radius, 0, Math.PI * 2);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    drawText(ctx, label);
  }
}
