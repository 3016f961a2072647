import { formatLongDate } from '../../shared/dates.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { isClockTime, isRealDate } from '../../shared/schema.ts';
import { formatClockTime } from '../../shared/time-text.ts';

/**
 * A meeting's date and time written out in the board's language under their inputs,
 * "12. januar 2027 · kl. 13.00": a date input shows the browser's format (a Danish board in an
 * English browser reads 01/12/2027, January or December?), which a page cannot set. Nothing
 * until a whole date or time is typed.
 */
export function WrittenOut(props: { date: string; time: string; lang: Lang }) {
  const parts = [
    isRealDate(props.date) ? formatLongDate(props.date, props.lang) : '',
    isClockTime(props.time) ? formatClockTime(props.time, props.lang) : '',
  ].filter((part) => part !== '');
  if (parts.length === 0) return null;
  return (
    <span data-testid="written-out-date" style={{ fontSize: 13, color: '#57606a' }}>
      {parts.join(' · ')}
    </span>
  );
}
