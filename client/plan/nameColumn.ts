import { useLayoutEffect, useRef } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { planParticipantLabel } from '../../shared/plan-labels.ts';
import type { PlanMeeting } from '../../shared/plan.ts';

/**
 * The participant column is wide enough for the plan's longest word
 * (`--plan-name-word`, plan.css), so a name breaks between its words:
 * "Socialforvaltninge|n" beside both side panels at 1366 px was cut because
 * the column (28 % of the plan) was narrower than the word. A table's fixed
 * layout (every meeting's columns aligned, steady while rows window in and
 * out) cannot size a column by its content, so the word is measured here,
 * over the whole plan, in the cells' font. plan.css caps the column, beyond
 * which a word still breaks where it must.
 */

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

function measure(word: string, font: string): number {
  const key = `${font}\u0000${word}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return 0;
  if (context.font !== font) context.font = font;
  const width = context.measureText(word).width;
  // Bounded: a long session types many names.
  if (widths.size > 5_000) widths.clear();
  widths.set(key, width);
  return width;
}

/** The widest word of the plan's participant labels, in `font` (px). */
export function widestNameWord(
  meetings: readonly PlanMeeting[],
  lang: Lang,
  font: string,
  measureWord: (word: string, font: string) => number = measure,
): number {
  let widest = 0;
  for (const meeting of meetings) {
    for (const row of meeting.rows) {
      for (const word of planParticipantLabel(row, lang).split(/\s+/)) {
        if (word !== '') widest = Math.max(widest, measureWord(word, font));
      }
    }
  }
  return widest;
}

/** A ref for the plan's tables' container; sets `--plan-name-word` on it after each change. */
export function useNameColumnWidth(meetings: readonly PlanMeeting[], lang: Lang) {
  const ref = useRef<HTMLDivElement>(null);
  // The cells' font, read once: reading it after every change would recompute the page's style.
  const font = useRef('');
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    if (font.current === '') {
      const cell = table.querySelector('.plan-row td');
      if (!cell) return;
      font.current = getComputedStyle(cell).font;
    }
    const width = widestNameWord(meetings, lang, font.current);
    table.style.setProperty('--plan-name-word', `${Math.ceil(width)}px`);
  }, [meetings, lang]);
  return ref;
}
