import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  EXPORT_MIME_TYPES,
  boardFileName,
  boardImageFileName,
  exportFileName,
  exportMimeType,
  isExportFormat,
  slugify,
} from '../../shared/export/filename.ts';

describe('exportFileName', () => {
  it('builds planlaegning-<slug>-<date>.<ext>', () => {
    expect(exportFileName('Læring om borgerinddragelse', '2027-01-12', 'docx')).toBe(
      'planlaegning-laering-om-borgerinddragelse-2027-01-12.docx',
    );
    expect(exportFileName('Tema', '2027-01-12', 'md')).toBe('planlaegning-tema-2027-01-12.md');
  });

  it('transliterates Danish letters in either case and drops other accents', () => {
    expect(slugify('ÆBLER, Øer og Ål')).toBe('aebler-oeer-og-aal');
    expect(slugify('Café Müller — naïve')).toBe('cafe-muller-naive');
  });

  it('keeps only safe characters and is never empty', () => {
    expect(slugify('../../etc/passwd\u0000 <x> "y" :*?')).toBe('etc-passwd-x-y');
    expect(slugify('')).toBe('uden-titel');
    expect(slugify('!!! ??? 😀')).toBe('uden-titel');
    expect(exportFileName('   ', '2027-01-12', 'csv')).toBe(
      'planlaegning-uden-titel-2027-01-12.csv',
    );
    for (const title of ['a/b\\c', 'con', 'Æ'.repeat(500), '\u202Eevil']) {
      expect(exportFileName(title, '2027-01-12', 'html')).toMatch(/^[a-z0-9-]+\.html$/);
    }
  });

  it('caps the length and never ends the slug with a dash', () => {
    const slug = slugify('ord '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
    expect(exportFileName('x'.repeat(1000), '2027-01-12', 'docx').length).toBeLessThanOrEqual(90);
  });

  it('leaves out a date that is not a real YYYY-MM-DD date', () => {
    expect(exportFileName('Tema', '2027-02-30', 'json')).toBe('planlaegning-tema.json');
    expect(exportFileName('Tema', '../x', 'json')).toBe('planlaegning-tema.json');
  });

  it('names the board file separately', () => {
    expect(boardFileName('Læring', '2027-01-12')).toBe('tavle-laering-2027-01-12.json');
  });

  it('names the files in English for an English reader, as their contents are', () => {
    expect(exportFileName('Ensomhed blandt unge', '2027-01-12', 'docx', 'en')).toBe(
      'planning-ensomhed-blandt-unge-2027-01-12.docx',
    );
    expect(exportFileName('  ', '2027-01-12', 'csv', 'en')).toBe(
      'planning-untitled-2027-01-12.csv',
    );
    expect(boardFileName('Læring', '2027-01-12', 'en')).toBe('board-laering-2027-01-12.json');
    expect(boardImageFileName('', '2027-01-12', 'en')).toBe('board-untitled-2027-01-12.png');
    // Danish stays the default, byte for byte.
    expect(exportFileName('Tema', '2027-01-12', 'md', 'da')).toBe(
      'planlaegning-tema-2027-01-12.md',
    );
    expect(boardImageFileName('', '2027-01-12', 'da')).toBe('tavle-uden-titel-2027-01-12.png');
  });
});

describe('export formats', () => {
  it('is the closed set json, md, csv, html, docx', () => {
    expect(EXPORT_FORMATS).toEqual(['json', 'md', 'csv', 'html', 'docx']);
    expect(isExportFormat('md')).toBe(true);
    expect(isExportFormat('pdf')).toBe(false);
    expect(isExportFormat(undefined)).toBe(false);
  });

  it('has a MIME type per format', () => {
    expect(EXPORT_MIME_TYPES).toEqual({
      json: 'application/json',
      md: 'text/markdown; charset=utf-8',
      csv: 'text/csv; charset=utf-8',
      html: 'text/html; charset=utf-8',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(exportMimeType('docx')).toBe(EXPORT_MIME_TYPES.docx);
  });
});
