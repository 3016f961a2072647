import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { planToCsv } from '../../shared/export/csv.ts';
import { planToDocx } from '../../shared/export/docx.ts';
import { planToHtml } from '../../shared/export/html.ts';
import { EXPORT_FORMATS, renderPlanExport } from '../../shared/export/index.ts';
import { planToJson } from '../../shared/export/json.ts';
import { planToMarkdown } from '../../shared/export/markdown.ts';
import type { Plan } from '../../shared/plan.ts';
import { projectPlan } from '../../shared/projection.ts';
import type { Board } from '../../shared/schema.ts';
import { documentXml, tableRows, textOf } from './docx-xml.ts';
import { aForm, aMeeting, aParticipant, aPerson, makeBoard } from './fixtures.ts';

/**
 * The plan's files in the reader's language (Danish by default): a board
 * created from the English page, all its typed text English, gives files with
 * no Danish word of ours in them.
 */

function englishBoard(fields: Partial<Board> = {}): Board {
  const m1 = aMeeting({
    id: 'm1',
    subtheme: 'What do we know?',
    date: '2027-01-12',
    startTime: '13:00',
    durationMinutes: 60,
    location: 'Town hall',
  });
  const final = aMeeting({ id: 'fin', kind: 'final', subtheme: '', date: '2027-04-20' });
  const extraA = aMeeting({ id: 'xa', kind: 'extra', subtheme: '', date: '2027-02-03' });
  const extraB = aMeeting({ id: 'xb', kind: 'extra', subtheme: 'Follow-up', date: null });
  return makeBoard({
    title: 'Loneliness among young people',
    meetings: [m1, extraA, extraB, final],
    people: [
      aPerson({ id: 'jens', name: 'Jens J.', affiliation: 'City', core: true }),
      aPerson({ id: 'soren', name: 'Soren S.', affiliation: '', category: 'citizen' }),
      aPerson({ id: 'nameless', name: '', affiliation: '', category: 'other' }),
    ],
    notes: [
      aForm({ id: 'talk', lane: 'm1', y: 0, name: 'Talk', durationMinutes: 45 }),
      aParticipant({ id: 'n1', lane: 'm1', y: 100, person: 'jens', form: 'talk', role: 'host' }),
      aParticipant({ id: 'n2', lane: 'm1', y: 200, person: 'soren', contribution: 'Stories' }),
      aForm({ id: 'refl', lane: 'm1', y: 300, name: 'Reflection', durationMinutes: 30 }),
      aForm({ id: 'open', lane: 'xa', y: 0, name: '', durationMinutes: null }),
      aParticipant({ id: 'n3', lane: 'xb', y: 0, person: 'nameless' }),
    ],
    ...fields,
  });
}

const plan = (): Plan => projectPlan(englishBoard());

/** Words the exports add in Danish, none of which an English file may hold. */
const DANISH_WORDS =
  /[æøåÆØÅ]|Periode|Overblik|kernedeltager|Inddragelse|Afsluttende|Undertema|\[dato\]|uden navn|ingen deltagere|kl\. |\bmin\.|Borger|Planlægning|;ja|Netværk|Ekstra|Hvad|Hvordan/;

