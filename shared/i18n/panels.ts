import type { Localized } from './translate.ts';

/**
 * The strings of the board page's side panels: the participant pool
 * ("Deltagerliste", step 2 of the paper planning tool) and the form palette
 * ("Metodesamling").
 */
export const PANEL_STRINGS = {
  poolTitle: { da: 'Deltagerliste', en: 'Participant pool' },
  poolCount: { da: '{count} i alt', en: '{count} in total' },
  poolHint: {
    da: 'Træk en person ind på et møde, eller klik på personen og vælg mødet.',
    en: 'Drag a person onto a meeting, or click them and choose the meeting.',
  },
  poolEmpty: {
    da: 'Ingen deltagere endnu. Tilføj personer eller kompetencer, I vil invitere.',
    en: 'No participants yet. Add the people or competences you want to invite.',
  },
  poolFilter: { da: 'Søg i deltagerlisten', en: 'Search the participant pool' },
  poolNoMatch: { da: 'Ingen personer matcher søgningen.', en: 'Nobody matches the search.' },
  addPerson: { da: 'Tilføj person', en: 'Add person' },
  editPerson: { da: 'Rediger {name}', en: 'Edit {name}' },
  deletePerson: { da: 'Slet {name}', en: 'Delete {name}' },
  personName: { da: 'Navn eller kompetence', en: 'Name or competence' },
  personNamePlaceholder: {
    da: 'fx Jens J. eller „en skoleleder“',
    en: 'e.g. Jens J. or “a head teacher”',
  },
  affiliation: { da: 'Tilknytning', en: 'Affiliation' },
  affiliationPlaceholder: {
    da: 'fx afdeling, skole eller forening',
    en: 'e.g. department, school or association',
  },
  category: { da: 'Kategori', en: 'Category' },
  core: { da: 'Kernedeltager', en: 'Core participant' },
  coreBadge: { da: 'Kerne', en: 'Core' },
  /** Under a field of an open editor that someone else changed while this user typed in it. */
  changedByOther: { da: 'Ændret af en anden: „{value}“', en: 'Changed by someone else: “{value}”' },
  clearedByOther: { da: 'Tømt af en anden', en: 'Cleared by someone else' },
  unnamedPerson: { da: '(uden navn)', en: '(no name)' },
  placedIn: { da: 'Placeret på {count} møder', en: 'Placed in {count} meetings' },
  placedInOne: { da: 'Placeret på 1 møde', en: 'Placed in 1 meeting' },
  editedPersonDeleted: {
    da: 'Personen, du redigerede, er blevet slettet.',
    en: 'The person you were editing has been deleted.',
  },
  editedFormDeleted: {
    da: 'Inddragelsesformen, du redigerede, er blevet slettet.',
    en: 'The involvement form you were editing has been deleted.',
  },

  paletteTitle: { da: 'Metodesamling', en: 'Method collection' },
  paletteHint: {
    da: 'Træk en inddragelsesform ind på et møde, eller klik på den og vælg mødet.',
    en: 'Drag an involvement form onto a meeting, or click it and choose the meeting.',
  },
  paletteEmpty: {
    da: 'Ingen inddragelsesformer endnu. Tilføj jeres egne.',
    en: 'No involvement forms yet. Add your own.',
  },
  addForm: { da: 'Tilføj inddragelsesform', en: 'Add involvement form' },
  editForm: { da: 'Rediger {name}', en: 'Edit {name}' },
  deleteForm: { da: 'Slet {name}', en: 'Delete {name}' },
  formName: { da: 'Navn på inddragelsesformen', en: 'Name of the involvement form' },
  formMinutes: { da: 'Minutter', en: 'Minutes' },
  formDescription: { da: 'Beskrivelse', en: 'Description' },
  minutesShort: { da: '{minutes} min.', en: '{minutes} min' },
  noMinutes: { da: 'uden tid', en: 'no time' },
  unnamedForm: { da: '(unavngiven inddragelsesform)', en: '(untitled involvement form)' },

  /** A row's menu: placing without dragging (keyboard, screen reader, touch). */
  placeMenuTitle: { da: 'Sæt {name} på', en: 'Place {name} on' },
  // Quoted, as the checks quote a meeting: a sub-theme may end in "?" ("Hvad ved vi?").
  placedOnMeeting: { da: '{name} er sat på „{meeting}“.', en: '{name} placed on “{meeting}”.' },
  placedInParking: {
    da: '{name} er sat i parkeringen.',
    en: '{name} placed in the parking area.',
  },

  save: { da: 'Gem', en: 'Save' },
  add: { da: 'Tilføj', en: 'Add' },
  cancel: { da: 'Annuller', en: 'Cancel' },
  close: { da: 'Luk', en: 'Close' },
  edit: { da: 'Rediger', en: 'Edit' },
  delete: { da: 'Slet', en: 'Delete' },
  nameRequired: { da: 'Skriv et navn.', en: 'Enter a name.' },
  // An editor keeps the text open rather than losing it to a refused save.
  // {field}: the field's label, as the form shows it.
  fieldTooLong: {
    da: '{field}: teksten er for lang: {length} tegn, højst {max}. Gør den kortere – intet er gemt endnu.',
    en: '{field}: the text is too long: {length} characters, at most {max}. Shorten it – nothing has been saved yet.',
  },
  textTooLong: {
    da: 'Teksten er for lang: {length} tegn, højst {max}. Gør den kortere – intet er gemt endnu.',
    en: 'The text is too long: {length} characters, at most {max}. Shorten it – nothing has been saved yet.',
  },
  // A typed date: a real one in the years shared/schema.ts TYPED_YEARS (a slip typed "0201").
  dateYears: {
    da: 'Vælg en dato fra år {first} til {last}.',
    en: 'Choose a date from the year {first} to {last}.',
  },
  invalidMinutes: {
    da: 'Skriv et helt antal minutter fra 1 til {max} (fx 45, 45 min. eller 1,5 time), eller lad feltet stå tomt.',
    en: 'Enter whole minutes from 1 to {max} (e.g. 45, 45 min or 1.5 hours), or leave the field empty.',
  },
} as const satisfies Record<string, Localized>;

export { CATEGORY_STRINGS } from './categories.ts';

export { OP_ERROR_STRINGS } from './op-errors.ts';
