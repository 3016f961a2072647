import { formatLongDate } from '../dates.ts';
import { EXPORT_STRINGS as E } from '../i18n/export.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { distinctMeetingTitles } from '../i18n/meetings.ts';
import { PANEL_STRINGS } from '../i18n/panels.ts';
import { PLAN_UI_STRINGS } from '../i18n/plan-ui.ts';
import { translate, withoutSoftHyphens } from '../i18n/translate.ts';
import {
  agendaLength,
  meetingAgenda,
  formWithoutParticipantsLabel,
  noParticipantsLabel,
  type AgendaEntry,
} from '../plan-agenda.ts';
import { formsMinutesText, planParticipantLabel } from '../plan-labels.ts';
import type { Plan, PlanMeeting, PlanRow } from '../plan.ts';

/**
 * What every export of the plan shares: the paper form's words and the few
 * rules for turning plan values into printable text (issue 2 §5).
 * The exports speak the reader's language (Danish by default: the paper
 * planning tool's words), as the plan on screen does.
 */

/**
 * The paper form's column titles, in its order: the plan table's headings,
 * without the soft hyphens that only the screen needs.
 */
export function planColumnTitles(lang: Lang = DEFAULT_LANG): readonly [string, string, string] {
  return [
    withoutSoftHyphens(translate(PLAN_UI_STRINGS.columnParticipant, lang)),
    withoutSoftHyphens(translate(PLAN_UI_STRINGS.columnContribution, lang)),
    withoutSoftHyphens(translate(PLAN_UI_STRINGS.columnHow, lang)),
  ];
}

/**
 * The three cells of a row, in the order of `planColumnTitles`; only the word
 * the plan adds after a citizen is translated ("Søren S., Citizen").
 */
export function rowCells(
  row: PlanRow,
  lang: Lang = DEFAULT_LANG,
): readonly [string, string, string] {
  return [planParticipantLabel(row, lang), row.contribution, row.how];
}

/**
 * The three cells of a line of the meeting's table (`meetingAgenda`). A form
 * without participants keeps the table's shape: "(ingen deltagere knyttet til formen)"
 * where the participant would stand, the form and its minutes under "Hvordan?".
 */
export function agendaCells(
  entry: AgendaEntry,
  lang: Lang = DEFAULT_LANG,
): readonly [string, string, string] {
  if (entry.kind === 'row') return rowCells(entry.row, lang);
  return [noParticipantsLabel(lang), '', formWithoutParticipantsLabel(entry.form, lang)];
}

/**
 * The printable forms (HTML, DOCX) end each table with empty rows up to this
 * count, as the paper form leaves room to write by hand.
 */
export const MIN_PRINTED_ROWS = 3;

export function blankRowCount(meeting: PlanMeeting): number {
  return Math.max(0, MIN_PRINTED_ROWS - agendaLength(meeting));
}

/*
 * How much of a printed page (A4 landscape, 15 mm margins, 11 pt) a meeting's
 * rows take, estimated on the safe side: the characters a line of each column
 * holds, a line's and a row's padding height, an empty row's height (mm). What
 * the heading, its details and the column titles leave of the page is the
 * room for the rows.
 */
const PRINTED_LINE_CHARS = [32, 42, 42] as const;
const PRINTED_LINE_MM = 4.7;
const PRINTED_ROW_MM = 3.2;
const PRINTED_BLANK_ROW_MM = 9;
const PRINTED_ROWS_ROOM_MM = 150;

function printedLines(text: string, lineChars: number): number {
  return text
    .split('\n')
    .reduce((lines, line) => lines + Math.max(1, Math.ceil(line.length / lineChars)), 0);
}

/**
 * Whether the printable forms keep a meeting on one page: when its rows fit
 * one. A longer one breaks between rows; kept whole it would not fit the page
 * it starts on either, and the browser (like Word) would move it all to the
 * next page, leaving the page before it empty — the title page, if it is the
 * first meeting. Counted in lines, not rows: twelve people with a few
 * sentences each fill more than a page.
 */
export function keepsMeetingTogether(meeting: PlanMeeting, lang: Lang = DEFAULT_LANG): boolean {
  let height = blankRowCount(meeting) * PRINTED_BLANK_ROW_MM;
  for (const entry of meetingAgenda(meeting)) {
    const cells = agendaCells(entry, lang);
    const lines = Math.max(
      ...cells.map((text, i) => printedLines(text, PRINTED_LINE_CHARS[i] ?? PRINTED_LINE_CHARS[2])),
    );
    height += lines * PRINTED_LINE_MM + PRINTED_ROW_MM;
    if (height > PRINTED_ROWS_ROOM_MM) return false;
  }
  return true;
}

