import { useLayoutEffect, useRef } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { planParticipantLabel } from '../../shared/plan-labels.ts';
import type { PlanMeeting } from '../../shared/plan.ts';
// The board's measure, cached per font and text: the plan measures the same words after every change.
import { measureText } from '../canvas/textLayout.ts';

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

/** The widest word of the plan's participant labels, in `font` (px). */
function widestNameWord(meetings: readonly PlanMeeting[], lang: Lang, font: string): number {
  let widest = 0;
  for (const meeting of meetings) {
    for (const row of meeting.rows) {
      for (const word of planParticipantLabel(row, lang).split(/\s+/)) {
        if (word !== '') widest = Math.max(widest, measureText(word, font));
      }
    }
  }
  return widest;
}

/** A ref for the plan's tables' container; sets `--plan-name-word` on it after each change. */
export function useNameColumnWidth(meetings: readonly PlanMeeting[], lang: Lang) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const cell = ref.current?.querySelector('.plan-row td');
    if (!ref.current || !cell) return;
    const width = widestNameWord(meetings, lang, getComputedStyle(cell).font);
    ref.current.style.setProperty('--plan-name-word', `${Math.ceil(width)}px`);
  }, [meetings, lang]);
  return ref;
}
