import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMN_TITLES,
  csvCell,
  neutraliseFormula,
  planToCsv,
} from '../../shared/export/csv.ts';
import {
  agendaPlan,
  makeForm,
  makeMeeting,
  makePlan,
  makeRow,
  paperExamplePlan,
} from './plan-fixtures.ts';

/** A column's index, by its title. */
const col = (title: (typeof CSV_COLUMN_TITLES)[number]) => CSV_COLUMN_TITLES.indexOf(title);
const PARTICIPANT = col('Netværksdeltager');

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    delimiter: ';',
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('planToCsv', () => {
  it('starts with a BOM, ends every record with CRLF, and has a column per meeting field', () => {
    const csv = planToCsv(paperExamplePlan());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = parse(csv);
    expect(rows[0]).toEqual([
      'Møde',
      'Undertema',
      'Dato',
      'Kl.',
      'Varighed (min.)',
      'Inddragelsesformer (min.)',
      'Sted',
      'Netværksdeltager',
      'Hvad skal personen bidrage med?',
      'Hvordan? (Inddragelsesform)',
      'Kernedeltager',
    ]);
    expect(rows[0]).toEqual([...CSV_COLUMN_TITLES]);
    const meeting1 = ['Netværksmøde 1', 'Undertema', '2027-01-12', '13:00', '120', '', 'Rådhuset'];
    expect(rows.slice(1)).toEqual([
      [...meeting1, 'Jens J., ØS', 'Oplæg om X', 'Workshop m. borgere, facilitator', 'ja'],
      [
        ...meeting1,
        'Helle H., SPO',
        'Bidrager med viden om Y',
        'Workshop m. borgere, deltager',
        '',
      ],
      [...meeting1, 'Søren S., Borger', 'Modtager ydelse X', 'Workshop m. borgere, deltager', ''],
      // The meeting without rows is kept as a record of its own fields; the final
      // meeting's empty sub-theme is its standing purpose, as in its heading.
      [
        'Afsluttende møde',
        'Analyse og generering af læring på baggrund af øvrige netværksmøder',
        '2027-04-20',
        ...Array.from({ length: 8 }, () => ''),
      ],
    ]);
  });

  it('gives a form without participants a record of its own, in agenda order, with the same columns', () => {
    const csv = planToCsv(agendaPlan());
    // Still one record per line: Excel sorts and filters it.
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = parse(csv);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMN_TITLES.length);
    const meeting1 = ['Netværksmøde 1', 'Samarbejde med borgerne', '2027-01-12', '', '', '', ''];
    const meeting2 = ['Netværksmøde 2', 'Samarbejde med borgerne', '2027-01-12', '', '', '', ''];
    expect(rows.slice(1)).toEqual([
      [...meeting1, '(ingen deltagere knyttet til formen)', '', 'Oplæg (20 min.)', ''],
      [...meeting1, 'Jens J., ØS', 'Oplæg om X', 'Workshop m. borgere, facilitator', ''],
      [...meeting1, 'Helle H., SPO', 'Viden om Y', 'Workshop m. borgere, deltager', ''],
      [...meeting1, '(ingen deltagere knyttet til formen)', '', 'Fælles refleksion (30 min.)', ''],
      // No empty record besides: the form keeps the meeting in the sheet.
      [...meeting2, '(ingen deltagere knyttet til formen)', '', 'Dialogmøde', ''],
    ]);
  });

  it('neutralises a form name that would start a formula', () => {
    const plan = makePlan({
      meetings: [makeMeeting({ formsWithoutParticipants: [makeForm({ name: '=1+1' })] })],
    });
    expect(parse(planToCsv(plan))[1]?.[col('Hvordan? (Inddragelsesform)')]).toBe("'=1+1 (30 min.)");
  });

  it('numbers extra meetings in the Møde column, so a filter tells them apart', () => {
    const extra = (date: string | null) =>
      makeMeeting({ kind: 'extra', number: null, subtheme: '', date });
    const plan = makePlan({
      meetings: [makeMeeting(), extra(null), extra('2027-02-02'), makeMeeting({ number: 2 })],
    });
    const firstCells = planToCsv(plan)
      .slice(1)
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(';')[0]);
    expect(firstCells).toEqual([
      'Netværksmøde 1',
      'Ekstramøde 1',
      'Ekstramøde 2',
      'Netværksmøde 2',
    ]);
  });

  it("gives the forms' minutes of each meeting a column, empty when no form has a time", () => {
    const plan = makePlan({
      meetings: [makeMeeting({ formsMinutes: 170, rows: [makeRow()] }), makeMeeting({ number: 2 })],
    });
    const rows = parse(planToCsv(plan)).slice(1);
    expect(rows.map((row) => row[col('Inddragelsesformer (min.)')])).toEqual(['170', '']);
  });

  it('leaves the date empty for a meeting without one', () => {
    const plan = makePlan({ meetings: [makeMeeting({ date: null, rows: [makeRow()] })] });
    expect(parse(planToCsv(plan))[1]?.[col('Dato')]).toBe('');
  });

  it('quotes separators, quotes and line breaks so they survive a round trip', () => {
    const texts = ['a;b', 'say "hi"', 'line\nbreak', 'cr\r\nlf', 'plain, with comma', 'æøå ÆØÅ'];
    const plan = makePlan({
      meetings: [
        makeMeeting({
          rows: texts.map((t) => makeRow({ participant: t, contribution: t, how: t })),
        }),
      ],
    });
    const csv = planToCsv(plan);
    expect(csv).toContain('"a;b"');
    expect(csv).toContain('"say ""hi"""');
    const rows = parse(csv).slice(1);
    expect(rows).toHaveLength(texts.length);
    for (const [i, text] of texts.entries()) {
      expect(rows[i]?.slice(PARTICIPANT, PARTICIPANT + 3)).toEqual([text, text, text]);
    }
  });

  it.each(['=', '+', '-', '@', '\t', '\r', '\n'])(
    'neutralises a cell starting with %j against formula injection',
    (first) => {
      const text = `${first}SUM(A1:A9)`;
      const plan = makePlan({
        meetings: [
          makeMeeting({ rows: [makeRow({ participant: text, contribution: 'ok', how: 'ok' })] }),
        ],
      });
      const cell = parse(planToCsv(plan))[1]?.[PARTICIPANT];
      expect(cell).toBe(`'${text}`);
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it('leaves harmless cells as they are', () => {
    expect(neutraliseFormula('Jens = glad')).toBe('Jens = glad');
    expect(csvCell('Workshop m. borgere, deltager')).toBe('Workshop m. borgere, deltager');
    expect(csvCell('')).toBe('');
    expect(csvCell('=1;2')).toBe(`"'=1;2"`);
  });
});
