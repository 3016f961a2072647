import type { StringTable } from './translate.ts';

/**
 * The plan's Overblik tab (issue 5: who comes when), which loads on first use:
 * its words come with it rather than with the board page (issue 6).
 */
export const OVERVIEW_STRINGS = {
  overviewCaption: {
    da: 'Hvem kommer hvornår — kernedeltagere først',
    en: 'Who comes when — core participants first',
  },
  overviewEmpty: { da: 'Deltagerlisten er tom.', en: 'The participant pool is empty.' },
  attendsOnce: { da: 'Deltager', en: 'Attends' },
  attendsMany: { da: 'Deltager ({n} post-its)', en: 'Attends ({n} post-its)' },
  totalPeople: { da: 'I alt', en: 'Total' },
} as const satisfies StringTable;
