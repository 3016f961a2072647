import type { StringTable } from './translate.ts';

/** The toolbar's download menu, which loads on first use, with its words (issue 6). */
export const DOWNLOAD_STRINGS = {
  downloadDocx: { da: 'Word (DOCX)', en: 'Word (DOCX)' },
  downloadCsv: { da: 'Excel (CSV)', en: 'Excel (CSV)' },
  downloadMd: { da: 'Markdown', en: 'Markdown' },
  downloadHtml: { da: 'HTML', en: 'HTML' },
  downloadJson: { da: 'Tavlefil (JSON, sikkerhedskopi)', en: 'Board file (JSON, backup)' },
  downloadPng: { da: 'Billede af tavlen (PNG)', en: 'Image of the board (PNG)' },
  print: { da: 'Udskriv / Gem som PDF', en: 'Print / Save as PDF' },
  downloadFailed: {
    da: 'Filen kunne ikke laves. Prøv igen.',
    en: 'The file could not be created. Try again.',
  },
} as const satisfies StringTable;
