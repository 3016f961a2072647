import type { Lang } from './lang.ts';
import { assertNever } from '../result.ts';
import { translate, type StringTable } from './translate.ts';

/**
 * The delete confirmation (client/app/confirmDialog.ts): its questions and its buttons, in
 * the page's language rather than the browser's "OK" / "Cancel" of `window.confirm`. A table
 * of its own: it loads with the dialog, when a delete is first asked for, not at start
 * (issue 6: start-up JavaScript).
 */
export const CONFIRM_STRINGS = {
  deleteMeeting: {
    da: 'Slet „{name}“? Mødets post-its flyttes til parkeringen. Du kan fortryde.',
    en: 'Delete “{name}”? Its post-its move to the parking area. You can undo this.',
  },
  deletePerson: {
    da: 'Slet „{name}“ fra deltagerlisten? Du kan fortryde.',
    en: 'Delete “{name}” from the participant pool? You can undo this.',
  },
  deletePersonNotes: {
    da: 'Slet „{name}“ fra deltagerlisten? Personens {count} post-its på tavlen slettes også. Du kan fortryde.',
    en: 'Delete “{name}” from the participant pool? Their {count} post-its on the board are deleted too. You can undo this.',
  },
  deletePersonNote: {
    da: 'Slet „{name}“ fra deltagerlisten? Personens post-it på tavlen slettes også. Du kan fortryde.',
    en: 'Delete “{name}” from the participant pool? Their post-it on the board is deleted too. You can undo this.',
  },
  deleteForm: {
    da: 'Slet „{name}“ fra metodesamlingen? Dens post-its, der allerede er på tavlen, bliver stående. Du kan fortryde.',
    en: 'Delete “{name}” from the method collection? Its post-its already on the board stay. You can undo this.',
  },
  confirmDelete: { da: 'Slet', en: 'Delete' },
  cancel: { da: 'Annuller', en: 'Cancel' },
} as const satisfies StringTable;

/** What is about to be deleted: `name` as the page shows it; a person's post-its on the board. */
export type DeleteQuestion =
  | { readonly what: 'meeting'; readonly name: string }
  | { readonly what: 'person'; readonly name: string; readonly notes: number }
  | { readonly what: 'form'; readonly name: string };

/** The question asked before `question`'s thing is deleted, saying what goes with it. */
export function deleteQuestion(question: DeleteQuestion, lang: Lang): string {
  const { name } = question;
  switch (question.what) {
    case 'meeting':
      return translate(CONFIRM_STRINGS.deleteMeeting, lang, { name });
    case 'form':
      return translate(CONFIRM_STRINGS.deleteForm, lang, { name });
    case 'person': {
      const { notes } = question;
      if (notes === 0) return translate(CONFIRM_STRINGS.deletePerson, lang, { name });
      if (notes === 1) return translate(CONFIRM_STRINGS.deletePersonNote, lang, { name });
      return translate(CONFIRM_STRINGS.deletePersonNotes, lang, { name, count: notes });
    }
    default:
      return assertNever(question);
  }
}
