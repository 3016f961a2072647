import { useLayoutEffect, useRef } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { planParticipantLabel } from '../../shared/plan-labels.ts';
import type { PlanMeeting } from '../../shared/plan.ts';
// The board's measure, cached per font and text: the plan measures the same words after every change.
import { measureText } from '../canvas/textLayout.ts';

/**
 * The participant column is wide enough for the plan's longest word
 * (`--plan-name-word`, planTable.css), so a name breaks between its words:
 * "Socialforvaltninge|n" beside both side panels at 1366 px was cut because
 * the column (28 % of the plan) was narrower than the word. A table's fixed
 * layout (every meeting's columns aligned, steady while rows window in and
 * out) cannot size a column by its content, so the word is measured here,
 * over the whole plan, in the cells' font. planTable.css caps the column, beyond
 * which a word still breaks where it must.
 */

type Measure = (text: string, font: string) => number;

/** Labels whose widest word is kept, beyond which the cache starts again. */
const LABELS_KEPT = 20_000;

/**
 * The widest word of the plan's participant labels, in `font` (px). A meeting
 * the live projector kept (the same object: no change in its lane) is not
 * read again, so after a drop only the meetings it changed are (3,000 rows
 * otherwise, after every move); and a label already seen is not split and
 * measured again (a changed meeting's rows are new objects, but their labels
 * are the same people's: ~500 rows of two meetings at each drop of the bench).
 */
export function createNameWordMeasure(measure: Measure = measureText) {
  const byMeeting = new WeakMap<PlanMeeting, { readonly key: string; readonly width: number }>();
  const byLabel = new Map<string, number>();
  let labelsKey = '';
  const widestWord = (label: string, font: string) => {
    let width = byLabel.get(label);
    if (width !== undefined) return width;
    width = 0;
    for (const word of label.split(/\s+/)) {
      if (word !== '') width = Math.max(width, measure(word, font));
    }
    if (byLabel.size >= LABELS_KEPT) byLabel.clear();
    byLabel.set(label, width);
    return width;
  };
  const widestIn = (meeting: PlanMeeting, lang: Lang, font: string) => {
    const key = `${lang} ${font}`;
    const kept = byMeeting.get(meeting);
    if (kept?.key === key) return kept.width;
    if (key !== labelsKey) {
      byLabel.clear();
      labelsKey = key;
    }
    let width = 0;
    for (const row of meeting.rows) {
      width = Math.max(width, widestWord(planParticipantLabel(row, lang), font));
    }
    byMeeting.set(meeting, { key, width });
    return width;
  };
  return (meetings: readonly PlanMeeting[], lang: Lang, font: string) =>
    meetings.reduce((widest, meeting) => Math.max(widest, widestIn(meeting, lang, font)), 0);
}

/** A ref for the plan's tables' container; sets `--plan-name-word` on it after each change. */
export function useNameColumnWidth(meetings: readonly PlanMeeting[], lang: Lang) {
  const ref = useRef<HTMLDivElement>(null);
  const widest = useRef<ReturnType<typeof createNameWordMeasure>>(null);
  useLayoutEffect(() => {
    // The cells' font, as their table gives it to them: a windowed plan has no row yet in its
    // first commit, and waiting for one left the column unset until the first change (whose
    // frame then restyled the whole plan: ~1,000 elements at 3,000 notes).
    const table = ref.current?.querySelector('.plan-rows');
    if (!ref.current || !table) return;
    widest.current ??= createNameWordMeasure();
    const width = `${Math.ceil(widest.current(meetings, lang, getComputedStyle(table).font))}px`;
    // Unchanged (most drops): the plan's styles are left alone.
    const { style } = ref.current;
    if (style.getPropertyValue('--plan-name-word') !== width)
      style.setProperty('--plan-name-word', width);
  }, [meetings, lang]);
  return ref;
}
