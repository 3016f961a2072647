import type { StringTable } from './translate.ts';

/**
 * The post-it and meeting editors' own words: the editors load on first use
 * (issue 6: start-up JavaScript), and their words with them. The fields' names
 * are the board's (CANVAS_STRINGS), also shown on the board and in the plan.
 */
export const EDITOR_STRINGS = {
  personFieldsHint: {
    da: 'Navn og tilknytning ændres for personen på alle post-its.',
    en: 'Name and affiliation change for the person on every post-it.',
  },
  editorHint: {
    da: 'Enter gemmer · Shift+Enter ny linje · Esc annullerer',
    en: 'Enter saves · Shift+Enter new line · Esc cancels',
  },
  editNote: { da: 'Rediger post-it', en: 'Edit post-it' },
  deleteNote: { da: 'Slet', en: 'Delete' },
  editMeeting: { da: 'Rediger møde', en: 'Edit meeting' },
} as const satisfies StringTable;
