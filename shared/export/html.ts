import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { meetingAgenda } from '../plan-agenda.ts';
import { hyphenateLongWords } from '../hyphenate.ts';
import { meetingDetails, planMeetingHeading } from '../plan-labels.ts';
import type { Plan, PlanMeeting } from '../plan.ts';
import {
  agendaCells,
  blankRowCount,
  keepsMeetingTogether,
  documentTitle,
  formsMinutesLine,
  overviewHeading,
  overviewParts,
  overviewTable,
  type OverviewTable,
  periodLine,
  planColumnTitles,
  stripXmlIllegalChars,
} from './text.ts';

/**
 * The plan as one standalone HTML document that prints like the paper
 * planning tool (issue 2 §5): A4 landscape, per meeting a heading and a
 * bordered three-column table; last, on a page of its own, who comes when. Self-contained: inline CSS only, no scripts,
 * no external resources — the content security policy says so too, so even a
 * mistake in escaping could not run code or load anything.
 */

const STYLE = `
@page { size: A4 landscape; margin: 15mm; }
* { box-sizing: border-box; }
body { font-family: Calibri, Carlito, Arial, sans-serif; font-size: 11pt; color: #000; margin: 0 auto; max-width: 277mm; padding: 8mm; }
@media print { body { padding: 0; max-width: none; } }
h1 { font-size: 18pt; margin: 0 0 2mm; }
.period { margin: 0 0 6mm; }
.meeting { margin: 0 0 8mm; }
.meeting.keep { break-inside: avoid; page-break-inside: avoid; }
h2 { font-size: 13pt; margin: 0 0 2mm; break-after: avoid; page-break-after: avoid; }
.details { margin: 0 0 2mm; break-after: avoid; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #000; padding: 1.5mm 2mm; text-align: left; vertical-align: top; white-space: pre-wrap; overflow-wrap: anywhere; }
th { background: #e7e6e6; font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.blank td { height: 9mm; }
td.placeholder { font-style: italic; }
col.participant { width: 28%; }
col.contribution { width: 36%; }
col.how { width: 36%; }
.overview { break-before: page; page-break-before: always; }
.overview table { table-layout: auto; font-size: 9pt; }
.overview th, .overview td { overflow-wrap: normal; }
.overview tbody th { font-weight: normal; background: none; }
.overview thead th.mark { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; text-align: left; vertical-align: middle; }
.mark { text-align: center; }
`.trim();

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function planToHtml(plan: Plan, lang: Lang = DEFAULT_LANG): string {
  const title = escapeHtml(documentTitle(plan, lang));
  const period = periodLine(plan, lang);
  const lines = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${title}</h1>`,
  ];
  if (period !== '') lines.push(`<p class="period">${escapeHtml(period)}</p>`);
  lines.push('</header>', '<main>', ...plan.meetings.map((m) => meetingSection(m, lang)));
  const overview = overviewTable(plan, lang);
  if (overview !== null) lines.push(overviewSection(overview, lang));
  lines.push('</main>');
  lines.push('</body>', '</html>');
  return `${lines.join('\n')}\n`;
}

function meetingSection(meeting: PlanMeeting, lang: Lang): string {
  const details = meetingDetails(meeting, lang);
  const forms = formsMinutesLine(meeting, lang);
  const header = planColumnTitles(lang)
    .map((t) => `<th scope="col">${escapeHtml(t)}</th>`)
    .join('');
  const rows = meetingAgenda(meeting).map((entry) => {
    const [name = '', ...rest] = agendaCells(entry, lang);
    // The narrow participant column: a long word breaks at a syllable, hyphenated (hyphenate.ts).
    const [participant, contribution, how] = [hyphenateLongWords(name), ...rest].map(escapeHtml);
    // A form without participants: its first cell is a placeholder, set apart in italics.
    const first = entry.kind === 'form' ? '<td class="placeholder">' : '<td>';
    return `<tr>${first}${participant ?? ''}</td><td>${contribution ?? ''}</td><td>${how ?? ''}</td></tr>`;
  });
  const blank = '<tr class="blank"><td></td><td></td><td></td></tr>';
  for (let i = 0; i < blankRowCount(meeting); i++) rows.push(blank);
  return [
    // A long meeting breaks between rows (tr), its heading kept with the first.
    keepsMeetingTogether(meeting, lang)
      ? '<section class="meeting keep">'
      : '<section class="meeting">',
    `<h2>${escapeHtml(planMeetingHeading(meeting, lang))}</h2>`,
    ...(details === '' ? [] : [`<p class="details">${escapeHtml(details)}</p>`]),
    ...(forms === '' ? [] : [`<p class="details">${escapeHtml(forms)}</p>`]),
    '<table>',
    '<colgroup><col class="participant"><col class="contribution"><col class="how"></colgroup>',
    `<thead><tr>${header}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

function overviewSection(overview: OverviewTable, lang: Lang): string {
  return [
    '<section class="overview">',
    `<h2>${escapeHtml(overviewHeading(lang))}</h2>`,
    ...overviewParts(overview).map(overviewPart),
    '</section>',
  ].join('\n');
}

function overviewPart(overview: OverviewTable): string {
  const [first, ...meetings] = overview.header;
  const header = [
    `<th scope="col">${escapeHtml(first ?? '')}</th>`,
    ...meetings.map((title) => `<th scope="col" class="mark">${escapeHtml(title)}</th>`),
  ].join('');
  const rows = overview.rows.map(([person, ...marks]) =>
    [
      // A long name breaks at a syllable, with its hyphen (hyphenate.ts), not past the page.
      `<tr><th scope="row">${escapeHtml(hyphenateLongWords(person ?? ''))}</th>`,
      ...marks.map((mark) => `<td class="mark">${escapeHtml(mark)}</td>`),
      '</tr>',
    ].join(''),
  );
  return [
    '<table>',
    `<thead><tr>${header}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
  ].join('\n');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for element content and quoted attributes; line breaks stay (cells use `pre-wrap`). */
export function escapeHtml(text: string): string {
  return stripXmlIllegalChars(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
