import {
  BorderStyle,
  Document,
  HeadingLevel,
  HeightRule,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { meetingAgenda } from '../plan-agenda.ts';
import type { Plan, PlanMeeting } from '../plan.ts';
import {
  PLAN_COLUMN_TITLES,
  agendaCells,
  blankRowCount,
  documentTitle,
  meetingDetails,
  periodLine,
  splitLines,
  stripXmlIllegalChars,
} from './text.ts';

/**
 * The plan as a Word document that looks like the paper planning tool
 * (issue 2 §5): landscape A4, the title, then per meeting a heading and a
 * bordered three-column table with a bold header row (forms without
 * participants in their place, the placeholder in italics) and a few empty rows
 * to write in by hand.
 *
 * This is the only module that imports `docx` (a large library): the client
 * loads it lazily, so nothing else may import this file statically.
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
/** Up to this many rows a table is kept on one page; longer ones may break between rows. */
const KEEP_TOGETHER_MAX_ROWS = 15;

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const TABLE_BORDERS = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
} as const;

export async function planToDocx(plan: Plan): Promise<Uint8Array> {
  const title = clean(documentTitle(plan));
  const period = periodLine(plan);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
  ];
  if (period !== '') children.push(new Paragraph({ children: [new TextRun(clean(period))] }));
  for (const meeting of plan.meetings) children.push(...meetingBlock(meeting));

  const document = new Document({
    creator: 'Netværkstavlen',
    title,
    styles: {
      default: {
        // The plan is a Danish document: Word proofs it in Danish whatever its own language.
        document: { run: { font: 'Calibri', size: 22, language: { value: 'da-DK' } } },
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

function meetingBlock(meeting: PlanMeeting): (Paragraph | Table)[] {
  const block: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      keepNext: true,
      children: [new TextRun(clean(flatten(meeting.heading)))],
    }),
  ];
  const details = meetingDetails(meeting);
  if (details !== '') {
    block.push(new Paragraph({ keepNext: true, children: [new TextRun(clean(details))] }));
  }
  block.push(meetingTable(meeting), new Paragraph({}));
  return block;
}

function meetingTable(meeting: PlanMeeting): Table {
  const agenda = meetingAgenda(meeting);
  const rowCount = 1 + agenda.length + blankRowCount(meeting);
  const keepTogether = rowCount <= KEEP_TOGETHER_MAX_ROWS;
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      keepNext: true,
      children: PLAN_COLUMN_TITLES.map((t) => cell(t, { bold: true, fill: HEADER_FILL })),
    }),
  ];
  for (const entry of agenda) {
    const placeholder = entry.kind === 'form';
    rows.push(
      new TableRow({
        cantSplit: true,
        ...keepWithNext(keepTogether && rows.length < rowCount - 1),
        children: agendaCells(entry).map((text, i) =>
          cell(text, placeholder && i === 0 ? { italics: true } : {}),
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
        children: COLUMN_WIDTHS.map(() => cell('')),
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

/*
 * Options are only given when they differ from Word's default: docx writes an
 * explicit `false` for each one, which on a 5,000-row plan more than doubled
 * the XML and cost about a third of the export time (issue 2 §5: ≤ 1 s).
 */
function keepWithNext(keep: boolean): { keepNext?: true } {
  return keep ? { keepNext: true } : {};
}

// Cells take their widths from the table's grid (docx writes them out).
function cell(
  text: string,
  style: { bold?: boolean; italics?: boolean; fill?: string } = {},
): TableCell {
  // One run per line, joined by line breaks, so multi-line notes keep their shape.
  const runs = splitLines(clean(text)).map(
    (line, i) =>
      new TextRun({
        text: line,
        ...(style.bold === true ? { bold: true } : {}),
        ...(style.italics === true ? { italics: true } : {}),
        ...(i === 0 ? {} : { break: 1 }),
      }),
  );
  return new TableCell({
    ...(style.fill === undefined
      ? {}
      : { shading: { type: ShadingType.CLEAR, color: 'auto', fill: style.fill } }),
    children: [new Paragraph({ children: runs })],
  });
}

function clean(text: string): string {
  return stripXmlIllegalChars(text);
}

function flatten(text: string): string {
  return text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');
}
