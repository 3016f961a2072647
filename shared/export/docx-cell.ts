import {
  AlignmentType,
  Paragraph,
  ShadingType,
  SoftHyphen,
  TableCell,
  TextDirection,
  TextRun,
  type IContext,
  type IXmlableObject,
} from 'docx';
import { SOFT_HYPHEN } from '../i18n/translate.ts';
import { splitLines, stripXmlIllegalChars } from './text.ts';

/**
 * The DOCX export's table cells. A plan repeats most of its cells word for word (the
 * overview's marks and empty cells, a person or a form in row after row), and docx
 * spends its time per component it builds and writes, so each distinct cell is built
 * once per export and its XML object worked out once, wherever it stands.
 * Only docx.ts imports this module (see there why).
 */

export interface CellStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly fill?: string;
  /** Read from bottom to top, as a narrow column's heading. */
  readonly vertical?: boolean;
  readonly centred?: boolean;
}

/**
 * A cell that is written the same in every row it stands in. docx's table gives a cell
 * its column's width before writing it, so a cell is only shared within one width.
 */
class SharedCell extends TableCell {
  private xml: IXmlableObject | undefined;

  override prepForXml(context: IContext): IXmlableObject | undefined {
    this.xml ??= super.prepForXml(context);
    return this.xml;
  }
}

/** Makes one export's cells: the same text, style and column width give the same cell. */
export function cellMaker(): (text: string, width: number, style?: CellStyle) => TableCell {
  const cells = new Map<string, TableCell>();
  return (text, width, style = {}) => {
    const key = `${width}|${styleKey(style)}|${text}`;
    let made = cells.get(key);
    if (made === undefined) {
      made = newCell(text, style);
      cells.set(key, made);
    }
    return made;
  };
}

function styleKey(style: CellStyle): string {
  return [
    style.bold === true ? 'b' : '',
    style.italics === true ? 'i' : '',
    style.vertical === true ? 'v' : '',
    style.centred === true ? 'c' : '',
    style.fill ?? '',
  ].join(',');
}

/**
 * A line's run content: its soft hyphens (U+00AD, hyphenate.ts) as Word's own optional hyphens
 * (`<w:softHyphen/>`), which Word shows only where it breaks the line there.
 */
function lineContent(line: string): { text: string } | { children: (string | SoftHyphen)[] } {
  if (!line.includes(SOFT_HYPHEN)) return { text: line };
  return {
    children: line
      .split(SOFT_HYPHEN)
      .flatMap((part, i) => (i === 0 ? [part] : [new SoftHyphen(), part])),
  };
}

function newCell(text: string, style: CellStyle): TableCell {
  // One run per line, joined by line breaks, so multi-line notes keep their shape. An empty
  // cell gets no run at all: the overview is mostly empty cells, and each run costs time.
  const runs = (text === '' ? [] : splitLines(stripXmlIllegalChars(text))).map(
    (line, i) =>
      new TextRun({
        ...lineContent(line),
        ...(style.bold === true ? { bold: true } : {}),
        ...(style.italics === true ? { italics: true } : {}),
        ...(i === 0 ? {} : { break: 1 }),
      }),
  );
  return new SharedCell({
    ...(style.fill === undefined
      ? {}
      : { shading: { type: ShadingType.CLEAR, color: 'auto', fill: style.fill } }),
    ...(style.vertical === true
      ? { textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT }
      : {}),
    children: [
      new Paragraph({
        ...(style.centred === true ? { alignment: AlignmentType.CENTER } : {}),
        children: runs,
      }),
    ],
  });
}
