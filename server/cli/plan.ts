import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, isExportFormat, renderPlanExport } from '../../shared/export/index.ts';
import type { ExportFormat } from '../../shared/export/index.ts';
import { DEFAULT_LANG, LANGS, isLang, type Lang } from '../../shared/i18n/lang.ts';
import { projectPlan } from '../../shared/projection.ts';
import { formatIssues, parseBoardJson } from '../../shared/validate.ts';

/**
 * `npm run plan -- <board.json> [--format json|md|csv|html|docx] [--lang da|en] [--out FILE]`
 * (issue 2 §5): a board file in, the plan out, in Danish (the default) or English. A thin shell: reading, checking,
 * projecting and rendering all live in `shared/`; this file only does I/O.
 *
 * Exit codes: 0 done; 2 bad usage, unreadable file, invalid JSON or an invalid
 * board (the problems go to stderr, one line each with its JSON path);
 * 1 when writing the output fails.
 */

const USAGE = `usage: npm run plan -- <board.json> [--format ${EXPORT_FORMATS.join('|')}] [--lang ${LANGS.join('|')}] [--out FILE]`;
const DEFAULT_FORMAT: ExportFormat = 'md';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_INVALID = 2;

interface Options {
  readonly input: string;
  readonly format: ExportFormat;
  readonly lang: Lang;
  readonly out: string | null;
}

type Parsed =
  | { readonly help: true }
  | { readonly help: false; readonly options: Options }
  | { readonly error: string };

function parseCommandLine(args: string[]): Parsed {
  let values: { format?: string; lang?: string; out?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        lang: { type: 'string', short: 'l' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (values.help === true) return { help: true };
  if (positionals.length !== 1) {
    return { error: positionals.length === 0 ? 'missing <board.json>' : 'expected one board file' };
  }
  const out = values.out ?? null;
  if (out === '') return { error: '--out needs a file name' };
  // Without --format, the extension of --out decides (plan.docx → docx), else Markdown.
  const format = values.format ?? formatFromFileName(out) ?? DEFAULT_FORMAT;
  if (!isExportFormat(format)) {
    return { error: `unknown format "${format}" (one of ${EXPORT_FORMATS.join(', ')})` };
  }
  const lang = values.lang ?? DEFAULT_LANG;
  if (!isLang(lang)) return { error: `unknown language "${lang}" (one of ${LANGS.join(', ')})` };
  return { help: false, options: { input: positionals[0] ?? '', format, lang, out } };
}

function formatFromFileName(name: string | null): ExportFormat | null {
  const extension = name?.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase();
  return isExportFormat(extension) ? extension : null;
}

async function main(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args);
  if ('error' in parsed) {
    process.stderr.write(`plan: ${parsed.error}\n${USAGE}\n`);
    return EXIT_INVALID;
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  const { input, format, lang, out } = parsed.options;
  if (format === 'docx' && out === null && process.stdout.isTTY === true) {
    process.stderr.write(
      `plan: a DOCX file is binary; give --out FILE or redirect stdout\n${USAGE}\n`,
    );
    return EXIT_INVALID;
  }

  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    process.stderr.write(`plan: cannot read ${input}: ${describe(error)}\n`);
    return EXIT_INVALID;
  }
  const board = parseBoardJson(text.replace(/^\uFEFF/, ''));
  if (!board.ok) {
    process.stderr.write(`plan: ${input} is not a valid board file:\n`);
    for (const line of formatIssues(board.error, 'en')) process.stderr.write(`${line}\n`);
    return EXIT_INVALID;
  }

  const output = await renderPlanExport(projectPlan(board.value), format, lang);
  try {
    if (out === null) await writeToStdout(output);
    else await writeFile(out, output);
  } catch (error) {
    process.stderr.write(`plan: cannot write ${out ?? 'stdout'}: ${describe(error)}\n`);
    return EXIT_FAILED;
  }
  return EXIT_OK;
}

function writeToStdout(output: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(output, (error) => (error ? reject(error) : resolve()));
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return 'code' in error ? String(error.code) : error.message;
  return String(error);
}

// exitCode rather than process.exit(): the latter can cut off piped output.
process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `plan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT_FAILED;
});