/** The document's title: the board's title, or the paper tool's name when it has none. */
export function documentTitle(plan: Plan, lang: Lang = DEFAULT_LANG): string {
  const title = plan.title.trim();
  return title === '' ? translate(E.untitled, lang) : title;
}

/** "Periode: 1. februar 2027 – 31. maj 2027", or '' without a period. */
export function periodLine(plan: Plan, lang: Lang = DEFAULT_LANG): string {
  if (plan.period === null) return '';
  const { start, end } = plan.period;
  return translate(E.period, lang, {
    start: formatLongDate(start, lang),
    end: formatLongDate(end, lang),
  });
}

/**
 * "Inddragelsesformer: 170 af 150 min. – Inddragelsesformerne varer 20 min.
 * længere end mødet" (`formsMinutesText`, as the plan on screen words it); ''
 * when no form has a time.
 */
export function formsMinutesLine(meeting: PlanMeeting, lang: Lang = DEFAULT_LANG): string {
  const text = formsMinutesText(meeting, lang);
  if (text === null) return '';
  return text.over === null ? text.line : `${text.line} – ${text.over}`;
}

/** The overview's heading: "Overblik: hvem kommer hvornår". */
export function overviewHeading(lang: Lang = DEFAULT_LANG): string {
  return translate(E.overviewHeading, lang);
}

/**
 * Who comes when, as a table: a row per person of the pool (core participants
 * first, marked), a column per meeting, "✓" where the person is placed (the
 * count where more than once). Null when the pool is empty.
 *
 * Every column heading is unique: meetings that share a title are numbered
 * ("Ekstramøde 1", "Ekstramøde 2"). A meeting with a date shows it, as its
 * heading in the plan does ("Netværksmøde 1, 12. januar 2027"): the overview
 * answers "when", and the board's overview shows the dates too.
 */
export function overviewTable(plan: Plan, lang: Lang = DEFAULT_LANG): OverviewTable | null {
  const { overview } = plan;
  if (overview.people.length === 0 || overview.meetingIds.length === 0) return null;
  const byId = new Map(plan.meetings.map((meeting) => [meeting.meetingId, meeting]));
  const columns = overview.meetingIds.map((id) => byId.get(id));
  const titles = distinctMeetingTitles(
    columns.filter((meeting): meeting is PlanMeeting => meeting !== undefined),
    lang,
  );
  let next = 0;
  const header = [
    planColumnTitles(lang)[0],
    ...columns.map((meeting) => {
      if (!meeting) return '';
      const title = titles[next++] ?? '';
      return meeting.date === null ? title : `${title}, ${formatLongDate(meeting.date, lang)}`;
    }),
  ];
  const rows = overview.people.map((person) => {
    const label = planParticipantLabel(person, lang);
    const name = label.trim() === '' ? translate(PANEL_STRINGS.unnamedPerson, lang) : label;
    return [
      person.core ? translate(E.coreParticipant, lang, { name }) : name,
      ...person.attends.map((count) => (count === 0 ? '' : count === 1 ? '✓' : String(count))),
    ];
  });
  return { header, rows };
}

export interface OverviewTable {
  readonly header: string[];
  readonly rows: string[][];
}

/** The most meetings one printed overview table holds: 20 fit an A4 landscape page. */
export const OVERVIEW_MAX_MEETINGS = 20;

/**
 * The overview for paper: more meetings than fit a page's width go on in a
 * table of their own, each with the people's names again.
 */
export function overviewParts(overview: OverviewTable): OverviewTable[] {
  const [nameTitle = '', ...meetings] = overview.header;
  const parts: OverviewTable[] = [];
  for (let first = 0; first < meetings.length; first += OVERVIEW_MAX_MEETINGS) {
    const last = first + OVERVIEW_MAX_MEETINGS;
    parts.push({
      header: [nameTitle, ...meetings.slice(first, last)],
      rows: overview.rows.map(([name = '', ...marks]) => [name, ...marks.slice(first, last)]),
    });
  }
  return parts;
}

/**
 * Characters XML 1.0 forbids: C0 controls other than tab, LF and CR, lone
 * surrogates, and U+FFFE/U+FFFF. Word refuses to open a document holding one,
 * and browsers show them as garbage, so the printable exports drop them.
 */
const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripXmlIllegalChars(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** Splits on CRLF, CR or LF. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
