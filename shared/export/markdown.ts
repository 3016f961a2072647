import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { PLAN_UI_STRINGS } from '../i18n/plan-ui.ts';
import { translate } from '../i18n/translate.ts';
import { meetingAgenda } from '../plan-agenda.ts';
import { meetingDetails, planMeetingHeading } from '../plan-labels.ts';
import type { Plan, PlanMeeting } from '../plan.ts';
import {
  agendaCells,
  documentTitle,
  formsMinutesLine,
  overviewHeading,
  overviewTable,
  periodLine,
  planColumnTitles,
} from './text.ts';

/**
 * The plan as Markdown (GitHub-flavoured tables): the title, then per meeting
 * its heading and the paper form's three-column table (issue 2 §5), forms
 * without participants in their place in it (a meeting with no lines says so in
 * one), and last who comes when.
 */
export function planToMarkdown(plan: Plan, lang: Lang = DEFAULT_LANG): string {
  const lines: string[] = [`# ${escapeMarkdownLine(documentTitle(plan, lang))}`];
  const period = periodLine(plan, lang);
  if (period !== '') lines.push('', escapeMarkdownLine(period));
  for (const meeting of plan.meetings) lines.push('', ...meetingLines(meeting, lang));
  const overview = overviewTable(plan, lang);
  if (overview !== null) {
    lines.push('', `## ${overviewHeading(lang)}`, '');
    lines.push(tableRow(overview.header.map(escapeMarkdownCell)));
    lines.push(`|${' --- |'.repeat(overview.header.length)}`);
    for (const row of overview.rows) lines.push(tableRow(row.map(escapeMarkdownCell)));
  }
  return `${lines.join('\n')}\n`;
}

function meetingLines(meeting: PlanMeeting, lang: Lang): string[] {
  const lines = [`## ${escapeMarkdownLine(planMeetingHeading(meeting, lang))}`];
  const details = meetingDetails(meeting, lang);
  if (details !== '') lines.push('', escapeMarkdownLine(details));
  const forms = formsMinutesLine(meeting, lang);
  if (forms !== '') lines.push('', escapeMarkdownLine(forms));
  lines.push('', tableRow(planColumnTitles(lang)), '| --- | --- | --- |');
  const agenda = meetingAgenda(meeting);
  // In the plan on screen's words (a table of only a header reads as a broken file);
  // in italics, as the other placeholder.
  if (agenda.length === 0)
    lines.push(
      tableRow([`*${escapeMarkdownCell(translate(PLAN_UI_STRINGS.noRows, lang))}*`, '', '']),
    );
  for (const entry of agenda) {
    const cells = agendaCells(entry, lang).map(escapeMarkdownCell);
    // In italics: a placeholder, not a participant's name.
    if (entry.kind === 'form') cells[0] = `*${cells[0] ?? ''}*`;
    lines.push(tableRow(cells));
  }
  return lines;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
}

/*
 * Backslash-escaping is valid for every ASCII punctuation character in
 * CommonMark, so one rule covers table pipes, HTML (`<`), entities (`&`) and
 * emphasis. Only characters that change meaning mid-text are escaped, so
 * ordinary Danish text ("Jens J., ØS") stays readable in the raw file.
 */
const INLINE_SPECIAL = /[\\|<>&*_`[\]~]/g;

function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

/**
 * A table cell must stay on one line: line breaks become `<br>` (which GFM
 * renders inside cells), after the text's own `<` has been escaped.
 */
export function escapeMarkdownCell(text: string): string {
  return escapeInline(text.trim()).replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Headings and paragraphs: line breaks become spaces; `#` is escaped because a
 * trailing one closes an ATX heading (and is dropped), and a leading `-`, `+`,
 * `=` or `1.` would start another block.
 */
export function escapeMarkdownLine(text: string): string {
  const flat = escapeInline(text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ').trim()).replace(/#/g, '\\#');
  return flat.replace(/^([+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}
