import { z } from 'zod/mini';
import { idSchema } from './ids.ts';

/**
 * The board file: the public interchange format (export, backup, import, API).
 * These zod schemas are the single source of the TypeScript types (issue 2 §2).
 * Structural rules live here; rules that span records (references, unique ids)
 * live in `validate.ts`, which runs both and reports every problem at once.
 */

export const BOARD_FORMAT = 'netvaerkstavle/board';
/** The schema version this code writes. Older files are migrated (`migrations.ts`). */
export const BOARD_VERSION = 1;

/** Caps on sizes, stated in the README. */
export const LIMITS = {
  titleChars: 200,
  textChars: 2_000,
  shortTextChars: 200,
  meetings: 100,
  people: 2_000,
  notes: 20_000,
  palette: 200,
  /** Largest absolute coordinate on the board, in board units. */
  coordinate: 1_000_000,
  /** A meeting or form longer than two days is a typo. */
  durationMinutes: 2_880,
  /**
   * A board file's size in bytes (UTF-8). The largest body `POST /api/boards`
   * takes (`MAX_BODY_BYTES`) defaults to it, so every valid file can be
   * imported; without it the per-field caps would allow files of ~80 MB.
   */
  fileBytes: 32 * 1024 * 1024,
} as const;

export const MEETING_KINDS = ['network', 'final', 'extra'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const PERSON_CATEGORIES = [
  'citizen',
  'professional',
  'external',
  'referenceLeader',
  'politician',
  'other',
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

export const NOTE_KINDS = ['participant', 'form', 'idea'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A clock time `HH:MM`, 00:00–23:59. */
export function isClockTime(value: string): boolean {
  return TIME_PATTERN.test(value);
}

/** A real calendar date `YYYY-MM-DD` (so 2027-02-30 is rejected). */
export function isRealDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The years a date typed in the app may have: meeting dates and a new board's
 * period start. A date input takes any year 0001–9999, and a slip ("0201" for
 * "2026", a year typed digit by digit) would save a meeting 1,800 years ago.
 * A learning network plans months ahead, and boards are kept for years, so a
 * fixed, generous range, not one relative to today (which would refuse
 * editing an old board's dates). Board files are not held to it: a backup
 * made before the rule imports as it was (the plan's checks flag a date
 * outside the period).
 */
export const TYPED_YEARS = { first: 2000, last: 2100 } as const;

/** A real date whose year lies in `TYPED_YEARS`. */
export function isTypedDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return isRealDate(value) && year >= TYPED_YEARS.first && year <= TYPED_YEARS.last;
}

export const dateSchema = z.string().check(z.refine(isRealDate, { error: 'invalid date' }));
export const typedDateSchema = z
  .string()
  .check(
    z.refine(isTypedDate, { error: `not in the years ${TYPED_YEARS.first}–${TYPED_YEARS.last}` }),
  );
export const timeSchema = z.string().check(z.regex(TIME_PATTERN, { error: 'invalid time' }));

const text = (max: number) => z.string().check(z.maxLength(max));
// zod 4 numbers are finite already (classic's `.finite()` was a no-op).
const coordinate = z.number().check(z.minimum(-LIMITS.coordinate), z.maximum(LIMITS.coordinate));
const minutes = z.number().check(z.int(), z.positive(), z.maximum(LIMITS.durationMinutes));

export const periodSchema = z.object({ start: dateSchema, end: dateSchema });
export type Period = z.infer<typeof periodSchema>;

export const meetingSchema = z.object({
  id: idSchema,
  kind: z.enum(MEETING_KINDS),
  subtheme: text(LIMITS.shortTextChars),
  date: z.nullable(dateSchema),
  startTime: z.nullable(timeSchema),
  durationMinutes: z.nullable(minutes),
  location: text(LIMITS.shortTextChars),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const personSchema = z.object({
  id: idSchema,
  /** A name ("Jens J.") or a described competence ("en skoleleder"). */
  name: text(LIMITS.shortTextChars),
  affiliation: text(LIMITS.shortTextChars),
  category: z.enum(PERSON_CATEGORIES),
  core: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;

const noteBase = {
  id: idSchema,
  /** The meeting the note stands in; null = the parking area. */
  lane: z.nullable(idSchema),
  /** Within the lane; board coordinates when parked. Top-left corner of the note. */
  x: coordinate,
  y: coordinate,
};

export const participantNoteSchema = z.object({
  ...noteBase,
  kind: z.literal('participant'),
  person: idSchema,
  contribution: text(LIMITS.textChars),
  role: text(LIMITS.shortTextChars),
  /** A form note in the same lane, or null. */
  form: z.nullable(idSchema),
});
export type ParticipantNote = z.infer<typeof participantNoteSchema>;

export const formNoteSchema = z.object({
  ...noteBase,
  kind: z.literal('form'),
  name: text(LIMITS.shortTextChars),
  durationMinutes: z.nullable(minutes),
  description: text(LIMITS.textChars),
});
export type FormNote = z.infer<typeof formNoteSchema>;

export const ideaNoteSchema = z.object({
  ...noteBase,
  kind: z.literal('idea'),
  text: text(LIMITS.textChars),
});
export type IdeaNote = z.infer<typeof ideaNoteSchema>;

export const noteSchema = z.discriminatedUnion('kind', [
  participantNoteSchema,
  formNoteSchema,
  ideaNoteSchema,
]);
export type Note = z.infer<typeof noteSchema>;

/** An entry of the form palette ("Metodesamling"): a form ready to drop onto a lane. */
export const paletteFormSchema = z.object({
  id: idSchema,
  name: text(LIMITS.shortTextChars),
  durationMinutes: z.nullable(minutes),
  description: text(LIMITS.textChars),
});
export type PaletteForm = z.infer<typeof paletteFormSchema>;

export const boardSchema = z.object({
  format: z.literal(BOARD_FORMAT),
  version: z.literal(BOARD_VERSION),
  /** The network's theme. */
  title: text(LIMITS.titleChars),
  period: z.nullable(periodSchema),
  /** Array order = board order (time order of the lanes). */
  meetings: z.array(meetingSchema).check(z.maxLength(LIMITS.meetings)),
  /** The participant pool ("Deltagerliste"), in pool order. */
  people: z.array(personSchema).check(z.maxLength(LIMITS.people)),
  /** Array order = paint order (later notes lie on top). */
  notes: z.array(noteSchema).check(z.maxLength(LIMITS.notes)),
  /** Optional in files; always written. */
  palette: z._default(z.array(paletteFormSchema).check(z.maxLength(LIMITS.palette)), []),
});
/** A valid board file, as read and written. */
export type Board = z.infer<typeof boardSchema>;
/** A board file as accepted on input (palette may be missing). */
export type BoardInput = z.input<typeof boardSchema>;

export function isParticipantNote(note: Note): note is ParticipantNote {
  return note.kind === 'participant';
}
export function isFormNote(note: Note): note is FormNote {
  return note.kind === 'form';
}
export function isIdeaNote(note: Note): note is IdeaNote {
  return note.kind === 'idea';
}
