import { layoutLines, type Measure } from './textLayout.ts';

/**
 * A PNG's board title in lines no wider than `maxWidth`, broken as a post-it's text is
 * (textLayout.ts: between words, a word too wide for a line between letters), none for an
 * empty title. A long title was cut with an ellipsis at the image's edge; the image's band
 * grows with the lines instead.
 */
export function titleLines(
  text: string,
  font: string,
  maxWidth: number,
  measure: Measure,
): readonly string[] {
  const title = text.trim();
  if (title === '') return [];
  const style = { font, width: maxWidth, wrap: 'word', ellipsis: false } as const;
  return layoutLines(title, { ...style, maxLines: Number.MAX_SAFE_INTEGER }, measure);
}
