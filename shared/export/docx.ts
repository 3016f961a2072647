import {
  BorderStyle,
  Document,
  HeadingLevel,
  HeightRule,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { hyphenateLongWords } from '../hyphenate.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { meetingAgenda } from '../plan-agenda.ts';
import { meetingDetails, planMeetingHeading } from '../plan-labels.ts';
import type { Plan, PlanMeeting } from '../plan.ts';
import { cellMaker } from './docx-cell.ts';
import {
  agendaCells,
  blankRowCount,
  keepsMeetingTogether,
  documentTitle,
  formsMinutesLine,
  overviewHeading,
  overviewParts,
  overviewTable,
  periodLine,
  planColumnTitles,
  type OverviewTable,
  stripXmlIllegalChars,
} from './text.ts';

/**
 * The plan as a Word document that looks like the paper planning tool
 * (issue 2 §5): landscape A4, the title, then per meeting a heading and a
 * bordered three-column table with a bold header row (forms without
 * participants in their place, the placeholder in italics) and a few empty rows
 * to write in by hand; last, on a page of its own, who comes when (a person
 * per row, a meeting per column, the meetings' names standing vertically so
 * twenty of them fit the page's width, as in the printable HTML).
 *
 * This and its cells (docx-cell.ts) are the only modules that import `docx` (a
 * large library): the client loads them lazily, so nothing else may import
 * them statically.
 */

// A4 in twips (1/20 pt); docx swaps width and height for landscape.
const A4_SHORT_SIDE = 11_906;
const A4_LONG_SIDE = 16_838;
const PAGE_MARGIN = 1_134; // 2 cm
const TABLE_WIDTH = A4_LONG_SIDE - 2 * PAGE_MARGIN;
// Participant 28 %, contribution and form 36 % each — the paper form's proportions.
const PARTICIPANT_WIDTH = Math.round(TABLE_WIDTH * 0.28);
const OTHER_WIDTH = Math.floor((TABLE_WIDTH - PARTICIPANT_WIDTH) / 2);
const COLUMN_WIDTHS = [
  PARTICIPANT_WIDTH,
  OTHER_WIDTH,
  TABLE_WIDTH - PARTICIPANT_WIDTH - OTHER_WIDTH,
];
const BLANK_ROW_HEIGHT = 567; // 1 cm: room for a handwritten line
const HEADER_FILL = 'E7E6E6';
const CELL_MARGINS = { top: 57, bottom: 57, left: 113, right: 113 } as const; // 1 mm, 2 mm
// The overview: a meeting's column between 0.8 and 2 cm, the names' column takes the rest,
// at least 9.7 cm with the most meetings one table holds (OVERVIEW_MAX_MEETINGS).
const MARK_MIN_WIDTH = 454;
const MARK_MAX_WIDTH = 1_134;
// 6.5 cm: room for "Afsluttende møde, 15. september 2027" standing (11 pt bold), on one line.
const OVERVIEW_HEADER_HEIGHT = 3_685;

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const TABLE_BORDERS = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
} as const;

/** Word proofs the document in its own language, whatever Word's language is. */
const PROOFING_LANGUAGE: Readonly<Record<Lang, string>> = { da: 'da-DK', en: 'en-GB' };

export async function planToDocx(plan: Plan, lang: Lang = DEFAULT_LANG): Promise<Uint8Array> {
  const title = clean(documentTitle(plan, lang));
  const period = periodLine(plan, lang);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
  ];
  if (period !== '') children.push(new Paragraph({ children: [new TextRun(clean(period))] }));
  const cell = cellMaker();
  for (const meeting of plan.meetings) children.push(...meetingBlock(meeting, lang, cell));
  children.push(...overviewBlock(plan, lang, cell));

  const document = new Document({
    creator: 'Netværkstavlen',
    lastModifiedBy: 'Netværkstavlen',
    title,
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: PROOFING_LANGUAGE[lang] } },
        },
        title: { run: { font: 'Calibri', size: 36, bold: true, color: '000000' } },
        heading2: {
          run: { font: 'Calibri', size: 26, bold: true, color: '000000' },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4_SHORT_SIDE,
              height: A4_LONG_SIDE,
              orientation: PageOrientation.LANDSCAPE,
            },
            margin: {
              top: PAGE_MARGIN,
              right: PAGE_MARGIN,
              bottom: PAGE_MARGIN,
              left: PAGE_MARGIN,
            },
          },
        },
        children,
      },
    ],
  });
  // `toArrayBuffer` works in the browser and in Node; `toBuffer` is Node-only.
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function meetingBlock(meeting: PlanMeeting, lang: Lang, cell: Cell): (Paragraph | Table)[] {
  const block: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      keepNext: true,
      children: [new TextRun(clean(flatten(planMeetingHeading(meeting, lang))))],
    }),
  ];
  for (const line of [meetingDetails(meeting, lang), formsMinutesLine(meeting, lang)]) {
    if (line !== '') {
      block.push(new Paragraph({ keepNext: true, children: [new TextRun(clean(line))] }));
    }
  }
  block.push(meetingTable(meeting, lang, cell), new Paragraph({}));
  return block;
}

