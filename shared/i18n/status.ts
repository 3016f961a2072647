import type { StringTable } from './translate.ts';

/**
 * What stops editing for good, and what to do (client/board/StatusBanner.tsx):
 * rare, so loaded with the banner when it shows (issue 6: start-up JavaScript).
 */
export const STATUS_STRINGS = {
  closedForbidden: {
    da: 'Serveren afviste forbindelsen fra denne adresse.',
    en: 'The server refused the connection from this address.',
  },
  closedTooLarge: {
    da: 'Tavlen er blevet for stor til serveren; seneste ændring er ikke gemt.',
    en: 'The board has grown too large for the server; the last change was not stored.',
  },
  closedRejected: { da: 'Serveren lukkede forbindelsen.', en: 'The server closed the connection.' },
  newerDocument: {
    da: 'Tavlen er gemt af en nyere version af Netværkstavlen. Genindlæs siden for at redigere.',
    en: 'This board was saved by a newer version of Netværkstavlen. Reload the page to edit.',
  },
  reload: { da: 'Genindlæs', en: 'Reload' },
} as const satisfies StringTable;
