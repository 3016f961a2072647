import { NOTE_WIDTH } from '../../shared/layout.ts';
import { FONT_FAMILY } from './textLayout.ts';

/**
 * How big a name tag of the presence layer (someone's cursor, drag or open
 * editor) is drawn at a zoom. The tags are drawn at screen size; zoomed out
 * (a projector's or whiteboard's whole board, ~29 %, where a post-it is ~52 px
 * wide) a 110 px "✎ Tablet-Anne" covered the neighbouring post-its. A tag now
 * takes no more than one post-it's width on screen: the whole name where it
 * fits (from half size up), else a smaller tag with the whole name, else its initials ("✎ TA":
 * tablets at a workshop are named "Tablet-Anne", "Tablet-Bo", and a name cut
 * short would say "Tab…" for each), else the name cut short ("✎ Met…"), else
 * only the first character (the pencil, an initial), else nothing (the
 * outline in the user's colour still says someone is on the post-it).
 */

const FULL = { fontPx: 13, padding: 5 } as const;
/** The post-its' titles are 11 px on screen when zoomed out (lodLabels.ts): as readable as they. */
const SMALL = { fontPx: 11, padding: 3 } as const;
const ELLIPSIS = '…';
/**
 * Below this zoom a tag is always the small one, on its post-it: 23 px high
 * above or under a post-it half as tall as at 100 % or less, a full tag covers
 * most of the post-it above or below it even when its width fits.
 */
export const SMALL_TAG_BELOW_ZOOM = 0.5;

export type Measure = (text: string, font: string) => number;

export interface TagFit {
  /** What the tag says; '' when it is not drawn. */
  readonly text: string;
  readonly font: string;
  readonly padding: number;
  /** CSS px on screen. */
  readonly width: number;
  readonly height: number;
  /** The smaller tag, which sits on its own post-it's bottom edge rather than beside it. */
  readonly small: boolean;
}

const fontOf = (px: number) => `bold ${px}px ${FONT_FAMILY}`;

function sized(text: string, style: typeof FULL | typeof SMALL, measure: Measure): TagFit {
  const font = fontOf(style.fontPx);
  const height = style.fontPx + 2 * style.padding;
  // A single character is a square chip: a coloured dot with the pencil or initial.
  const width = Math.max(
    [...text].length === 1 ? height : 0,
    Math.ceil(measure(text, font)) + 2 * style.padding,
  );
  return { text, font, padding: style.padding, width, height, small: style === SMALL };
}

/** "Tablet-Anne" → "TA", "Jens Jensen" → "JJ"; null for a name of one word. */
function initials(name: string): string | null {
  const words = name.split(/[\s\-–]+/u).filter((word) => word !== '');
  if (words.length < 2) return null;
  return words
    .slice(0, 3)
    .map((word) => [...word][0]?.toUpperCase() ?? '')
    .join('');
}

/**
 * The tag for `prefix` (a "✎ ", or '') and `name` at `zoom`: as before at
 * 100 % and closer, or where it fits a post-it's width.
 */
export function fitTag(prefix: string, name: string, zoom: number, measure: Measure): TagFit {
  const whole = `${prefix}${name}`;
  const full = sized(whole, FULL, measure);
  const room = NOTE_WIDTH * zoom;
  if (zoom >= 1 || (zoom >= SMALL_TAG_BELOW_ZOOM && full.width <= room)) return full;
  const short = initials(name);
  const chars = [...name];
  const candidates = [whole, ...(short === null ? [] : [`${prefix}${short}`])];
  for (let n = chars.length - 1; n >= 1; n--) {
    candidates.push(`${prefix}${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`);
  }
  for (const text of candidates) {
    const fit = sized(text, SMALL, measure);
    if (fit.width <= room) return fit;
  }
  const chip = sized([...(prefix.trim() || name)][0] ?? '', SMALL, measure);
  return chip.width <= room ? chip : { ...chip, text: '', width: 0, height: 0 };
}