function meetingTable(meeting: PlanMeeting, lang: Lang, cell: Cell): Table {
  const agenda = meetingAgenda(meeting);
  const rowCount = 1 + agenda.length + blankRowCount(meeting);
  const keepTogether = keepsMeetingTogether(meeting, lang);
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      keepNext: true,
      children: planColumnTitles(lang).map((t, i) =>
        cell(t, COLUMN_WIDTHS[i] ?? 0, { bold: true, fill: HEADER_FILL }),
      ),
    }),
  ];
  for (const entry of agenda) {
    const placeholder = entry.kind === 'form';
    rows.push(
      new TableRow({
        cantSplit: true,
        ...keepWithNext(keepTogether && rows.length < rowCount - 1),
        // The participant's column is narrow: its long words break at a syllable, hyphenated.
        children: agendaCells(entry, lang).map((text, i) =>
          i === 0
            ? cell(
                hyphenateLongWords(text),
                COLUMN_WIDTHS[0] ?? 0,
                placeholder ? { italics: true } : {},
              )
            : cell(text, COLUMN_WIDTHS[i] ?? 0),
        ),
      }),
    );
  }
  for (let i = 0; i < blankRowCount(meeting); i++) {
    rows.push(
      new TableRow({
        cantSplit: true,
        ...keepWithNext(keepTogether && rows.length < rowCount - 1),
        height: { value: BLANK_ROW_HEIGHT, rule: HeightRule.ATLEAST },
        children: COLUMN_WIDTHS.map((width) => cell('', width)),
      }),
    );
  }
  return new Table({
    rows,
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
  });
}

function overviewBlock(plan: Plan, lang: Lang, cell: Cell): (Paragraph | Table)[] {
  const overview = overviewTable(plan, lang);
  if (overview === null) return [];
  const block: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      pageBreakBefore: true,
      keepNext: true,
      children: [new TextRun(overviewHeading(lang))],
    }),
  ];
  overviewParts(overview).forEach((part, i) => {
    if (i > 0) block.push(new Paragraph({}));
    block.push(overviewPart(part, cell));
  });
  return block;
}

function overviewPart({ header, rows }: OverviewTable, cell: Cell): Table {
  const meetings = header.length - 1;
  const markWidth = Math.max(
    MARK_MIN_WIDTH,
    Math.min(MARK_MAX_WIDTH, Math.floor(TABLE_WIDTH / 2 / meetings)),
  );
  const columnWidths = [
    TABLE_WIDTH - markWidth * meetings,
    ...Array.from({ length: meetings }, () => markWidth),
  ];
  return new Table({
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        height: { value: OVERVIEW_HEADER_HEIGHT, rule: HeightRule.ATLEAST },
        children: header.map((text, i) =>
          cell(text, columnWidths[i] ?? 0, {
            bold: true,
            fill: HEADER_FILL,
            ...(i === 0 ? {} : { vertical: true }),
          }),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            // A long name breaks at a syllable, with its hyphen (hyphenate.ts), as in the app.
            children: row.map((text, i) =>
              i === 0
                ? cell(hyphenateLongWords(text), columnWidths[i] ?? 0)
                : cell(text, columnWidths[i] ?? 0, { centred: true }),
            ),
          }),
      ),
    ],
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
  });
}

/*
 * Options are only given when they differ from Word's default: docx writes an
 * explicit `false` for each one, which on a 5,000-row plan more than doubled
 * the XML and cost about a third of the export time (issue 2 §5: ≤ 1 s).
 */
function keepWithNext(keep: boolean): { keepNext?: true } {
  return keep ? { keepNext: true } : {};
}

type Cell = ReturnType<typeof cellMaker>;

function clean(text: string): string {
  return stripXmlIllegalChars(text);
}

function flatten(text: string): string {
  return text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');
}
