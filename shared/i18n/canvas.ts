import { FINAL_MEETING_PURPOSE } from './meetings.ts';
import { PANEL_STRINGS } from './panels.ts';
import { PLAN_UI_STRINGS } from './plan-ui.ts';
import type { StringTable } from './translate.ts';

/**
 * The board canvas's strings: lanes and their headers, post-its, the parking
 * area and the editor overlays. A field the plan or the side panels show too
 * is their very entry, so the wording cannot drift apart.
 */
export const CANVAS_STRINGS = {
  parking: { da: 'Parkering', en: 'Parking' },
  parkingHint: { da: 'Post-its, der ikke er placeret endnu', en: 'Post-its not placed yet' },
  subthemePlaceholder: { da: 'Undertema …', en: 'Sub-theme…' },
  /** The final meeting's standing purpose on the paper form, shown until it gets a sub-theme. */
  finalSubthemePlaceholder: FINAL_MEETING_PURPOSE,
  noDate: { da: 'Ingen dato', en: 'No date' },
  minutes: { da: 'min.', en: 'min' },
  deleteMeeting: { da: 'Slet møde', en: 'Delete meeting' },
  // Told to a screen reader; {what} is the selection's announcement ("Jens J., ØS — Netværksmøde 2").
  deleted: { da: 'Slettet: {what}', en: 'Deleted: {what}' },
  duplicated: { da: 'Kopieret: {what}', en: 'Duplicated: {what}' },
  addCore: { da: 'Tilføj kernedeltagere', en: 'Add core participants' },
  core: { da: 'Kerne', en: 'Core' },
  unknownPerson: { da: '(ukendt person)', en: '(unknown person)' },
  untitledForm: { da: '(unavngiven inddragelsesform)', en: '(untitled involvement form)' },
  emptyIdea: { da: '(tom idé)', en: '(empty idea)' },
  name: PANEL_STRINGS.personName,
  affiliation: PANEL_STRINGS.affiliation,
  affiliationPlaceholder: PANEL_STRINGS.affiliationPlaceholder,
  contribution: { da: 'Hvad skal personen bidrage med?', en: 'What should the person contribute?' },
  role: { da: 'Rolle', en: 'Role' },
  rolePlaceholder: {
    da: 'fx facilitator, deltager, oplægsholder',
    en: 'e.g. facilitator, participant, speaker',
  },
  form: { da: 'Inddragelsesform', en: 'Involvement form' },
  noForm: { da: '(ingen)', en: '(none)' },
  formName: PANEL_STRINGS.formName,
  formMinutes: PANEL_STRINGS.formMinutes,
  description: PANEL_STRINGS.formDescription,
  ideaText: { da: 'Idé', en: 'Idea' },
  subtheme: PLAN_UI_STRINGS.subtheme,
  date: PLAN_UI_STRINGS.date,
  startTime: PLAN_UI_STRINGS.startTime,
  duration: PLAN_UI_STRINGS.duration,
  location: PLAN_UI_STRINGS.location,
  save: { da: 'Gem', en: 'Save' },
  cancel: { da: 'Annuller', en: 'Cancel' },
  /**
   * The board's accessible name, heard when it takes the focus: its keys. (A
   * pointer shows what dragging does; the name is for whoever does not see it.)
   */
  boardLabel: {
    da: 'Tavle. Piletasterne går mellem post-its, Alt+←/→ flytter til forrige/næste møde, Enter redigerer.',
    en: 'Board. The arrow keys go between post-its, Alt+←/→ moves to the previous/next meeting, Enter edits.',
  },
  // A view link: the arrows select, nothing moves or opens for editing.
  boardLabelReadOnly: {
    da: 'Tavle (kun visning). Piletasterne går mellem post-its.',
    en: 'Board (view only). The arrow keys go between post-its.',
  },
  /** Told to a screen reader when several post-its are selected or moved by keyboard. */
  postIts: { da: '{count} post-its', en: '{count} post-its' },
  /**
   * A meeting's duration or a form's minutes: whole minutes from 1 to {max},
   * typed as shared/minutes.ts reads them, or empty. One message with the
   * palette's editor, which takes the same.
   */
  invalidMinutes: PANEL_STRINGS.invalidMinutes,
  textTooLong: PANEL_STRINGS.textTooLong,
  dateYears: PANEL_STRINGS.dateYears,
  nameRequired: PANEL_STRINGS.nameRequired,
} as const satisfies StringTable;
