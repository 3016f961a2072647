import type { Lang } from './i18n/lang.ts';
import { PANEL_STRINGS } from './i18n/panels.ts';
import { PLAN_UI_STRINGS } from './i18n/plan-ui.ts';
import { translate } from './i18n/translate.ts';

/**
 * How a meeting's start and a duration read wherever the board, the plan, its
 * checks and its files write them as text, so that they never differ: the
 * board's lane headers said "09:00" where the plan said "kl. 09.00", the
 * checks "2 timer og 30 minutter" where the plan said "150 min.".
 */

/**
 * A start time ("HH:MM", as stored) as a reader's language writes it: Danish
 * "kl. 9.00", "kl. 13.30" (a dot, the hour without a leading zero, as
 * Dansk Sprognævn writes it); English "09:00", "13:30". A damaged value is
 * shown as stored.
 */
export function formatClockTime(time: string, lang: Lang): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (match === null) return time;
  const [, hh = '', minutes = ''] = match;
  const hours = lang === 'da' ? String(Number(hh)) : hh.padStart(2, '0');
  return translate(PLAN_UI_STRINGS.atTime, lang, { hours, minutes });
}

/**
 * A duration in minutes, the unit every duration is typed in (a meeting's
 * "Varighed (min.)", a form's minutes) and the plan adds forms up in:
 * "150 min.", in English "150 min".
 */
export function formatDuration(minutes: number, lang: Lang): string {
  return translate(PANEL_STRINGS.minutesShort, lang, { minutes });
}
