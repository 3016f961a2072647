import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';

/** Reading a DOCX export back in tests: its main XML, its tables' text. */

export async function documentXml(bytes: Uint8Array): Promise<string> {
  const files = unzipSync(bytes);
  const xml = files['word/document.xml'];
  expect(xml).toBeDefined();
  return strFromU8(xml ?? new Uint8Array());
}

/** The text of each table row (cells joined by ' | '), in document order. */
export function tableRows(xml: string): string[][] {
  const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  return tables.map((table) =>
    (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => textOf(cell)).join(' | '),
    ),
  );
}

export function textOf(fragment: string): string {
  return [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[0] === '<w:br/>' ? '\n' : (m[1] ?? '')))
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
