import { describe, expect, it } from 'vitest';
import { planToHtml } from '../../shared/export/html.ts';
import { planToMarkdown } from '../../shared/export/markdown.ts';
import { overviewTable } from '../../shared/export/text.ts';
import { projectPlan } from '../../shared/projection.ts';
import type { Board, Meeting } from '../../shared/schema.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

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
      '| Netværksdeltager | Netværksmøde 1 | Netværksmøde 2 | Ekstramøde, 9. marts 2027 | Afsluttende møde |',
      '| --- | --- | --- | --- | --- |',
      '| Jens J., ØS (kernedeltager) | ✓ |   |   |   |',
      '| Helle H., SPO | 2 |   |   |   |',
    ]);
  });

  it('tells extra meetings apart: numbered in board order, dated where they have a date', () => {
    const example = board();
    const extra = (id: string, date: string | null): Meeting => ({
      id,
      kind: 'extra',
      subtheme: '',
      date,
      startTime: null,
      durationMinutes: null,
      location: '',
    });
    // Two undated ones, and one on the same date as the dated one.
    example.meetings.splice(3, 0, extra('x2', null), extra('x3', '2027-03-09'));
    example.meetings.splice(1, 0, extra('x0', null));
    const header = overviewTable(projectPlan(example))?.header ?? [];
    expect(header).toEqual([
      'Netværksdeltager',
      'Netværksmøde 1',
      'Ekstramøde 1',
      'Netværksmøde 2',
      'Ekstramøde 2, 9. marts 2027',
      'Ekstramøde 3',
      'Ekstramøde 4, 9. marts 2027',
      'Afsluttende møde',
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

  it('is left out when the pool is empty', () => {
    const empty = { ...board(), people: [], notes: [] };
    expect(planToMarkdown(projectPlan(empty))).not.toContain('Overblik');
    expect(planToHtml(projectPlan(empty))).not.toContain('class="overview"');
  });
});
