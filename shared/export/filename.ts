import { EXPORT_STRINGS as E } from '../i18n/export.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { translate } from '../i18n/translate.ts';
import { isRealDate } from '../schema.ts';

/** Every format the plan can be exported in (issue 2 §5); also the file extension. */
export const EXPORT_FORMATS = ['json', 'md', 'csv', 'html', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export const EXPORT_MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function exportMimeType(format: ExportFormat): string {
  return EXPORT_MIME_TYPES[format];
}

const SLUG_MAX_CHARS = 60;

// Danish and a few neighbours' letters that Unicode decomposition does not reduce to ASCII.
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  ß: 'ss',
  þ: 'th',
  ð: 'd',
  œ: 'oe',
  ł: 'l',
};

/**
 * A file-name-safe slug: lower case, Danish letters transliterated
 * (æ→ae, ø→oe, å→aa), other accents dropped, everything else but a–z and 0–9
 * turned into single dashes; capped in length, never empty.
 */
export function slugify(text: string, lang: Lang = DEFAULT_LANG): string {
  // Composed first: a decomposed å (a + ring, as macOS and PDF text hand it over) is still "aa".
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[æøåßþðœł]/g, (c) => TRANSLITERATIONS[c] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX_CHARS)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? translate(E.fileNameUntitled, lang) : slug;
}

/**
 * `planlaegning-<slug of title>-<YYYY-MM-DD>.<ext>` (in English
 * `planning-…`), the download name of a plan export. `date` is the caller's
 * (today, usually); one that is not a real `YYYY-MM-DD` date is left out
 * rather than put in a file name.
 */
export function exportFileName(
  title: string,
  date: string,
  format: ExportFormat,
  lang: Lang = DEFAULT_LANG,
): string {
  return fileName('plan', title, date, format, lang);
}

/** `tavle-<slug of title>-<YYYY-MM-DD>.json` (`board-…`), the download name of the board file. */
export function boardFileName(title: string, date: string, lang: Lang = DEFAULT_LANG): string {
  return fileName('board', title, date, 'json', lang);
}

/** `tavle-<slug of title>-<YYYY-MM-DD>.png` (`board-…`), the picture of the whole board. */
export function boardImageFileName(title: string, date: string, lang: Lang = DEFAULT_LANG): string {
  return fileName('board', title, date, 'png', lang);
}

/** The file names' own words, in the files' language (the rest is the board's title). */
const KIND_WORDS = { plan: E.fileNamePlan, board: E.fileNameBoard } as const;

function fileName(
  kind: keyof typeof KIND_WORDS,
  title: string,
  date: string,
  extension: string,
  lang: Lang,
): string {
  const parts = [translate(KIND_WORDS[kind], lang), slugify(title, lang)];
  if (isRealDate(date)) parts.push(date);
  return `${parts.join('-')}.${extension}`;
}
