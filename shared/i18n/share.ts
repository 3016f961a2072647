import type { StringTable } from './translate.ts';

/** The share panel, which loads on first use, with its words (issue 6). */
export const SHARE_STRINGS = {
  editLink: { da: 'Redigeringslink', en: 'Edit link' },
  editLinkHint: {
    da: 'Alle med dette link kan ændre tavlen.',
    en: 'Anyone with this link can change the board.',
  },
  viewLink: { da: 'Læselink', en: 'Read-only link' },
  viewLinkHint: {
    da: 'Kan se og hente planen, men ikke ændre noget.',
    en: 'Can see and download the plan, but not change anything.',
  },
  copy: { da: 'Kopiér', en: 'Copy' },
  copied: { da: 'Kopieret', en: 'Copied' },
  copySelected: {
    da: 'Markeret — tryk Ctrl+C for at kopiere',
    en: 'Selected — press Ctrl+C to copy',
  },
  qrFor: { da: 'QR-kode til {link}', en: 'QR code for {link}' },
  qrShows: { da: 'QR-koden viser', en: 'The QR code shows' },
  qrFailed: { da: 'QR-koden kunne ikke laves.', en: 'The QR code could not be made.' },
} as const satisfies StringTable;
