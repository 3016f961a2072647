/**
 * Line layout for post-it text, measured once per distinct text, font and box
 * and kept in a bounded cache. Konva's Text lays its text out again for every
 * attribute set on a new node (nine times per post-it line), which made
 * creating the visible post-its the largest part of opening a big board and of
 * zooming out.
 */

/** The board's one font stack: the post-its' text, the lanes' and the PNG picture's. */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface TextStyle {
  /** CSS font shorthand, e.g. `bold 14px system-ui`. */
  readonly font: string;
  readonly width: number;
  /** Lines that fit; the last one ends with an ellipsis when text is cut. */
  readonly maxLines: number;
  readonly wrap: 'word' | 'none';
  readonly ellipsis: boolean;
}

export type Measure = (text: string, font: string) => number;

const ELLIPSIS = '…';
const CACHE_LIMIT = 4000;
const cache = new Map<string, readonly string[]>();

/** Cuts `text` so that it and an ellipsis fit `width`. */
function withEllipsis(text: string, style: TextStyle, measure: Measure): string {
  let cut = text.trimEnd();
  while (cut.length > 0 && measure(cut + ELLIPSIS, style.font) > style.width) {
    cut = cut.slice(0, -1).trimEnd();
  }
  return cut + ELLIPSIS;
}

const HYPHEN = '-';

/** The fewest letters a word broken between characters carries to the next line. */
const MIN_CARRIED = 3;

/**
 * A break that carries one or two letters reads as a typo ("Worksho-" / "p m.…" on every
 * board's first form, zoomed out): the broken line gives up letters until the next
 * carries three ("Works-" / "hop m.…"), where it keeps three itself and the next still fits.
 * Returns the carried part; the last of `parts` is shortened in place.
 */
function carryEnough(parts: string[], carried: string, style: TextStyle, measure: Measure): string {
  const letters = [...carried.replace(/-$/, '')].length;
  const broken = parts[parts.length - 1];
  if (letters >= MIN_CARRIED || broken === undefined) return carried;
  const kept = [...broken.slice(0, -HYPHEN.length)];
  const moved = MIN_CARRIED - letters;
  if (kept.length - moved < MIN_CARRIED) return carried;
  const longer = kept.slice(-moved).join('') + carried;
  if (measure(longer, style.font) > style.width) return carried;
  parts[parts.length - 1] = kept.slice(0, -moved).join('') + HYPHEN;
  return longer;
}

/**
 * A word too long for a line of its own (only then: `wrapParagraph` breaks
 * between words first). A compound breaks after its own hyphens
 * ("Walk-and-" / "talk"); a part still too long breaks between characters,
 * with a hyphen at the break ("Works-" / "hop"), as a reader expects of a cut
 * word. One measure per character, as before, and the lines are cached.
 */
function breakWord(word: string, style: TextStyle, measure: Measure): string[] {
  const parts: string[] = [];
  let part = '';
  for (const piece of word.split(/(?<=-)(?=.)/)) {
    const joined = part + piece;
    if (measure(joined, style.font) <= style.width) {
      part = joined;
      continue;
    }
    if (part !== '') parts.push(part);
    part = '';
    if (measure(piece, style.font) <= style.width) {
      part = piece;
      continue;
    }
    const before = parts.length;
    for (const char of piece) {
      // The last part needs no hyphen, but the break is made before the word's end is known;
      // the word's own hyphen needs no second one.
      const next = part + char;
      if (
        part !== '' &&
        measure(char === HYPHEN ? next : next + HYPHEN, style.font) > style.width
      ) {
        parts.push(part + HYPHEN);
        part = char;
      } else part += char;
    }
    if (parts.length > before) part = carryEnough(parts, part, style, measure);
  }
  if (part !== '') parts.push(part);
  return parts;
}

/**
 * Greedy word wrapping by word widths: each distinct word is measured once
 * (measureText keeps it per font), and a line's width is the sum of its words
 * and spaces. Measuring every growing candidate line instead ("a", "a b",
 * "a b c" …) cost one canvas measure per word of every post-it, as each
 * candidate was a new string: the largest part of laying out a screenful of
 * notes when a big board opens.
 */
function wrapParagraph(paragraph: string, style: TextStyle, measure: Measure): string[] {
  const lines: string[] = [];
  const space = measure(' ', style.font);
  let line = '';
  let lineWidth = 0;
  for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
    const wordWidth = measure(word, style.font);
    if (line !== '' && lineWidth + space + wordWidth <= style.width) {
      line = `${line} ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    if (wordWidth <= style.width) {
      line = word;
      lineWidth = wordWidth;
    } else {
      const pieces = breakWord(word, style, measure);
      line = pieces.pop() ?? '';
      lineWidth = measure(line, style.font);
      lines.push(...pieces);
    }
  }
  lines.push(line);
  return lines;
}

export function layoutLines(text: string, style: TextStyle, measure: Measure): readonly string[] {
  const key = `${style.font}\u0000${style.width}\u0000${style.maxLines}\u0000${style.wrap}\u0000${style.ellipsis}\u0000${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let lines: string[];
  if (style.wrap === 'none') {
    const single = text.replace(/\s+/g, ' ').trim();
    lines = [
      style.ellipsis && measure(single, style.font) > style.width
        ? withEllipsis(single, style, measure)
        : single,
    ];
  } else {
    const all = text.split('\n').flatMap((p) => wrapParagraph(p, style, measure));
    lines = all.slice(0, Math.max(1, style.maxLines));
    if (all.length > lines.length && style.ellipsis) {
      const last = lines.length - 1;
      lines[last] = withEllipsis(lines[last] ?? '', style, measure);
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, lines);
  return lines;
}

let measuringContext: CanvasRenderingContext2D | null = null;
/** The font last set on the measuring context: setting one costs more than measuring. */
let measuringFont = '';
/** Widths per font, then per text: no key string to build per lookup (one per word drawn). */
const widths = new Map<string, Map<string, number>>();
let widthCount = 0;

/** Text width on a canvas, remembered per font and text. */
export const measureText: Measure = (text, font) => {
  let byText = widths.get(font);
  const known = byText?.get(text);
  if (known !== undefined) return known;
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return text.length * 7;
  if (font !== measuringFont) {
    measuringContext.font = font;
    measuringFont = font;
  }
  const width = measuringContext.measureText(text).width;
  if (widthCount > 20_000) {
    widths.clear();
    widthCount = 0;
    byText = undefined;
  }
  if (!byText) {
    byText = new Map();
    widths.set(font, byText);
  }
  byText.set(text, width);
  widthCount++;
  return width;
};
