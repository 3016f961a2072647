import { describe, expect, it } from 'vitest';
import { planToDocx } from '../../shared/export/docx.ts';
import { planToHtml } from '../../shared/export/html.ts';
import { planToMarkdown } from '../../shared/export/markdown.ts';
import { overviewTable } from '../../shared/export/text.ts';
import { projectPlan } from '../../shared/projection.ts';
import type { Board } from '../../shared/schema.ts';
import { extraMeeting, paperExampleBoard } from '../helpers/boards.ts';
import { documentXml, tableRows } from './docx-xml.ts';

/** The paper example with Helle placed twice in meeting 1 and an extra meeting. */
function board(): Board {
  const example = paperExampleBoard();
  example.meetings.splice(2, 0, {
    id: 'x1',
    kind: 'extra',
    subtheme: 'Status',
    date: '2027-03-09',
    startTime: null,
    durationMinutes: 60,
    location: '',
  });
  example.notes.push({
    id: 'again',
    kind: 'participant',
    lane: 'm1',
    x: 12,
    y: 600,
    person: 'helle',
    contribution: 'Noget mere',
    role: '',
    form: null,
  });
  return example;
}

describe('who comes when, in the exports', () => {
  it('ends the Markdown with the overview: core participants first and marked, counts over one', () => {
    const md = planToMarkdown(projectPlan(board()));
    const overview = md.slice(md.indexOf('## Overblik: hvem kommer hvornår'));
    expect(overview.split('\n').slice(0, 6)).toEqual([
      '## Overblik: hvem kommer hvornår',
      '',
      '| Netværksdeltager | Netværksmøde 1, 12. januar 2027 | Netværksmøde 2, 9. februar 2027 | Ekstramøde, 9. marts 2027 | Afsluttende møde, 11. maj 2027 |',
      '| --- | --- | --- | --- | --- |',
      '| Jens J., ØS (kernedeltager) | ✓ |   |   |   |',
      '| Helle H., SPO | 2 |   |   |   |',
    ]);
  });

  it('dates every dated meeting, and tells extra meetings apart: numbered in board order', () => {
    const example = board();
    // Two undated ones, and one on the same date as the dated one.
    example.meetings.splice(3, 0, extraMeeting('x2'), extraMeeting('x3', '2027-03-09'));
    example.meetings.splice(1, 0, extraMeeting('x0'));
    const header = overviewTable(projectPlan(example))?.header ?? [];
    expect(header).toEqual([
      'Netværksdeltager',
      'Netværksmøde 1, 12. januar 2027',
      'Ekstramøde 1',
      'Netværksmøde 2, 9. februar 2027',
      'Ekstramøde 2, 9. marts 2027',
      'Ekstramøde 3',
      'Ekstramøde 4, 9. marts 2027',
      'Afsluttende møde, 11. maj 2027',
    ]);
    expect(new Set(header).size).toBe(header.length);
    const html = planToHtml(projectPlan(example));
    expect(html).toContain('<th scope="col" class="mark">Ekstramøde 1</th>');
    expect(html).toContain('<th scope="col" class="mark">Ekstramøde 3</th>');
  });

  it('keeps a lone extra meeting unnumbered, as on its lane', () => {
    const example = board();
    const x1 = example.meetings.find((meeting) => meeting.id === 'x1');
    if (!x1) throw new Error('fixture');
    x1.date = null;
    expect(overviewTable(projectPlan(example))?.header).toContain('Ekstramøde');
  });

  it('puts the overview on a page of its own in the HTML, with every name escaped', () => {
    const example = board();
    const helle = example.people.find((p) => p.id === 'helle');
    if (!helle) throw new Error('fixture');
    helle.name = '<b>Helle</b>';
    const html = planToHtml(projectPlan(example));
    expect(html).toContain('<section class="overview">');
    expect(html).toMatch(/\.overview \{ break-before: page;/);
    expect(html).toContain(
      '<th scope="row">&lt;b&gt;Helle&lt;/b&gt;, SPO</th><td class="mark">2</td>',
    );
    expect(html).not.toContain('<b>Helle</b>');
  });

  it('names a person without a name or affiliation "(uden navn)", not an empty row header', () => {
    const example = board();
    const jens = example.people.find((p) => p.id === 'jens');
    if (!jens) throw new Error('fixture');
    jens.name = '';
    jens.affiliation = '';
    const md = planToMarkdown(projectPlan(example));
    expect(md).toContain('| (uden navn) (kernedeltager) | ✓ |');
  });

  it('ends the Word document with the overview on a page of its own, the meetings standing', async () => {
    const plan = projectPlan(board());
    const xml = await documentXml(await planToDocx(plan));
    const heading = xml.lastIndexOf('Overblik: hvem kommer hvornår');
    const paragraph = xml.slice(xml.lastIndexOf('<w:p>', heading), heading);
    expect(paragraph).toContain('<w:pageBreakBefore/>');
    const overview = tableRows(xml).at(-1);
    expect(overview?.slice(0, 3)).toEqual([
      'Netværksdeltager | Netværksmøde 1, 12. januar 2027 | Netværksmøde 2, 9. februar 2027 | Ekstramøde, 9. marts 2027 | Afsluttende møde, 11. maj 2027',
      'Jens J., ØS (kernedeltager) | ✓ |  |  | ',
      'Helle H., SPO | 2 |  |  | ',
    ]);
    const table = xml.slice(heading).match(/<w:tbl>[\s\S]*?<\/w:tbl>/)?.[0] ?? '';
    // Each meeting's name reads from bottom to top, the names of people across.
    expect(table.match(/<w:textDirection w:val="btLr"\/>/g)).toHaveLength(4);
    expect(table.match(/<w:gridCol /g)).toHaveLength(5);
  });

  it('splits a Word overview of more than twenty meetings into tables that each name the people', async () => {
    const example = board();
    for (let i = 0; i < 21; i++) example.meetings.splice(1, 0, extraMeeting(`extra${i}`));
    const xml = await documentXml(await planToDocx(projectPlan(example)));
    const [first, second] = tableRows(xml.slice(xml.lastIndexOf('Overblik')));
    expect(first?.[0]?.split(' | ')).toHaveLength(1 + 20);
    expect(second?.[0]?.split(' | ')).toEqual([
      'Netværksdeltager',
      'Ekstramøde 20',
      'Ekstramøde 21',
      'Netværksmøde 2, 9. februar 2027',
      'Ekstramøde 22, 9. marts 2027',
      'Afsluttende møde, 11. maj 2027',
    ]);
    expect(second?.slice(1).map((row) => row.split(' | ')[0])).toEqual(
      first?.slice(1).map((row) => row.split(' | ')[0]),
    );
    // The printable HTML splits the same way: one table past twenty meetings cannot fit A4.
    const html = planToHtml(projectPlan(example));
    const section = html.slice(html.indexOf('<section class="overview">'));
    expect(section.match(/<table>/g)).toHaveLength(2);
    expect(section.match(/<th scope="row">Helle H., SPO<\/th>/g)).toHaveLength(2);
  });

  it('gives each Word cell the width of its column, where the same mark stands in tables of other widths', async () => {
    const example = board();
    for (let i = 0; i < 21; i++) example.meetings.splice(1, 0, extraMeeting(`extra${i}`));
    const xml = await documentXml(await planToDocx(projectPlan(example)));
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const overviews = tables.slice(-2);
    // Twenty meetings' columns are narrower than five's: the same empty cell has two widths.
    const gridOf = (table: string) =>
      [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, w]) => w);
    expect(new Set(overviews.map((table) => gridOf(table)[1])).size).toBe(2);
    for (const table of tables) {
      const grid = gridOf(table);
      for (const row of table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []) {
        const widths = [...row.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)];
        expect(widths.map(([, w]) => w)).toEqual(grid);
      }
    }
  });

  it('is left out when the pool is empty', async () => {
    const empty = { ...board(), people: [], notes: [] };
    expect(planToMarkdown(projectPlan(empty))).not.toContain('Overblik');
    expect(planToHtml(projectPlan(empty))).not.toContain('class="overview"');
    expect(await documentXml(await planToDocx(projectPlan(empty)))).not.toContain('Overblik');
  });
});
