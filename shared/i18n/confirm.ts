import type { StringTable } from './translate.ts';

/**
 * The delete confirmation's buttons (client/app/confirmDialog.ts), in the page's language
 * rather than the browser's "OK" / "Cancel" of `window.confirm`. A table of its own: it loads
 * with the dialog, when a delete is first asked for, not at start (issue 6: start-up JavaScript).
 * The questions stay with their callers' tables, which are loaded already.
 */
export const CONFIRM_STRINGS = {
  confirmDelete: { da: 'Slet', en: 'Delete' },
  cancel: { da: 'Annuller', en: 'Cancel' },
} as const satisfies StringTable;
