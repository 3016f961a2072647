import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { escapeHtml, planToHtml } from '../../shared/export/html.ts';
import {
  agendaPlan,
  makeForm,
  makeMeeting,
  makePlan,
  makeRow,
  paperExamplePlan,
} from './plan-fixtures.ts';

function parseHtml(html: string) {
  const window = new Window();
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  return { window, document };
}

/** Per meeting section: heading text and table cells (header row first, blank rows included). */
function readTables(html: string): { heading: string; rows: string[][] }[] {
  const { document } = parseHtml(html);
  return [...document.querySelectorAll('section.meeting')].map((section) => ({
    heading: section.querySelector('h2')?.textContent ?? '',
    rows: [...section.querySelectorAll('tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
    ),
  }));
}

describe('planToHtml', () => {
  it('is one Danish document with the title, the period and a table per meeting', () => {
    const plan = paperExamplePlan();
    const html = planToHtml(plan);
    expect(html.startsWith('<!doctype html>\n<html lang="da">')).toBe(true);
    const { document } = parseHtml(html);
    expect(document.documentElement.getAttribute('lang')).toBe('da');
    expect(document.querySelector('title')?.textContent).toBe('Læring om borgerinddragelse');
    expect(document.querySelector('h1')?.textContent).toBe('Læring om borgerinddragelse');
    expect(document.querySelector('.period')?.textContent).toBe(
      'Periode: 1. januar 2027 – 30. april 2027',
    );
    expect(document.querySelector('.details')?.textContent).toBe('kl. 13.00 · 120 min. · Rådhuset');

    const tables = readTables(html);
    expect(tables.map((t) => t.heading)).toEqual(plan.meetings.map((m) => m.heading));
    const header = [
      'Netværksdeltager',
      'Hvad skal personen bidrage med?',
      'Hvordan? (Inddragelsesform)',
    ];
    expect(tables[0]?.rows).toEqual([
      header,
      ['Jens J., ØS', 'Oplæg om X', 'Workshop m. borgere, facilitator'],
      ['Helle H., SPO', 'Bidrager med viden om Y', 'Workshop m. borgere, deltager'],
      ['Søren S., Borger', 'Modtager ydelse X', 'Workshop m. borgere, deltager'],
    ]);
    // Like the paper form, an empty meeting still prints rows to write in by hand.
    expect(tables[1]?.rows).toEqual([header, ['', '', ''], ['', '', ''], ['', '', '']]);
  });

  it('prints a form without participants as a row where it stands in the agenda, the placeholder in italics', () => {
    const html = planToHtml(agendaPlan());
    const [first, second] = readTables(html);
    const none = '(ingen deltagere knyttet til formen)';
    expect(first?.rows.slice(1)).toEqual([
      [none, '', 'Oplæg (20 min.)'],
      ['Jens J., ØS', 'Oplæg om X', 'Workshop m. borgere, facilitator'],
      ['Helle H., SPO', 'Viden om Y', 'Workshop m. borgere, deltager'],
      [none, '', 'Fælles refleksion (30 min.)'],
    ]);
    // The form counts as a line: two rows are left to write in by hand, not three.
    expect(second?.rows.slice(1)).toEqual([
      [none, '', 'Dialogmøde'],
      ['', '', ''],
      ['', '', ''],
    ]);
    const { document } = parseHtml(html);
    const placeholders = [...document.querySelectorAll('td.placeholder')];
    expect(placeholders.map((td) => td.textContent)).toEqual([none, none, none]);
    expect(html).toMatch(/td\.placeholder \{ font-style: italic; \}/);
  });

  it('escapes the name of a form without participants', () => {
    const plan = makePlan({
      meetings: [makeMeeting({ formsWithoutParticipants: [makeForm({ name: '<b>Oplæg</b>' })] })],
    });
    const html = planToHtml(plan);
    expect(html).toContain('&lt;b&gt;Oplæg&lt;/b&gt; (30 min.)');
    expect(html).not.toContain('<b>Oplæg</b>');
  });

  it('prints on A4 landscape and keeps each meeting together', () => {
    const html = planToHtml(paperExamplePlan());
    expect(html).toContain('@page { size: A4 landscape');
    expect(html).toMatch(/\.meeting\.keep \{[^}]*break-inside: avoid/);
    expect(html).toMatch(/th, td \{[^}]*border: 1px solid/);
    const { document } = parseHtml(html);
    const sections = [...document.querySelectorAll('section.meeting')];
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) expect(section.classList.contains('keep')).toBe(true);
  });

  it('lets a meeting too long for a page break between rows, so the title page is not left empty', () => {
    // Kept whole, 30 rows would go to page 2 and still break there: page 1 held only the title.
    const long = makeMeeting({ number: 1, rows: Array.from({ length: 30 }, () => makeRow()) });
    const short = makeMeeting({ number: 2, rows: [makeRow()] });
    const { document } = parseHtml(planToHtml(makePlan({ meetings: [long, short] })));
    const [first, second] = [...document.querySelectorAll('section.meeting')];
    expect(first?.classList.contains('keep')).toBe(false);
    expect(second?.classList.contains('keep')).toBe(true);
    // Twelve people with a few sentences each fill more than a page too.
    const contribution =
      'Bidrager med viden om ensomhed blandt unge i udskolingen og fortæller om erfaringerne fra klubberne.';
    const wordy = makeMeeting({
      rows: Array.from({ length: 12 }, () => makeRow({ contribution })),
    });
    const wordyHtml = parseHtml(planToHtml(makePlan({ meetings: [wordy] }))).document;
    expect(wordyHtml.querySelector('section.meeting')?.classList.contains('keep')).toBe(false);
    // The rows themselves never split, and the heading stays with the table.
    const html = planToHtml(makePlan({ meetings: [long] }));
    expect(html).toMatch(/tr \{[^}]*break-inside: avoid/);
    expect(html).toMatch(/\.details \{[^}]*break-after: avoid/);
  });

  it('is self-contained: no scripts, no external resources', () => {
    const html = planToHtml(paperExamplePlan());
    const { document } = parseHtml(html);
    expect(document.querySelectorAll('script, link, img, iframe, object, embed').length).toBe(0);
    expect(html).not.toMatch(/\b(?:src|href)=/i);
    expect(html).not.toMatch(/url\(|@import|https?:/i);
    expect(
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toContain("default-src 'none'");
  });

  it('shows markup in notes as text', () => {
    const evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const plan = makePlan({
      title: '</title><script>1</script>',
      meetings: [
        makeMeeting({
          heading: 'Møde <b>1</b>',
          rows: [makeRow({ participant: evil, contribution: 'it\'s "quoted"', how: 'a\nb' })],
        }),
      ],
    });
    const html = planToHtml(plan);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const { document } = parseHtml(html);
    expect(document.querySelectorAll('script, img, b').length).toBe(0);
    expect(document.querySelector('title')?.textContent).toBe('</title><script>1</script>');
    const tables = readTables(html);
    expect(tables[0]?.heading).toBe('Møde <b>1</b>');
    expect(tables[0]?.rows[1]).toEqual([evil, 'it\'s "quoted"', 'a\nb']);
  });

  it('drops characters that are illegal in XML and normalises line ends', () => {
    expect(escapeHtml('a\u0000b\u0007c\uFFFEd\uD800e\r\nf\rg')).toBe('abcde\nf\ng');
    expect(escapeHtml('😀')).toBe('😀');
  });
});
