import { FINAL_MEETING_PURPOSE, distinctMeetingTitles } from '../i18n/meetings.ts';
import { meetingAgenda } from '../plan-agenda.ts';
import type { Plan, PlanMeeting } from '../plan.ts';
import { PLAN_COLUMN_TITLES, agendaCells } from './text.ts';

/**
 * The plan as CSV for Danish Excel (issue 2 §5): UTF-8 with a byte-order mark
 * (without it Excel reads the file as Windows-1252 and garbles æ/ø/å), `;` as
 * separator (the Danish list separator, since `,` is the decimal comma), CRLF
 * line ends and RFC 4180 quoting.
 */

/**
 * One record per line of the plan's tables: a participant's row, or a form
 * without participants ("(ingen deltagere knyttet til formen)"). Besides the paper form's three columns, the
 * meeting's own fields one per column (no "[Undertema]" placeholders, the date
 * as Excel sorts it) and whether the participant is a core participant, so the
 * sheet can be sorted and filtered.
 */
export const CSV_COLUMN_TITLES = [
  'Møde',
  'Undertema',
  'Dato',
  'Kl.',
  'Varighed (min.)',
  'Inddragelsesformer (min.)',
  'Sted',
  ...PLAN_COLUMN_TITLES,
  'Kernedeltager',
] as const;

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

export function planToCsv(plan: Plan): string {
  const records: string[][] = [[...CSV_COLUMN_TITLES]];
  // Excel filters on "Møde": two extra meetings must not read as one.
  const titles = distinctMeetingTitles(plan.meetings, 'da');
  for (const [i, meeting] of plan.meetings.entries()) {
    const fields = meetingCells(meeting, titles[i] ?? '');
    const agenda = meetingAgenda(meeting);
    // A meeting without rows still gets a record, so no meeting is lost.
    if (agenda.length === 0) records.push([...fields, '', '', '', '']);
    for (const entry of agenda) {
      const core = entry.kind === 'row' && entry.row.core;
      records.push([...fields, ...agendaCells(entry), core ? 'ja' : '']);
    }
  }
  return BOM + records.map((cells) => cells.map(csvCell).join(SEPARATOR) + LINE_END).join('');
}

function meetingCells(meeting: PlanMeeting, title: string): string[] {
  const subtheme = meeting.subtheme.trim();
  return [
    title,
    subtheme === '' && meeting.kind === 'final' ? FINAL_MEETING_PURPOSE.da : subtheme,
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
