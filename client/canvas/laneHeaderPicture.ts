import { LANE_WIDTH } from '../../shared/layout.ts';
import { FONT_FAMILY, layoutLines, measureText } from './textLayout.ts';

/**
 * The PNG picture's lane header below the title (Lane.tsx): the sub-theme's lines, then the
 * date line and the location on the lines left to the header's foot, so that a long location
 * wraps there instead of running out at the lane's edge. The picture has no buttons, so the
 * minutes stand at the title row's right end.
 */

const SUBTITLE_Y = 46;
const SUBTITLE_STEP = 15 * 1.25;
/** The header's foot, less the room its lines keep above the content box. */
const FOOT = 142;
export const PICTURE_META_LINE = 1.15;
const META_STEP = 15 * PICTURE_META_LINE;
/** The minutes line's font (Lane's bold 16), measured for the title's row. */
const MINUTES_FONT = `bold 16px ${FONT_FAMILY}`;

/** The date line's box: from below the sub-theme's lines (none, one or two) to the foot. */
export function pictureMetaBox(subtitle: { readonly text: string; readonly hint: boolean }): {
  readonly y: number;
  readonly height: number;
} {
  const font = `${subtitle.hint ? 'italic ' : ''}15px ${FONT_FAMILY}`;
  const style = {
    font,
    width: LANE_WIDTH - 28,
    maxLines: 2,
    wrap: 'word',
    ellipsis: true,
  } as const;
  const lines = subtitle.text === '' ? 0 : layoutLines(subtitle.text, style, measureText).length;
  const y = SUBTITLE_Y + lines * SUBTITLE_STEP + (lines > 0 ? 4 : 0);
  return { y, height: Math.floor((FOOT - y) / META_STEP) * META_STEP };
}

export function minutesWidth(minutes: string): number {
  return measureText(minutes, MINUTES_FONT);
}

/** What the PNG picture's lane headers need, handed to the lanes while it is taken (controller). */
export const PICTURE_HEADER = {
  metaBox: pictureMetaBox,
  minutesWidth,
  metaLine: PICTURE_META_LINE,
} as const;

export type PictureHeader = typeof PICTURE_HEADER;
