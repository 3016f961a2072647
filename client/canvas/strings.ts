import { CATEGORY_STRINGS } from '../../shared/i18n/categories.ts';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { FINAL_MEETING_PURPOSE, meetingTitle } from '../../shared/i18n/meetings.ts';
import type { MeetingKind, PersonCategory } from '../../shared/schema.ts';

/**
 * The canvas's user-visible strings, Danish and English. Kept here until the
 * lead merges them into shared/i18n (the dictionaries did not exist yet).
 */
export const CANVAS_STRINGS = {
  parking: { da: 'Parkering', en: 'Parking' },
  parkingHint: { da: 'Post-its, der ikke er placeret endnu', en: 'Post-its not placed yet' },
  subthemePlaceholder: { da: 'Undertema …', en: 'Sub-theme …' },
  /** The final meeting's standing purpose on the paper form, shown until it gets a sub-theme. */
  finalSubthemePlaceholder: FINAL_MEETING_PURPOSE,
  noDate: { da: 'Ingen dato', en: 'No date' },
  minutes: { da: 'min', en: 'min' },
  deleteMeeting: { da: 'Slet møde', en: 'Delete meeting' },
  confirmDeleteMeeting: {
    da: 'Slet „{name}“? Mødets post-its flyttes til parkeringen. Du kan fortryde.',
    en: 'Delete “{name}”? Its post-its move to the parking area. You can undo this.',
  },
  addCore: { da: 'Tilføj kernedeltagere', en: 'Add core participants' },
  core: { da: 'Kerne', en: 'Core' },
  unknownPerson: { da: '(ukendt person)', en: '(unknown person)' },
  newIdea: { da: 'Ny idé', en: 'New idea' },
  untitledForm: { da: '(unavngiven inddragelsesform)', en: '(untitled involvement form)' },
  emptyIdea: { da: '(tom idé)', en: '(empty idea)' },
  name: { da: 'Navn eller kompetence', en: 'Name or competence' },
  affiliation: { da: 'Tilknytning', en: 'Affiliation' },
  personFieldsHint: {
    da: 'Navn og tilknytning ændres for personen på alle post-its.',
    en: 'Name and affiliation change for the person on every post-it.',
  },
  contribution: { da: 'Hvad skal personen bidrage med?', en: 'What should the person contribute?' },
  role: { da: 'Rolle', en: 'Role' },
  form: { da: 'Inddragelsesform', en: 'Involvement form' },
  noForm: { da: '(ingen)', en: '(none)' },
  formName: { da: 'Navn på inddragelsesformen', en: 'Name of the involvement form' },
  formMinutes: { da: 'Minutter', en: 'Minutes' },
  description: { da: 'Beskrivelse', en: 'Description' },
  ideaText: { da: 'Idé', en: 'Idea' },
  subtheme: { da: 'Undertema', en: 'Sub-theme' },
  date: { da: 'Dato', en: 'Date' },
  startTime: { da: 'Starttidspunkt', en: 'Start time' },
  duration: { da: 'Varighed (minutter)', en: 'Duration (minutes)' },
  location: { da: 'Sted', en: 'Location' },
  save: { da: 'Gem', en: 'Save' },
  cancel: { da: 'Annuller', en: 'Cancel' },
  editorHint: {
    da: 'Enter gemmer · Shift+Enter ny linje · Esc annullerer',
    en: 'Enter saves · Shift+Enter new line · Esc cancels',
  },
  editNote: { da: 'Rediger post-it', en: 'Edit post-it' },
  // Not "by someone else": an undo or a person's deletion by this user does it too.
  editedNoteDeleted: {
    da: "Post-it'en, du redigerede, er blevet slettet.",
    en: 'The post-it you were editing has been deleted.',
  },
  editedMeetingDeleted: {
    da: 'Mødet, du redigerede, er blevet slettet.',
    en: 'The meeting you were editing has been deleted.',
  },
  deleteNote: { da: 'Slet', en: 'Delete' },
  editMeeting: { da: 'Rediger møde', en: 'Edit meeting' },
  boardLabel: {
    da: 'Tavle. Træk i tom flade for at panorere, Shift+træk for at markere flere.',
    en: 'Board. Drag empty space to pan, Shift+drag to select several.',
  },
  editingBy: { da: '{name} redigerer', en: '{name} is editing' },
  invalidMinutes: { da: 'Skriv et helt antal minutter', en: 'Enter whole minutes' },
} as const satisfies Record<string, Record<Lang, string>>;

export type CanvasStringKey = keyof typeof CANVAS_STRINGS;

export function t(lang: Lang, key: CanvasStringKey, values?: Record<string, string>): string {
  return translate(CANVAS_STRINGS[key], lang, values);
}

/** One wording of the categories everywhere (shared/i18n/categories.ts). */
export const CATEGORY_LABELS: Record<PersonCategory, Record<Lang, string>> = CATEGORY_STRINGS;

/** "Netværksmøde 2", "Afsluttende møde", "Ekstramøde". */
export function laneTitle(lang: Lang, kind: MeetingKind, number: number | null): string {
  return meetingTitle(kind, number, lang);
}
