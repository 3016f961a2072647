/** Every write to a board document (architecture guide, import rule 5). */
export { BoardEdit, OP_NAMES, OP_ERROR_CODES, editTogether } from './edit.ts';
export type { OpName, OpError, OpErrorCode } from './edit.ts';
export { updateBoard } from './board.ts';
export type { BoardPatch } from './board.ts';
export { addMeeting, updateMeeting, moveMeeting, deleteMeeting } from './meetings.ts';
export type { AddMeetingInput, MeetingPatch } from './meetings.ts';
export { addPerson, updatePerson, movePerson, deletePerson } from './people.ts';
export type { AddPersonInput, PersonPatch } from './people.ts';
export { addNote, updateNote, moveNotes, deleteNotes, duplicateNotes } from './notes.ts';
export { dropNotes, settleNotes } from './note-drop.ts';
export { noteIndex } from './note-index.ts';
export type { NoteIndex } from './note-index.ts';
export { attachToForm, addCoreParticipants, rejoinStacks } from './participants.ts';
export type { AddNoteInput, NotePatch, NoteMove, NoteCopy } from './notes.ts';
export { restoreFields } from './restore-fields.ts';
export { addPaletteForm, updatePaletteForm, deletePaletteForm } from './palette.ts';
export type { AddPaletteFormInput, PaletteFormPatch } from './palette.ts';
