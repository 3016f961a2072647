import { z } from 'zod/mini';
import { idSchema } from './ids.ts';
import { MEETING_KINDS, PERSON_CATEGORIES, periodSchema } from './schema.ts';

/**
 * The plan: the board projected into the paper planning tool's tables
 * (issue 2 §4). Produced by `projectPlan` (projection.ts), consumed by every
 * export and by the plan view. Also published as JSON, hence a schema.
 */

export const CHECK_CODES = [
  'core-missing',
  'meeting-no-date',
  'meeting-no-subtheme',
  'dates-out-of-order',
  'date-outside-period',
  'meetings-same-day',
  'no-final-meeting',
  'final-not-last',
  'meeting-no-participants',
  'meeting-not-planned',
  'participant-no-form',
  'form-no-participants',
  'person-twice-in-meeting',
  'forms-over-duration',
  'meeting-no-duration',
  'no-core-participants',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const wholeNumber = () => z.number().check(z.int());

const localizedSchema = z.object({ da: z.string(), en: z.string() });

export const planRowSchema = z.object({
  /** "<name>, <affiliation>", "<name>, Borger" or just the name (`participantLabel`). */
  participant: z.string(),
  /**
   * `participant` ends in the word the plan adds after a citizen without an
   * affiliation (", Borger"), not in typed text: a screen in English says
   * ", Citizen" (`planParticipantLabel`).
   */
  citizenWordAdded: z.boolean(),
  contribution: z.string(),
  /** "<form name>, <role>" or just one of them. */
  how: z.string(),
  noteId: idSchema,
  personId: idSchema,
  core: z.boolean(),
  /** The parts of `how`, for the editable table. */
  formNoteId: z.nullable(idSchema),
  formName: z.string(),
  role: z.string(),
});
export type PlanRow = z.infer<typeof planRowSchema>;

/**
 * A form note of the meeting that no participant is linked to yet (check
 * `form-no-participants`). It is still an item on the meeting's agenda, so the
 * plan keeps it, in the place it stands among the rows.
 */
export const planFormSchema = z.object({
  formNoteId: idSchema,
  /** Trimmed; '' when the note has no name. */
  name: z.string(),
  durationMinutes: z.nullable(z.number()),
  /** Its place in the agenda: before `rows[beforeRow]`, or after them all when `rows.length`. */
  beforeRow: z.number().check(z.int(), z.nonnegative()),
});
export type PlanForm = z.infer<typeof planFormSchema>;

export const planMeetingSchema = z.object({
  meetingId: idSchema,
  kind: z.enum(MEETING_KINDS),
  /** n among network meetings (1-based), null for final and extra meetings. */
  number: z.nullable(z.number().check(z.int(), z.positive())),
  /**
   * Exactly as the paper tool: "Netværksmøde 1: <undertema>, <dato>" (the plan
   * JSON asked for in English has "Network meeting 1: …", `planMeetingHeading`).
   */
  heading: z.string(),
  subtheme: z.string(),
  date: z.nullable(z.string()),
  startTime: z.nullable(z.string()),
  durationMinutes: z.nullable(z.number()),
  location: z.string(),
  /** Sum of the durations of the form notes in the lane. */
  formsMinutes: z.number(),
  rows: z.array(planRowSchema),
  /** In lane order; rows of forms with participants are in `rows`. */
  formsWithoutParticipants: z.array(planFormSchema),
});
export type PlanMeeting = z.infer<typeof planMeetingSchema>;

export const categoryCountsSchema = z.object(
  Object.fromEntries(PERSON_CATEGORIES.map((c) => [c, wholeNumber()])) as Record<
    (typeof PERSON_CATEGORIES)[number],
    z.ZodMiniNumber<number>
  >,
);
export type CategoryCounts = z.infer<typeof categoryCountsSchema>;

/** Who comes when: people × meetings (issue 5 "Overview"). */
export const overviewSchema = z.object({
  /** Column order: the plan's meetings. */
  meetingIds: z.array(idSchema),
  /** Core participants first, then pool order. */
  people: z.array(
    z.object({
      personId: idSchema,
      participant: z.string(),
      /** As in a plan row. */
      citizenWordAdded: z.boolean(),
      category: z.enum(PERSON_CATEGORIES),
      core: z.boolean(),
      /** One entry per column: how many notes of this person stand in that meeting. */
      attends: z.array(wholeNumber()),
    }),
  ),
  /** One entry per column: distinct people per category in that meeting. */
  counts: z.array(
    z.object({ meetingId: idSchema, byCategory: categoryCountsSchema, total: wholeNumber() }),
  ),
});
export type Overview = z.infer<typeof overviewSchema>;

export const checkSchema = z.object({
  code: z.enum(CHECK_CODES),
  severity: z.enum(SEVERITIES),
  meetingId: z.optional(idSchema),
  noteId: z.optional(idSchema),
  personId: z.optional(idSchema),
  message: localizedSchema,
});
export type Check = z.infer<typeof checkSchema>;

export const planSchema = z.object({
  title: z.string(),
  period: z.nullable(periodSchema),
  meetings: z.array(planMeetingSchema),
  overview: overviewSchema,
  checks: z.array(checkSchema),
});
export type Plan = z.infer<typeof planSchema>;
