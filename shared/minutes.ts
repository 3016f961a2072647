import { err, ok, type Result } from './result.ts';
import { LIMITS } from './schema.ts';

/**
 * Minutes as people type them into a minutes or duration field (a form's
 * minutes, a meeting's duration), in Danish or English: "45", "45 min",
 * "45 minutter", "45m", "45 minutes"; hours "2 timer", "2 t", "1,5 time",
 * "1½ time" (or "1 ½ time"), "2 hours", "2h"; or both, "1 time og 30 min", "2 t 30".
 *
 * A decimal takes one or two digits: three read as a thousands separator
 * ("1.000" is a thousand in Danish, "1,000" in English), so such a number is
 * refused rather than read as 1. Danish hours with a point and two digits,
 * "1.30 time", are refused too: a Danish decimal has a comma, and 1.30 is the
 * clock's half past one, so 1 hour 30 minutes or 1.3 hours (78) is a guess.
 * With a colon it is hours and minutes as a clock writes a span: "1:30" (or
 * "1:30 t") is 90 minutes; the minutes take two digits below 60.
 */

const AMOUNT = String.raw`(\d+(?:[.,]\d{1,2})?|\d* ?½)`;
const HOURS = String.raw`(?:timer|time|t\.?|hours|hour|hrs|hr|h)`;
const MINUTES = String.raw`(?:minutter|minut|minutes|minute|mins|min\.?|m)`;
const JOIN = String.raw`(?:\s*(?:og|and|,)\s*|\s*)`;
// Point, two digits, a Danish hours word: "1.30 time", "2.15 t".
const CLOCK_LIKE_HOURS = /^\d+\.\d{2}\s*(?:timer|time|t)(?![a-z])/iu;
// Hours and minutes with a colon, "1:30", "0:45 timer", "2:00 hours".
const HOURS_COLON_MINUTES = new RegExp(String.raw`^(\d{1,2}):([0-5]\d)(?:\s*${HOURS})?$`, 'iu');
const TYPED_MINUTES = new RegExp(
  String.raw`^(?:${AMOUNT}\s*${HOURS})?${JOIN}(?:${AMOUNT}\s*${MINUTES}?)?$`,
  'iu',
);

function amount(text: string | undefined): number {
  if (text === undefined) return 0;
  // "1 ½": Number reads the space left before the ½ as nothing, "" as 0.
  if (text.endsWith('½')) return Number(text.slice(0, -1)) + 0.5;
  return Number(text.replace(',', '.'));
}

/**
 * A minutes field's text as minutes: null when empty (no time), an error
 * unless it comes to whole minutes from 1 to the schema's most (48 hours).
 */
export function parseMinutes(text: string): Result<number | null, 'invalid-minutes'> {
  const typed = text.replace(/\s+/gu, ' ').trim();
  if (typed === '') return ok(null);
  const clock = HOURS_COLON_MINUTES.exec(typed);
  if (clock !== null) return wholeMinutes(Number(clock[1]) * 60 + Number(clock[2]));
  const match = TYPED_MINUTES.exec(typed);
  if (
    match === null ||
    (match[1] === undefined && match[2] === undefined) ||
    CLOCK_LIKE_HOURS.test(typed)
  ) {
    return err('invalid-minutes');
  }
  // Rounded away from binary fractions: 1,1 time is 66 minutes, not 66.00000000000001.
  return wholeMinutes(Math.round((amount(match[1]) * 60 + amount(match[2])) * 1e6) / 1e6);
}

function wholeMinutes(minutes: number): Result<number, 'invalid-minutes'> {
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= LIMITS.durationMinutes
    ? ok(minutes)
    : err('invalid-minutes');
}

/** Room in a minutes field for the longest way of writing one ("1 time og 30 minutter"). */
export const MINUTES_MAX_CHARS = 30;
