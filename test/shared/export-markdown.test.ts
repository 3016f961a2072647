import { describe, expect, it } from 'vitest';
import {
  escapeMarkdownCell,
  escapeMarkdownLine,
  planToMarkdown,
} from '../../shared/export/markdown.ts';
import { planToDocx } from '../../shared/export/docx.ts';
import { planToHtml } from '../../shared/export/html.ts';
import { planSchema } from '../../shared/plan.ts';
import { documentXml } from './docx-xml.ts';
import {
  agendaPlan,
  makeForm,
  makeMeeting,
  makePlan,
  makeRow,
  paperExamplePlan,
} from './plan-fixtures.ts';

/** Splits a GFM table line into cells on unescaped pipes, then undoes our escaping. */
function parseTableLine(line: string): string[] {
  expect(line.startsWith('| ')).toBe(true);
  expect(line.endsWith(' |')).toBe(true);
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < line.length - 1; i++) {
    const c = line[i];
    if (c === '\\') {
      current += c + (line[i + 1] ?? '');
      i++;
    } else if (c === '|') {
      cells.push(current);
      current = '';
    } else current += c;
  }
  cells.push(current);
  return cells.map((cell) => cell.trim().replace(/<br>/g, '\n').replace(/\\(.)/g, '$1'));
}

/** The tables of a Markdown plan: heading → rows of cells (header first). */
function parseTables(markdown: string): Map<string, string[][]> {
  const tables = new Map<string, string[][]>();
  let heading = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) {
      heading = line.slice(3).replace(/\\(.)/g, '$1');
      tables.set(heading, []);
    } else if (line.startsWith('| ') && !line.startsWith('| ---')) {
      tables.get(heading)?.push(parseTableLine(line));
    }
  }
  return tables;
}

