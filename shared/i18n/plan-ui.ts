import type { StringTable } from './translate.ts';

/**
 * The plan view's strings (issue 5): the plan table, the checks panel, the
 * toolbar's download and share buttons. The plan speaks the UI's language, on
 * screen and in its files (in Danish the paper form's exact words). What only
 * a part loaded on first use shows (the overview, the download menu, the
 * share panel) is in that part's own table: overview.ts, downloads.ts, share.ts.
 */
export const PLAN_UI_STRINGS = {
  tabsLabel: { da: 'Plan, overblik og tjek', en: 'Plan, overview and checks' },
  tabPlan: { da: 'Plan', en: 'Plan' },
  tabOverview: { da: 'Overblik', en: 'Overview' },
  tabChecks: { da: 'Tjek', en: 'Checks' },
  // Under the board's title above the plan's meetings, as the exports begin (export.ts's `period`).
  period: { da: 'Periode: {start} – {end}', en: 'Period: {start} – {end}' },

  // The paper form's columns; the Danish ones are the form's exact words, with
  // soft hyphens (U+00AD) where a narrow column may break the long compounds:
  // browsers without Danish hyphenation would break them at any letter. The
  // exports take them out (planColumnTitles), the screen keeps them off the
  // clipboard (client/plan/SoftHyphens.tsx).
  columnParticipant: { da: 'Netværks\u00addeltager', en: 'Network participant' },
  columnContribution: {
    da: 'Hvad skal personen bidrage med?',
    en: 'What should the person contribute?',
  },
  columnHow: { da: 'Hvordan? (Ind\u00addragelses\u00adform)', en: 'How? (Involvement form)' },

  noMeetings: {
    da: 'Tavlen har ingen møder endnu.',
    en: 'The board has no meetings yet.',
  },
  noRows: {
    da: 'Ingen deltagere på dette møde endnu.',
    en: 'No participants at this meeting yet.',
  },
  // A form in a meeting that no participant is linked to yet (plan table and exports): the
  // meeting may well have participants, just none under this form.
  noParticipantsLinked: {
    da: '(ingen deltagere knyttet til formen)',
    en: '(no participants linked to the form)',
  },
  formWithMinutes: { da: '{form} ({minutes} min.)', en: '{form} ({minutes} min)' },
  showOnBoard: { da: 'Vis på tavlen', en: 'Show on the board' },
  meetingActions: { da: 'Handlinger', en: 'Actions' },
  core: { da: 'Kerne', en: 'Core' },

  subtheme: { da: 'Undertema', en: 'Sub-theme' },
  date: { da: 'Dato', en: 'Date' },
  startTime: { da: 'Starttid', en: 'Start time' },
  // A meeting's start under its heading: "kl. 13.00" (Danish writes the hour with a dot), "13:00".
  atTime: { da: 'kl. {hours}.{minutes}', en: '{hours}:{minutes}' },
  duration: { da: 'Varighed (min.)', en: 'Duration (min)' },
  location: { da: 'Sted', en: 'Location' },
  contributionOf: { da: 'Bidrag fra {name}', en: 'Contribution from {name}' },
  roleOf: { da: 'Rolle for {name}', en: 'Role for {name}' },
  formOf: { da: 'Inddragelsesform for {name}', en: 'Involvement form for {name}' },
  rolePlaceholder: { da: 'Rolle', en: 'Role' },
  noForm: { da: '(ingen)', en: '(none)' },
  untitledForm: { da: '(unavngiven inddragelsesform)', en: '(untitled involvement form)' },

  formsTime: { da: 'Inddragelsesformer: {forms} min.', en: 'Involvement forms: {forms} min' },
  formsVsDuration: {
    da: 'Inddragelsesformer: {forms} af {duration} min.',
    en: 'Involvement forms: {forms} of {duration} min',
  },
  formsOverDuration: {
    da: 'Inddragelsesformerne varer {over} min. længere end mødet',
    en: 'The involvement forms take {over} min longer than the meeting',
  },
  errorDate: { da: 'Skriv en hel, gyldig dato.', en: 'Enter a complete, valid date.' },
  errorTime: { da: 'Skriv et klokkeslæt som TT:MM.', en: 'Enter a time as HH:MM.' },

  category: { da: 'Kategori', en: 'Category' },

  checksEmpty: {
    da: 'Ingen fund — planen holder.',
    en: 'No findings — the plan looks complete.',
  },
  checksBoard: { da: 'Hele tavlen', en: 'Whole board' },
  checkCount: { da: '{n} fund i planen', en: '{n} findings in the plan' },
  severityError: { da: 'Fejl', en: 'Error' },
  severityWarning: { da: 'Advarsel', en: 'Warning' },
  severityInfo: { da: 'Bemærk', en: 'Note' },

  downloads: { da: 'Hent', en: 'Download' },
  share: { da: 'Del', en: 'Share' },
  shareTitle: { da: 'Del tavlen', en: 'Share the board' },
  close: { da: 'Luk', en: 'Close' },
} as const satisfies StringTable;

export { CATEGORY_STRINGS } from './categories.ts';
