import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import type { Plan } from '../plan.ts';
import { assertNever } from '../result.ts';
import { planToCsv } from './csv.ts';
import type { ExportFormat } from './filename.ts';
import { planToHtml } from './html.ts';
import { planToJson } from './json.ts';
import { planToMarkdown } from './markdown.ts';

export {
  EXPORT_FORMATS,
  EXPORT_MIME_TYPES,
  exportFileName,
  exportMimeType,
  isExportFormat,
} from './filename.ts';
export type { ExportFormat } from './filename.ts';

/**
 * One export of the plan in any format, in the reader's language: text for the
 * text formats, bytes for DOCX. The DOCX module is imported on demand so that a client bundling this
 * file loads the large `docx` library only when someone asks for a Word file.
 */
export async function renderPlanExport(
  plan: Plan,
  format: ExportFormat,
  lang: Lang = DEFAULT_LANG,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return planToJson(plan, lang);
    case 'md':
      return planToMarkdown(plan, lang);
    case 'csv':
      return planToCsv(plan, lang);
    case 'html':
      return planToHtml(plan, lang);
    case 'docx': {
      const { planToDocx } = await import('./docx.ts');
      return planToDocx(plan, lang);
    }
    default:
      return assertNever(format);
  }
}
