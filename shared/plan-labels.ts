import { isolated } from './bidi.ts';
import { formatLongDate } from './dates.ts';
import type { Lang } from './i18n/lang.ts';
import { CATEGORY_STRINGS } from './i18n/categories.ts';
import { FINAL_MEETING_PURPOSE, meetingTitle } from './i18n/meetings.ts';
import { PLAN_UI_STRINGS } from './i18n/plan-ui.ts';
import { translate } from './i18n/translate.ts';
import { isRealDate } from './schema.ts';
import { formatClockTime, formatDuration } from './time-text.ts';
import type { MeetingKind, Person } from './schema.ts';

/**
 * The texts of the paper planning tool ("planlægningsredskab"), written exactly
 * as the paper form writes them (issue 2 §4, docs/domain), and their English
 * counterparts: the plan, on screen and in its files, follows the UI's language.
 */

/** The final meeting's standing sub-theme on the paper form. */
export const FINAL_MEETING_SUBTHEME = FINAL_MEETING_PURPOSE.da;
/** The paper form's placeholders for what is not yet filled in. */
export const SUBTHEME_PLACEHOLDER = '[Undertema]';
export const DATE_PLACEHOLDER = '[dato]';
const PLACEHOLDERS = {
  da: { subtheme: SUBTHEME_PLACEHOLDER, date: DATE_PLACEHOLDER },
  en: { subtheme: '[Sub-theme]', date: '[date]' },
} as const satisfies Record<Lang, { subtheme: string; date: string }>;

export interface HeadingInput {
  readonly kind: MeetingKind;
  /** n among network meetings; ignored for final and extra meetings. */
  readonly number: number | null;
  readonly subtheme: string;
  readonly date: string | null;
}

/** A date the plan can print: a real `YYYY-MM-DD`, otherwise null (tolerant of damaged input). */
export function usableDate(date: string | null): string | null {
  return date !== null && isRealDate(date) ? date : null;
}

/** A meeting's date written out in `lang` ("12. januar 2027"), or null when it has no usable one. */
export function meetingDateText(date: string | null, lang: Lang): string | null {
  const usable = usableDate(date);
  return usable === null ? null : formatLongDate(usable, lang);
}

/**
 * "Netværksmøde 1: <undertema>, 12. januar 2027",
 * "Afsluttende møde: <undertema or the standing one>, <dato>", "Ekstramøde: <undertema>, <dato>"
 * (without one, "Ekstramøde, <dato>");
 * in English "Network meeting 1: <sub-theme>, 12 January 2027" and so on.
 */
export function meetingHeading(meeting: HeadingInput, lang: Lang = 'da'): string {
  const subtheme = meeting.subtheme.trim();
  const placeholder = PLACEHOLDERS[lang];
  const dateText = meetingDateText(meeting.date, lang) ?? placeholder.date;
  const title = meetingTitle(
    meeting.kind,
    meeting.kind === 'network' ? (meeting.number ?? null) : null,
    lang,
  );
  // An extra meeting (say, with the reference leader) need not have a sub-theme: none asked for.
  if (subtheme === '' && meeting.kind === 'extra') return `${title}, ${dateText}`;
  const shownSubtheme =
    subtheme || (meeting.kind === 'final' ? FINAL_MEETING_PURPOSE[lang] : placeholder.subtheme);
  return `${title}: ${isolated(shownSubtheme)}, ${dateText}`;
}

/**
 * A plan meeting's heading in the reader's language: the projection's own
 * (Danish) heading, or the same heading made in English.
 */
export function planMeetingHeading(
  meeting: HeadingInput & { readonly heading: string },
  lang: Lang,
): string {
  return lang === 'da' ? meeting.heading : meetingHeading(meeting, lang);
}

/**
 * Under a meeting's heading: "kl. 13.00 · 120 min. · Rådhuset" ("13:00 · 120 min ·
 * Rådhuset"), only the parts the meeting has; '' when none. The plan on screen and
 * its files write it alike.
 */
