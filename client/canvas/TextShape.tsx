import { memo, useCallback } from 'react';
import { drawText } from './drawNote.ts';
import type { Konva } from './konva.ts';
import { Shape } from './konva.ts';
import type { TextBlock } from './noteLook.ts';

export type TextShapeProps = Pick<TextBlock, 'width' | 'text' | 'fontSize' | 'fill'> &
  Partial<
    Pick<
      TextBlock,
      'x' | 'y' | 'height' | 'fontStyle' | 'lineHeight' | 'wrap' | 'ellipsis' | 'align'
    >
  >;

/**
 * A line or box of board text (lane headers, the parking area), drawn like a
 * post-it's text: laid out once per distinct text and box. Konva's Text lays
 * its text out again for every attribute set, about 40 times per lane header
 * when a board opens.
 */
export const TextShape = memo(function TextShape(props: TextShapeProps) {
  const {
    x = 0,
    y = 0,
    width,
    text,
    fontSize,
    fill,
    fontStyle = 'normal',
    lineHeight = 1,
    wrap = 'word',
    ellipsis = false,
    align = 'left',
  } = props;
  // No height: one line when it does not wrap, else as many lines as the text needs.
  const height =
    props.height ?? (wrap === 'none' ? fontSize * lineHeight : Number.POSITIVE_INFINITY);
  const sceneFunc = useCallback(
    (context: Konva.Context) =>
      drawText(context._context, {
        x: 0,
        y: 0,
        width,
        height,
        text,
        fontSize,
        fill,
        fontStyle,
        lineHeight,
        wrap,
        ellipsis,
        align,
      }),
    [width, height, text, fontSize, fill, fontStyle, lineHeight, wrap, ellipsis, align],
  );
  return (
    <Shape
      x={x}
      y={y}
      width={width}
      height={Number.isFinite(height) ? height : undefined}
      sceneFunc={sceneFunc}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
});