describe('exports in English', () => {
  it('CSV: English column titles, meetings, placeholders and "yes", the same columns and shape', () => {
    const csv = planToCsv(plan(), 'en');
    expect(csv).not.toMatch(DANISH_WORDS);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
      delimiter: ';',
      newline: '\r\n',
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toEqual([
      'Meeting',
      'Sub-theme',
      'Date',
      'Start time',
      'Duration (min)',
      'Involvement forms (min)',
      'Location',
      'Network participant',
      'What should the person contribute?',
      'How? (Involvement form)',
      'Core participant',
    ]);
    const meeting1 = ['Network meeting 1', 'What do we know?', '2027-01-12', '13:00', '60', '75'];
    expect(rows.slice(1)).toEqual([
      [...meeting1, 'Town hall', 'Jens J., City', '', 'Talk, host', 'yes'],
      [
        ...meeting1,
        'Town hall',
        '(no participants linked to the form)',
        '',
        'Reflection (30 min)',
        '',
      ],
      [...meeting1, 'Town hall', 'Soren S., Citizen', 'Stories', '', ''],
      [
        'Extra meeting 1',
        '',
        '2027-02-03',
        '',
        '',
        '',
        '',
        '(no participants linked to the form)',
        '',
        '(untitled involvement form)',
        '',
      ],
      ['Extra meeting 2', 'Follow-up', '', '', '', '', '', '', '', '', ''],
      [
        'Final meeting',
        'Analysis and generation of learning based on the other network meetings',
        '2027-04-20',
        ...Array.from({ length: 8 }, () => ''),
      ],
    ]);
  });

  it('Markdown: English headings, details, forms’ time, column titles and overview', () => {
    const markdown = planToMarkdown(plan(), 'en');
    expect(markdown).not.toMatch(DANISH_WORDS);
    for (const part of [
      '# Loneliness among young people\n\nPeriod: 1 January 2027 – 30 April 2027\n',
      '## Network meeting 1: What do we know?, 12 January 2027\n',
      '\n13:00 · 60 min · Town hall\n',
      '\nInvolvement forms: 75 of 60 min – The involvement forms take 15 min longer than the meeting\n',
      '| Network participant | What should the person contribute? | How? (Involvement form) |',
      '| *(no participants linked to the form)* |   | Reflection (30 min) |',
      '| *No participants at this meeting yet.* |   |   |',
      '## Extra meeting, 3 February 2027\n',
      '## Extra meeting: Follow-up, \\[date\\]\n',
      '## Final meeting: Analysis and generation of learning based on the other network meetings, 20 April 2027',
      '## Overview: who comes when',
      '| Network participant | Network meeting 1, 12 January 2027 | Extra meeting 1, 3 February 2027 | Extra meeting 2 | Final meeting, 20 April 2027 |',
      '| Jens J., City (core participant) | ✓ |',
      '| Soren S., Citizen | ✓ |',
      '| (no name) |   |   | ✓ |',
    ]) {
      expect(markdown).toContain(part);
    }
  });

  it('Markdown: a board without a title is called after the planning tool, in English', () => {
    const untitled = planToMarkdown(projectPlan(englishBoard({ title: ' ', period: null })), 'en');
    expect(untitled.startsWith('# Planning tool\n\n## Network meeting 1')).toBe(true);
  });

  it('HTML: lang="en", English headings and column titles', () => {
    const html = planToHtml(plan(), 'en');
    expect(html).not.toMatch(DANISH_WORDS);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<p class="period">Period: 1 January 2027 – 30 April 2027</p>');
    expect(html).toContain('<h2>Network meeting 1: What do we know?, 12 January 2027</h2>');
    expect(html).toContain('<p class="details">13:00 · 60 min · Town hall</p>');
    expect(html).toContain(
      '<th scope="col">Network participant</th><th scope="col">What should the person contribute?</th>',
    );
    expect(html).toContain('<td class="placeholder">(no participants linked to the form)</td>');
    expect(html).toContain('<h2>Overview: who comes when</h2>');
    expect(html).toContain('<th scope="row">Jens J., City (core participant)</th>');
  });

  it('DOCX: English headings, tables and overview, proofed in British English', async () => {
    const bytes = await planToDocx(plan(), 'en');
    const xml = await documentXml(bytes);
    expect(textOf(xml)).not.toMatch(DANISH_WORDS);
    const paragraphs = (xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).map(textOf);
    expect(paragraphs).toContain('Period: 1 January 2027 – 30 April 2027');
    expect(paragraphs).toContain('Network meeting 1: What do we know?, 12 January 2027');
    expect(paragraphs).toContain('13:00 · 60 min · Town hall');
    expect(paragraphs).toContain('Overview: who comes when');
    const [meeting1] = tableRows(xml);
    expect(meeting1?.[0]).toBe(
      'Network participant | What should the person contribute? | How? (Involvement form)',
    );
    expect(meeting1?.[2]).toBe('(no participants linked to the form) |  | Reflection (30 min)');
    const styles = strFromU8(unzipSync(bytes)['word/styles.xml'] ?? new Uint8Array());
    expect(styles).toContain('w:lang w:val="en-GB"');
    expect(styles).not.toContain('da-DK');
  });

  it('DOCX: Danish by default, proofed in Danish', async () => {
    const bytes = await planToDocx(plan());
    const styles = strFromU8(unzipSync(bytes)['word/styles.xml'] ?? new Uint8Array());
    expect(styles).toContain('w:lang w:val="da-DK"');
    expect(await documentXml(bytes)).toContain('Netværksmøde 1: What do we know?, 12. januar 2027');
  });

  it('JSON: English headings and the added citizen word; typed text and both check languages kept', () => {
    const danish = plan();
    const english = JSON.parse(planToJson(danish, 'en')) as Plan;
    expect(english.meetings.map((meeting) => meeting.heading)).toEqual([
      'Network meeting 1: What do we know?, 12 January 2027',
      'Extra meeting, 3 February 2027',
      'Extra meeting: Follow-up, [date]',
      'Final meeting: Analysis and generation of learning based on the other network meetings, 20 April 2027',
    ]);
    expect(english.meetings[0]?.rows.map((row) => row.participant)).toEqual([
      'Jens J., City',
      'Soren S., Citizen',
    ]);
    expect(english.overview.people.map((person) => person.participant)).toContain(
      'Soren S., Citizen',
    );
    expect(english.checks).toEqual(danish.checks);
    // Only the words change: every other field is as projected.
    const words = (p: Plan) =>
      p.meetings.map((m) => [m.heading, ...m.rows.map((r) => r.participant)]).flat();
    expect({ ...english, meetings: [], overview: null }).toEqual({
      ...danish,
      meetings: [],
      overview: null,
    });
    expect(words(english)).not.toEqual(words(danish));
    expect(planToJson(danish)).toBe(`${JSON.stringify(danish, null, 2)}\n`);
  });

  it('renderPlanExport hands the language to every format, Danish by default', async () => {
    for (const format of EXPORT_FORMATS) {
      const english = await renderPlanExport(plan(), format, 'en');
      const danish = await renderPlanExport(plan(), format);
      // The words of the plan itself: the JSON's checks carry both languages.
      const text = (data: string | Uint8Array) =>
        typeof data !== 'string'
          ? textOf(strFromU8(unzipSync(data)['word/document.xml'] ?? new Uint8Array()))
          : format === 'json'
            ? JSON.stringify((JSON.parse(data) as Plan).meetings)
            : data;
      expect(text(english), format).toContain('Network meeting 1');
      expect(text(english), format).not.toContain('Netværksmøde 1');
      expect(text(danish), format).toContain('Netværksmøde 1');
    }
  });
});
