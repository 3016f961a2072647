import { memo, useCallback } from 'react';
import type { Konva } from './konva.ts';
import { Shape } from './konva.ts';
import { layoutLines, type Measure } from './textLayout.ts';

export interface TextBoxProps {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
  readonly fontFamily: string;
  readonly fontSize: number;
  readonly fontStyle?: 'normal' | 'bold' | 'italic';
  readonly fill?: string;
  readonly lineHeight?: number;
  readonly wrap?: 'word' | 'none';
  readonly ellipsis?: boolean;
  readonly align?: 'left' | 'center';
}

let measuringContext: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

const measure: Measure = (text, font) => {
  const key = `${font}\u0000${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return text.length * 7;
  measuringContext.font = font;
  const width = measuringContext.measureText(text).width;
  if (widths.size > 20_000) widths.clear();
  widths.set(key, width);
  return width;
};

/**
 * Text in a box drawn by one Konva shape: laid out once per distinct text and
 * drawn with fillText (see textLayout.ts for why not Konva's Text). Nothing
 * listens on it.
 */
export const TextBox = memo(function TextBox(props: TextBoxProps) {
  const {
    text,
    width,
    height,
    fontFamily,
    fontSize,
    fontStyle = 'normal',
    fill = '#000000',
    lineHeight = 1,
    wrap = 'word',
    ellipsis = false,
    align = 'left',
  } = props;
  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      const font = `${fontStyle === 'normal' ? '' : `${fontStyle} `}${fontSize}px ${fontFamily}`;
      const step = fontSize * lineHeight;
      const maxLines = Math.max(1, Math.floor((height + 0.5) / step));
      const lines = layoutLines(text, { font, width, maxLines, wrap, ellipsis }, measure);
      const ctx = context._context;
      ctx.font = font;
      ctx.fillStyle = fill;
      ctx.textBaseline = 'middle';
      ctx.textAlign = align;
      const x = align === 'center' ? width / 2 : 0;
      lines.forEach((line, index) => ctx.fillText(line, x, index * step + step / 2));
    },
    [text, width, height, fontFamily, fontSize, fontStyle, fill, lineHeight, wrap, ellipsis, align],
  );
  return (
    <Shape
      x={props.x ?? 0}
      y={props.y ?? 0}
      width={width}
      height={height}
      sceneFunc={sceneFunc}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
});
