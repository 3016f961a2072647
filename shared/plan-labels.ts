import { formatDanishDate } from './dates.ts';
import { FINAL_MEETING_PURPOSE } from './i18n/meetings.ts';
import { assertNever } from './result.ts';
import { isRealDate } from './schema.ts';
import type { MeetingKind, Person } from './schema.ts';

/**
 * The texts of the paper planning tool ("planlægningsredskab"), written exactly
 * as the paper form writes them (issue 2 §4, docs/domain). They are Danish in
 * both UI languages: the plan is a Danish document.
 */

/** The final meeting's standing sub-theme on the paper form. */
export const FINAL_MEETING_SUBTHEME = FINAL_MEETING_PURPOSE.da;
/** The paper form's placeholders for what is not yet filled in. */
export const SUBTHEME_PLACEHOLDER = '[Undertema]';
export const DATE_PLACEHOLDER = '[dato]';

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

/**
 * "Netværksmøde 1: <undertema>, 12. januar 2027",
 * "Afsluttende møde: <undertema or the standing one>, <dato>", "Ekstramøde: <undertema>, <dato>".
 */
export function meetingHeading(meeting: HeadingInput): string {
  const subtheme = meeting.subtheme.trim();
  const date = usableDate(meeting.date);
  const dateText = date === null ? DATE_PLACEHOLDER : formatDanishDate(date);
  switch (meeting.kind) {
    case 'network':
      return `Netværksmøde ${meeting.number ?? ''}: ${subtheme || SUBTHEME_PLACEHOLDER}, ${dateText}`;
    case 'final':
      return `Afsluttende møde: ${subtheme || FINAL_MEETING_SUBTHEME}, ${dateText}`;
    case 'extra':
      return `Ekstramøde: ${subtheme || SUBTHEME_PLACEHOLDER}, ${dateText}`;
    default:
      return assertNever(meeting.kind);
  }
}

/** "a, b" from trimmed parts, or just the non-empty one — "Jens J., ØS", "Jens J.". */
function joinPair(first: string, second: string): string {
  const a = first.trim();
  const b = second.trim();
  if (a === '') return b;
  return b === '' ? a : `${a}, ${b}`;
}

/** The "Netværksdeltager" column: "Jens J., ØS", or just the name when there is no affiliation. */
export function participantLabel(person: Pick<Person, 'name' | 'affiliation'>): string {
  return joinPair(person.name, person.affiliation);
}

/** The "Hvordan? (Inddragelsesform)" column: "Workshop m. borgere, facilitator", or just one of them. */
export function howLabel(formName: string, role: string): string {
  return joinPair(formName, role);
}
