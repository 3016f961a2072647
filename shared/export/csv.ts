import { EXPORT_STRINGS as E } from '../i18n/export.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { FINAL_MEETING_PURPOSE, distinctMeetingTitles } from '../i18n/meetings.ts';
import { PANEL_STRINGS } from '../i18n/panels.ts';
import { PLAN_UI_STRINGS as S } from '../i18n/plan-ui.ts';
import { translate } from '../i18n/translate.ts';
import { meetingAgenda } from '../plan-agenda.ts';
import type { Plan, PlanMeeting } from '../plan.ts';
import { agendaCells, planColumnTitles } from './text.ts';

/**
 * The plan as CSV for Danish Excel (issue 2 §5): UTF-8 with a byte-order mark
 * (without it Excel reads the file as Windows-1252 and garbles æ/ø/å), `;` as
 * separator (the Danish list separator, since `,` is the decimal comma), CRLF
 * line ends and RFC 4180 quoting. In English too: the users are Danish
 * municipalities, whose Excel expects `;` whatever the UI's language.
 */

/**
 * One record per line of the plan's tables: a participant's row, or a form
 * without participants ("(ingen deltagere knyttet til formen)"). Besides the paper form's three columns, the
 * meeting's own fields one per column (no "[Undertema]" placeholders, the date
 * as Excel sorts it) and whether the participant is a core participant, so the
 * sheet can be sorted and filtered.
 */
export function csvColumnTitles(lang: Lang = DEFAULT_LANG): string[] {
  return [
    ...[
      E.csvMeeting,
      S.subtheme,
      S.date,
      E.csvStartTime,
      S.duration,
      E.csvFormsMinutes,
      S.location,
    ].map((title) => translate(title, lang)),
    ...planColumnTitles(lang),
    translate(PANEL_STRINGS.core, lang),
  ];
}

/** The Danish titles. */
export const CSV_COLUMN_TITLES: readonly string[] = csvColumnTitles('da');

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

export function planToCsv(plan: Plan, lang: Lang = DEFAULT_LANG): string {
  const records: string[][] = [csvColumnTitles(lang)];
  const yes = translate(E.csvYes, lang);
  // Excel filters on "Møde": two extra meetings must not read as one.
  const titles = distinctMeetingTitles(plan.meetings, lang);
  for (const [i, meeting] of plan.meetings.entries()) {
    const fields = meetingCells(meeting, titles[i] ?? '', lang);
    const agenda = meetingAgenda(meeting);
    // A meeting without rows still gets a record, so no meeting is lost.
    if (agenda.length === 0) records.push([...fields, '', '', '', '']);
    for (const entry of agenda) {
      const core = entry.kind === 'row' && entry.row.core;
      records.push([...fields, ...agendaCells(entry, lang), core ? yes : '']);
    }
  }
  return BOM + records.map((cells) => cells.map(csvCell).join(SEPARATOR) + LINE_END).join('');
}

function meetingCells(meeting: PlanMeeting, title: string, lang: Lang): string[] {
  const subtheme = meeting.subtheme.trim();
  return [
    title,
    subtheme === '' && meeting.kind === 'final' ? FINAL_MEETING_PURPOSE[lang] : subtheme,
    meeting.date ?? '',
    meeting.startTime ?? '',
    meeting.durationMinutes === null ? '' : String(meeting.durationMinutes),
    meeting.formsMinutes === 0 ? '' : String(meeting.formsMinutes),
    meeting.location.trim(),
  ];
}

/*
 * Spreadsheets run a cell starting with one of these as a formula (or, for tab
 * and line breaks, after trimming), so such a cell gets a leading apostrophe
 * (OWASP "CSV injection"). Text is never a number here, so nothing is lost.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const NEEDS_QUOTES = /[;"\r\n]/;

/** One field: neutralised, then quoted when it holds the separator, a quote or a line break. */
export function csvCell(text: string): string {
  const safe = neutraliseFormula(text);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
