import type { StringTable } from './translate.ts';

/**
 * The words only the plan's files use (DOCX, CSV, Markdown, HTML). The rest of
 * their wording is the plan view's (PLAN_UI_STRINGS), the side panels' and the
 * meetings' titles, so a file reads as the plan on screen in the same language;
 * in Danish, the paper planning tool's words.
 */
export const EXPORT_STRINGS = {
  // The document's title when the board has none: the paper tool's name.
  untitled: { da: 'Planlægningsredskab', en: 'Planning tool' },
  period: { da: 'Periode: {start} – {end}', en: 'Period: {start} – {end}' },
  // The overview's heading: the paper tool's own aim ("Skab overblik over hvem og hvornår …").
  overviewHeading: { da: 'Overblik: hvem kommer hvornår', en: 'Overview: who comes when' },
  coreParticipant: { da: '{name} (kernedeltager)', en: '{name} (core participant)' },

  // The CSV's own columns (the others are the plan table's and its fields' titles).
  csvMeeting: { da: 'Møde', en: 'Meeting' },
  csvStartTime: { da: 'Kl.', en: 'Start time' },
  csvFormsMinutes: { da: 'Inddragelsesformer (min.)', en: 'Involvement forms (min)' },
  csvYes: { da: 'ja', en: 'yes' },

  // The words of the files' names (ASCII: names travel through mail and file systems).
  fileNamePlan: { da: 'planlaegning', en: 'planning' },
  fileNameBoard: { da: 'tavle', en: 'board' },
  fileNameUntitled: { da: 'uden-titel', en: 'untitled' },
} as const satisfies StringTable;