export function meetingDetails(
  meeting: {
    readonly startTime: string | null;
    readonly durationMinutes: number | null;
    readonly location: string;
  },
  lang: Lang,
): string {
  const parts: string[] = [];
  if (meeting.startTime !== null) parts.push(formatClockTime(meeting.startTime, lang));
  if (meeting.durationMinutes !== null) parts.push(formatDuration(meeting.durationMinutes, lang));
  const location = meeting.location.trim();
  if (location !== '') parts.push(isolated(location));
  return parts.join(' · ');
}

/**
 * The forms' time against the meeting's, under its heading: "Inddragelsesformer:
 * 120 af 150 min." ("…: 45 min." without a duration), and when the forms take
 * longer, the warning after it ("Inddragelsesformerne varer 20 min. længere end
 * mødet"). Null when no form has a time: "0 af 150 min." would tell the reader
 * nothing the table does not (and mislead where forms have no minutes yet), so
 * the plan on screen and its files all leave the line out.
 */
export function formsMinutesText(
  meeting: { readonly formsMinutes: number; readonly durationMinutes: number | null },
  lang: Lang,
): { readonly line: string; readonly over: string | null } | null {
  const { formsMinutes: forms, durationMinutes: duration } = meeting;
  if (forms === 0) return null;
  if (duration === null)
    return { line: translate(PLAN_UI_STRINGS.formsTime, lang, { forms }), over: null };
  return {
    line: translate(PLAN_UI_STRINGS.formsVsDuration, lang, { forms, duration }),
    over:
      forms > duration
        ? translate(PLAN_UI_STRINGS.formsOverDuration, lang, { over: forms - duration })
        : null,
  };
}

/** "a, b" from trimmed parts, or just the non-empty one — "Jens J., ØS", "Jens J.". */
function joinPair(first: string, second: string): string {
  const a = first.trim();
  const b = second.trim();
  if (a === '') return isolated(b);
  return b === '' ? isolated(a) : `${isolated(a)}, ${isolated(b)}`;
}

/** A name that says it is a citizen already: "en borger", "borgere", "medborgeren" (not "Borgersen"). */
const SAYS_CITIZEN = /(?<![\p{L}])(med)?borger(e|en|ne)?(?![\p{L}])/iu;

/**
 * Whether the participant column adds the word "Borger" after the name, as
 * the paper form writes a citizen without an affiliation ("Søren S., Borger"),
 * unless the name says so already ("en borger som modtager X"). The added word
 * is the category's, so it is said in the reader's language; an affiliation
 * is what the user typed, and is shown as typed in every language.
 */
export function addsCitizenWord(
  person: Pick<Person, 'name' | 'affiliation' | 'category'>,
): boolean {
  return (
    person.category === 'citizen' &&
    person.affiliation.trim() === '' &&
    person.name.trim() !== '' &&
    !SAYS_CITIZEN.test(person.name)
  );
}

/**
 * The "Netværksdeltager" column, on the board's post-its, in the plan and in
 * its files: "Jens J., ØS"; "Søren S., Borger" (`addsCitizenWord`; in English
 * "Søren S., Citizen"); otherwise just the name.
 */
export function participantLabel(
  person: Pick<Person, 'name' | 'affiliation' | 'category'>,
  lang: Lang = 'da',
): string {
  const added = addsCitizenWord(person) ? CATEGORY_STRINGS.citizen[lang] : null;
  return joinPair(person.name, added ?? person.affiliation);
}

/**
 * A plan's participant label (Danish, as the projection makes it) in the UI's
 * language: only the word the plan added is translated, never typed text.
 */
export function planParticipantLabel(
  entry: { readonly participant: string; readonly citizenWordAdded: boolean },
  lang: Lang,
): string {
  if (!entry.citizenWordAdded || lang === 'da') return entry.participant;
  const word = CATEGORY_STRINGS.citizen.da;
  return entry.participant.endsWith(word)
    ? entry.participant.slice(0, -word.length) + CATEGORY_STRINGS.citizen[lang]
    : entry.participant;
}

/** The "Hvordan? (Inddragelsesform)" column: "Workshop m. borgere, facilitator", or just one of them. */
export function howLabel(formName: string, role: string): string {
  return joinPair(formName, role);
}
