import type { Lang } from './i18n/lang.ts';

/**
 * Calendar dates as `YYYY-MM-DD` strings, computed in UTC so that the result
 * never depends on the machine's time zone.
 */

const DANISH_MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

function toUtc(date: string): Date {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** "12. januar 2027" — the Danish long form used in the plan's headings. */
export function formatDanishDate(date: string): string {
  const [y, m, d] = parts(date);
  return `${d}. ${DANISH_MONTHS[m - 1] ?? ''} ${y}`;
}

/** "12 January 2027". */
export function formatEnglishDate(date: string): string {
  const [y, m, d] = parts(date);
  return `${d} ${ENGLISH_MONTHS[m - 1] ?? ''} ${y}`;
}

/** The long form in the reader's language: "12. januar 2027", "12 January 2027". */
export function formatLongDate(date: string, lang: Lang): string {
  return lang === 'da' ? formatDanishDate(date) : formatEnglishDate(date);
}

export function addDays(date: string, days: number): string {
  const value = toUtc(date);
  value.setUTCDate(value.getUTCDate() + days);
  return fromUtc(value);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d, lastDay));
  return fromUtc(firstOfTarget);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return toUtc(date).getUTCDay();
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): string {
  return fromUtc(now);
}

/** Easter Sunday of a year (the Gregorian computus, anonymous algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Fixed days off in Denmark (with Christmas Eve and New Year's Eve, which workplaces keep free). */
const FIXED_DAYS_OFF = ['01-01', '06-05', '12-24', '12-25', '12-26', '12-31'];
/** Days off counted from Easter Sunday: Maundy Thursday to Easter Monday, Ascension, Whit Monday. */
const EASTER_DAYS_OFF = [-3, -2, 0, 1, 39, 49, 50];

/** A weekday that is not a Danish public holiday: a day a network can meet. */
export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  if (FIXED_DAYS_OFF.includes(date.slice(5))) return false;
  const easter = easterSunday(Number(date.slice(0, 4)));
  return !EASTER_DAYS_OFF.includes(daysBetween(easter, date));
}

/**
 * The working day nearest the middle strictly between two dates (the earlier
 * one on a tie), or null when there is none or a date is missing: the date a meeting added between
 * two others is suggested, by the rule the board's first dates are spread by.
 */
export function middleWorkingDay(
  after: string | null | undefined,
  before: string | null | undefined,
): string | null {
  if (!after || !before) return null;
  const span = daysBetween(after, before);
  // Twice the distance from the middle, so an odd span's two middle days tie.
  for (let twice = span % 2; twice < span; twice += 2) {
    for (const offset of [(span - twice) / 2, (span + twice) / 2]) {
      const date = addDays(after, offset);
      if (isWorkingDay(date)) return date;
    }
  }
  return null;
}
