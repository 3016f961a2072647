import type { StringTable } from './translate.ts';

/**
 * What the board tells when what someone was on is deleted (client/canvas/MeetingDeletedNotice.tsx):
 * loaded with that notice when it first shows, not at start (issue 6: start-up JavaScript).
 */
export const DELETION_STRINGS = {
  // Not "by someone else": an undo or a person's deletion by this user does it too.
  editedNoteDeleted: {
    da: "Post-it'en, du redigerede, er blevet slettet.",
    en: 'The post-it you were editing has been deleted.',
  },
  editedMeetingDeleted: {
    da: 'Mødet, du redigerede, er blevet slettet.',
    en: 'The meeting you were editing has been deleted.',
  },
  /**
   * Someone else deleted meetings (client/sync/meetingDeletions.ts): which ones,
   * and where their post-its went. {names}: each as its header read, quoted and
   * listed („Netværksmøde 2: Undertema 2“ og „Ekstramøde“); {who}: the deleters'
   * names, when the board knows them for sure.
   */
  meetingDeletedByOther: {
    da: '{names} er slettet af en anden.',
    en: '{names} was deleted by someone else.',
  },
  meetingsDeletedByOther: {
    da: '{names} er slettet af en anden.',
    en: '{names} were deleted by someone else.',
  },
  meetingDeletedBy: { da: '{names} er slettet af {who}.', en: '{names} was deleted by {who}.' },
  meetingsDeletedBy: { da: '{names} er slettet af {who}.', en: '{names} were deleted by {who}.' },
  /**
   * A deleted meeting with neither sub-theme nor date, named by where it stood: a network
   * meeting by the number its header showed, another by its lane's place from the left.
   * {title}: „Netværksmøde“, „Ekstramøde“.
   */
  deletedMeetingWasNumber: { da: '{title} (var nr. {number})', en: '{title} (was no. {number})' },
  deletedMeetingWasLane: {
    da: '{title} (var møde {number} fra venstre)',
    en: '{title} (was meeting {number} from the left)',
  },
  deletedMeetingNotesParked: {
    da: 'Mødets post-its ligger nu i parkeringen.',
    en: 'Its post-its are now in the parking area.',
  },
  deletedMeetingsNotesParked: {
    da: 'Mødernes post-its ligger nu i parkeringen.',
    en: 'Their post-its are now in the parking area.',
  },
} as const satisfies StringTable;
