import { addDays, addMonths, daysBetween, isWorkingDay } from './dates.ts';
import { DEFAULT_LANG, type Lang } from './i18n/lang.ts';
import { TEMPLATE_FORMS } from './i18n/template.ts';
import { createId } from './ids.ts';
import {
  BOARD_FORMAT,
  BOARD_VERSION,
  isTypedDate,
  type Board,
  type Meeting,
  type PaletteForm,
} from './schema.ts';

/**
 * The default board: the paper planning tool's shape — network meetings
 * spread over the 4-month period from a chosen start date, then the final
 * meeting; an empty participant pool; a palette of common involvement forms.
 */

export const DEFAULT_NETWORK_MEETINGS = 5;
export const PERIOD_MONTHS = 4;

/**
 * How many network meetings a new board may start with: the one rule for the
 * landing page and for `POST /api/boards`. A 4-month network usually has 3–8;
 * 0 starts with only the final meeting (meetings are added as planning goes),
 * 20 allows one a week. The API has taken 0–20 from the start, so the range
 * stays that wide rather than refuse what existing callers send.
 */
export const MIN_TEMPLATE_MEETINGS = 0;
export const MAX_TEMPLATE_MEETINGS = 20;

export function isNetworkMeetingCount(count: number): boolean {
  return (
    Number.isInteger(count) && count >= MIN_TEMPLATE_MEETINGS && count <= MAX_TEMPLATE_MEETINGS
  );
}

/** A number of network meetings as typed ("5", " 12 "), or null unless the rule allows it. */
export function parseNetworkMeetingCount(text: string): number | null {
  const trimmed = text.trim();
  // Digits only: "1e1", "2.5", "+3" and "" are not what a person means by a count.
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const count = Number(trimmed);
  return isNetworkMeetingCount(count) ? count : null;
}

/**
 * A start date a new board can have: a real date in the years a typed date
 * may have (schema.ts `TYPED_YEARS`); its 4-month period then ends in a year
 * the board file holds.
 */
export const isTemplateStart: (start: string) => boolean = isTypedDate;

/** Common involvement forms ("Metodesamlingen") in a language, minutes as a starting point. */
export function commonForms(lang: Lang = DEFAULT_LANG): readonly Omit<PaletteForm, 'id'>[] {
  return TEMPLATE_FORMS.map((form) => ({
    name: form.name[lang],
    durationMinutes: form.durationMinutes,
    description: form.description[lang],
  }));
}

/** The Danish forms: every board made before the template took a language has these. */
export const COMMON_FORMS = commonForms('da');

export interface TemplateOptions {
  readonly title: string;
  /** `YYYY-MM-DD`; the period runs 4 months from here. */
  readonly start: string;
  readonly networkMeetings?: number;
  /** The language of the seeded content (the palette's forms); Danish unless given. */
  readonly lang?: Lang;
  /** For deterministic tests. */
  readonly createId?: () => string;
}

/**
 * The nearest working day within bounds, the earlier one on a tie: Saturday
 * → Friday, Sunday → Monday, Christmas Day → the 23rd.
 */
function onWorkingDay(date: string, first: string, last: string): string {
  if (isWorkingDay(date)) return date;
  for (let distance = 1; distance <= 14; distance++) {
    for (const candidate of [addDays(date, -distance), addDays(date, distance)]) {
      if (candidate >= first && candidate <= last && isWorkingDay(candidate)) return candidate;
    }
  }
  return date;
}

/**
 * The meeting dates: the first on the start date, the final on the period's
 * last day, the others evenly between, each moved to the nearest working day.
 */
export function spreadMeetingDates(start: string, end: string, count: number): string[] {
  const span = daysBetween(start, end);
  const dates: string[] = [];
  for (let i = 0; i < count; i++) {
    const offset = count === 1 ? 0 : Math.round((i * span) / (count - 1));
    dates.push(onWorkingDay(addDays(start, offset), start, end));
  }
  return dates;
}

export function createTemplateBoard(options: TemplateOptions): Board {
  const makeId = options.createId ?? (() => createId());
  const count = Math.min(
    MAX_TEMPLATE_MEETINGS,
    Math.max(
      MIN_TEMPLATE_MEETINGS,
      Math.floor(options.networkMeetings ?? DEFAULT_NETWORK_MEETINGS),
    ),
  );
  const end = addMonths(options.start, PERIOD_MONTHS);
  // Alone, the final meeting still closes the period rather than opening it.
  const dates =
    count === 0
      ? spreadMeetingDates(options.start, end, 2).slice(1)
      : spreadMeetingDates(options.start, end, count + 1);
  const meeting = (kind: Meeting['kind'], date: string | undefined): Meeting => ({
    id: makeId(),
    kind,
    subtheme: '',
    date: date ?? null,
    startTime: null,
    durationMinutes: kind === 'final' ? 180 : 150,
    location: '',
  });
  return {
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    title: options.title,
    period: { start: options.start, end },
    meetings: [
      ...dates.slice(0, count).map((date) => meeting('network', date)),
      meeting('final', dates[count]),
    ],
    people: [],
    notes: [],
    palette: commonForms(options.lang).map((form) => ({ id: makeId(), ...form })),
  };
}