describe('planToMarkdown', () => {
  it('writes the title, the period and per meeting a heading and the paper form table', () => {
    const plan = paperExamplePlan();
    expect(planSchema.safeParse(plan).success).toBe(true);
    const markdown = planToMarkdown(plan);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Læring om borgerinddragelse');
    expect(markdown).toContain('Periode: 1. januar 2027 – 30. april 2027');
    expect(markdown).toContain('kl. 13.00 · 120 min. · Rådhuset');

    const tables = parseTables(markdown);
    expect([...tables.keys()]).toEqual(plan.meetings.map((m) => m.heading));
    expect(tables.get('Netværksmøde 1: Undertema, 12. januar 2027')).toEqual([
      ['Netværksdeltager', 'Hvad skal personen bidrage med?', 'Hvordan? (Inddragelsesform)'],
      ['Jens J., ØS', 'Oplæg om X', 'Workshop m. borgere, facilitator'],
      ['Helle H., SPO', 'Bidrager med viden om Y', 'Workshop m. borgere, deltager'],
      ['Søren S., Borger', 'Modtager ydelse X', 'Workshop m. borgere, deltager'],
    ]);
    // A meeting without rows keeps its heading and its table header, and says it has no one
    // (in italics, as the plan on screen says it), rather than a table of only a header.
    const final = plan.meetings[1]?.heading ?? '';
    expect(tables.get(final)).toEqual([
      ['Netværksdeltager', 'Hvad skal personen bidrage med?', 'Hvordan? (Inddragelsesform)'],
      ['*Ingen deltagere på dette møde endnu.*', '', ''],
    ]);
    expect(markdown).toContain('| --- | --- | --- |');
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('shows a form without participants as a line of the table, where it stands in the agenda', () => {
    const tables = parseTables(planToMarkdown(agendaPlan()));
    const header = [
      'Netværksdeltager',
      'Hvad skal personen bidrage med?',
      'Hvordan? (Inddragelsesform)',
    ];
    expect(tables.get('Netværksmøde 1: Undertema, 12. januar 2027')).toEqual([
      header,
      ['*(ingen deltagere knyttet til formen)*', '', 'Oplæg (20 min.)'],
      ['Jens J., ØS', 'Oplæg om X', 'Workshop m. borgere, facilitator'],
      ['Helle H., SPO', 'Viden om Y', 'Workshop m. borgere, deltager'],
      ['*(ingen deltagere knyttet til formen)*', '', 'Fælles refleksion (30 min.)'],
    ]);
    // A meeting with only a form: the form is its agenda; a form without minutes is just its name.
    expect(tables.get('Netværksmøde 2: Borgernes perspektiv, 9. februar 2027')).toEqual([
      header,
      ['*(ingen deltagere knyttet til formen)*', '', 'Dialogmøde'],
    ]);
  });

  it('names an unnamed form without participants, and escapes a form name like any cell', () => {
    const plan = makePlan({
      meetings: [
        makeMeeting({
          formsWithoutParticipants: [
            makeForm({ name: '', durationMinutes: 15 }),
            makeForm({ name: 'Før | efter', durationMinutes: null }),
          ],
        }),
      ],
    });
    const rows = [...parseTables(planToMarkdown(plan)).values()][0] ?? [];
    expect(rows.slice(1).map((row) => row[2])).toEqual([
      '(unavngiven inddragelsesform) (15 min.)',
      'Før | efter',
    ]);
  });

  it('escapes pipes, backslashes, HTML and line breaks so every row keeps three cells', () => {
    const nasty = [
      'A | B',
      'back\\slash\\',
      '<script>alert(1)</script>',
      'line one\nline two\r\nline three',
      '*not bold* _nor italic_ `code` [link](x) & ~~strike~~',
      '',
    ];
    const plan = makePlan({
      meetings: [
        makeMeeting({
          rows: nasty.map((text) => makeRow({ participant: text, contribution: text, how: text })),
        }),
      ],
    });
    const markdown = planToMarkdown(plan);
    const rows = [...parseTables(markdown).values()][0] ?? [];
    expect(rows).toHaveLength(nasty.length + 1);
    for (const [i, text] of nasty.entries()) {
      const expected = text.replace(/\r\n/g, '\n');
      expect(rows[i + 1]).toEqual([expected, expected, expected]);
    }
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('line one<br>line two<br>line three');
  });

  it('keeps headings on one line and stops them from starting another block', () => {
    expect(escapeMarkdownLine('Møde\n# 2')).toBe('Møde \\# 2');
    expect(escapeMarkdownLine('- punkt')).toBe('\\- punkt');
    expect(escapeMarkdownLine('1. punkt')).toBe('1\\. punkt');
    // A trailing `#` would otherwise be read as the heading's closing sequence and vanish.
    expect(escapeMarkdownLine('Møde nr. #')).toBe('Møde nr. \\#');
    const plan = makePlan({
      title: '',
      meetings: [makeMeeting({ heading: 'Netværksmøde 1: Et | to\nog <tre>' })],
    });
    const markdown = planToMarkdown(plan);
    expect(markdown.split('\n')[0]).toBe('# Planlægningsredskab');
    expect(markdown).toContain('## Netværksmøde 1: Et \\| to og \\<tre\\>');
  });

  it('escapes a cell as one line without a trailing line break', () => {
    expect(escapeMarkdownCell(' a\nb \n')).toBe('a<br>b');
    expect(escapeMarkdownCell('x|y')).toBe('x\\|y');
  });

  it("states the forms' time against the meeting's, as the plan on screen does, in every printable export", async () => {
    const over = makeMeeting({ durationMinutes: 150, formsMinutes: 170, rows: [makeRow()] });
    const open = makeMeeting({ number: 2, durationMinutes: null, formsMinutes: 45 });
    const none = makeMeeting({ number: 3, durationMinutes: 120, formsMinutes: 0 });
    const plan = makePlan({ meetings: [over, open, none] });
    const overLine =
      'Inddragelsesformer: 170 af 150 min. – Inddragelsesformerne varer 20 min. længere end mødet';
    const md = planToMarkdown(plan);
    expect(md).toContain(`\n${overLine}\n`);
    expect(md).toContain('\nInddragelsesformer: 45 min.\n');
    expect(md.match(/Inddragelsesformer:/g)).toHaveLength(2);
    expect(planToHtml(plan)).toContain(`<p class="details">${overLine}</p>`);
    expect(await documentXml(await planToDocx(plan))).toContain(overLine);
  });
});
