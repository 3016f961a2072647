import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { planToDocx } from '../../shared/export/docx.ts';
import { documentXml, tableRows } from './docx-xml.ts';
import { agendaPlan, makeMeeting, makePlan, makeRow, paperExamplePlan } from './plan-fixtures.ts';

describe('planToDocx', () => {
  it('marks its text as Danish, so Word proofs it in Danish', async () => {
    const files = unzipSync(await planToDocx(paperExamplePlan()));
    const styles = strFromU8(files['word/styles.xml'] ?? new Uint8Array());
    expect(styles).toMatch(
      /<w:docDefaults>[\s\S]*<w:lang w:val="da-DK"\/>[\s\S]*<\/w:docDefaults>/,
    );
  });

  it('is a Word file with the title, a heading and a table per meeting', async () => {
    const plan = paperExamplePlan();
    const bytes = await planToDocx(plan);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(strFromU8(bytes.slice(0, 2))).toBe('PK');
    const xml = await documentXml(bytes);

    expect(xml).toContain('Læring om borgerinddragelse');
    expect(xml).toContain('Periode: 1. januar 2027 – 30. april 2027');
    for (const meeting of plan.meetings) expect(xml).toContain(meeting.heading);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(plan.meetings.length);

    const header =
      'Netværksdeltager | Hvad skal personen bidrage med? | Hvordan? (Inddragelsesform)';
    expect(tableRows(xml)).toEqual([
      [
        header,
        'Jens J., ØS | Oplæg om X | Workshop m. borgere, facilitator',
        'Helle H., SPO | Bidrager med viden om Y | Workshop m. borgere, deltager',
        'Søren S., Borger | Modtager ydelse X | Workshop m. borgere, deltager',
      ],
      // Empty rows to write in by hand, as on the paper form.
      [header, ' |  | ', ' |  | ', ' |  | '],
    ]);
  });

  it('has a bold, repeated header row, borders and a fixed three-column grid', async () => {
    const xml = await documentXml(await planToDocx(paperExamplePlan()));
    const firstTable = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)?.[0] ?? '';
    const headerRow = firstTable.match(/<w:tr[ >][\s\S]*?<\/w:tr>/)?.[0] ?? '';
    expect(headerRow).toContain('<w:tblHeader/>');
    expect(headerRow.match(/<w:b\/>/g)?.length).toBeGreaterThanOrEqual(3);
    expect(firstTable.match(/<w:gridCol /g)).toHaveLength(3);
    expect(firstTable).toMatch(/<w:insideH w:val="single"/);
    expect(firstTable).toMatch(/<w:insideV w:val="single"/);
  });

  it('pads a table to three rows but not a longer one', async () => {
    const rows = Array.from({ length: 4 }, (_, i) => makeRow({ participant: `P${i}` }));
    const plan = makePlan({
      meetings: [makeMeeting({ rows: rows.slice(0, 1) }), makeMeeting({ number: 2, rows })],
    });
    const tables = tableRows(await documentXml(await planToDocx(plan)));
    expect(tables.map((t) => t.length)).toEqual([1 + 3, 1 + 4]);
  });

  it('keeps a meeting whose rows fit a page together, and lets a longer one break between rows', async () => {
    const contribution =
      'Bidrager med viden om ensomhed blandt unge i udskolingen og fortæller om erfaringerne fra klubberne.';
    const short = makeMeeting({ rows: [makeRow(), makeRow()] });
    // Twelve rows, but of a few sentences each: more than a page, as a whole on the next one.
    const wordy = makeMeeting({
      rows: Array.from({ length: 12 }, () => makeRow({ contribution })),
    });
    const xml = await documentXml(await planToDocx(makePlan({ meetings: [short, wordy] })));
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const bodyRows = (table: string) =>
      (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).filter(
        (row) => !row.includes('<w:tblHeader/>'),
      );
    const kept = (table: string) => bodyRows(table).map((row) => row.includes('<w:keepNext/>'));
    // Each row but the last keeps with the next; the long one's rows do not.
    expect(kept(tables[0] ?? '')).toEqual([true, true, false]);
    expect(kept(tables[1] ?? '').some(Boolean)).toBe(false);
  });

  it('has a row for each form without participants where it stands in the agenda, the placeholder in italics', async () => {
    const xml = await documentXml(await planToDocx(agendaPlan()));
    const header =
      'Netværksdeltager | Hvad skal personen bidrage med? | Hvordan? (Inddragelsesform)';
    const none = '(ingen deltagere knyttet til formen)';
    expect(tableRows(xml)).toEqual([
      [
        header,
        `${none} |  | Oplæg (20 min.)`,
        'Jens J., ØS | Oplæg om X | Workshop m. borgere, facilitator',
        'Helle H., SPO | Viden om Y | Workshop m. borgere, deltager',
        `${none} |  | Fælles refleksion (30 min.)`,
      ],
      // The form counts as a line: padded to three with two empty rows.
      [header, `${none} |  | Dialogmøde`, ' |  | ', ' |  | '],
    ]);
    const placeholderRuns =
      xml.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*\(ingen deltagere knyttet til formen\)/g) ?? [];
    expect(placeholderRuns).toHaveLength(3);
    for (const run of placeholderRuns) expect(run).toContain('<w:i/>');
    expect(xml.match(/<w:i\/>/g)).toHaveLength(3);
  });

  it('names the app as its author and last editor, not "Un-named"', async () => {
    const files = unzipSync(await planToDocx(paperExamplePlan()));
    const core = strFromU8(files['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dc:creator>Netværkstavlen</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Netværkstavlen</cp:lastModifiedBy>');
  });

  it('lays the page out as A4 landscape', async () => {
    const xml = await documentXml(await planToDocx(paperExamplePlan()));
    const pageSize = xml.match(/<w:pgSz [^>]*\/>/)?.[0] ?? '';
    expect(pageSize).toContain('w:orient="landscape"');
    expect(pageSize).toContain('w:w="16838"');
    expect(pageSize).toContain('w:h="11906"');
  });

  it('strips characters illegal in XML and keeps markup and line breaks as text', async () => {
    const plan = makePlan({
      title: 'Titel\u0001 med\uFFFF styretegn',
      meetings: [
        makeMeeting({
          heading: 'Møde\u0000 1',
          rows: [
            makeRow({
              participant: 'Jens\u0008 J.\uD800',
              contribution: '<script>alert(1)</script> & "x"',
              how: 'linje 1\nlinje 2\u001F',
            }),
          ],
        }),
      ],
    });
    const xml = await documentXml(await planToDocx(plan));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).not.toMatch(/[\uD800-\uDFFF]/);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('Titel med styretegn');
    expect(xml).toContain('Møde 1');
    expect(tableRows(xml)[0]?.[1]).toBe(
      'Jens J. | <script>alert(1)</script> & "x" | linje 1\nlinje 2',
    );
  });

  it('keeps Danish letters and emoji intact', async () => {
    const plan = makePlan({
      meetings: [makeMeeting({ rows: [makeRow({ participant: 'Søren Æblegård 😀' })] })],
    });
    const xml = await documentXml(await planToDocx(plan));
    expect(xml).toContain('Søren Æblegård 😀');
  });
});
