import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { recordMap, roots, type RecordMap } from '../doc.ts';
import { createId } from '../ids.ts';
import {
  NOTE_GAP,
  NOTE_HEIGHT,
  PARKING_X,
  PARKING_Y,
  nextFreeSpot,
  noteRect,
  type Rect,
} from '../layout.ts';
import { readPlace, writePlace, type NotePlace } from '../note-place.ts';
import { keyAt } from '../order.ts';
import { ok, type Result } from '../result.ts';
import { LIMITS, meetingSchema, type Meeting } from '../schema.ts';
import { edit, limitReached, notFound, setChanged, type OpError } from './edit.ts';
import { orderedIds, updateRecord } from './records.ts';
import { parseInput } from './validate-input.ts';

const meetingFields = z.omit(meetingSchema, { id: true }).shape;

const addMeetingSchema = z.strictObject({
  id: z.optional(meetingSchema.shape.id),
  kind: meetingFields.kind,
  subtheme: z._default(meetingFields.subtheme, ''),
  date: z._default(meetingFields.date, null),
  startTime: z._default(meetingFields.startTime, null),
  durationMinutes: z._default(meetingFields.durationMinutes, null),
  location: z._default(meetingFields.location, ''),
  /** Board position; by default before the final meeting (which stays last). */
  index: z.optional(z.number().check(z.int(), z.minimum(0))),
});
export type AddMeetingInput = z.input<typeof addMeetingSchema>;

const meetingPatchSchema = z.partial(z.strictObject(meetingFields));
export type MeetingPatch = z.input<typeof meetingPatchSchema>;

export function addMeeting(
  doc: Y.Doc,
  input: AddMeetingInput,
  actor: string | null = null,
): Result<string, OpError> {
  const parsed = parseInput(addMeetingSchema, input);
  if (!parsed.ok) return parsed;
  const { id = createId(), index, ...fields } = parsed.value;
  const { meetings } = roots(doc);
  if (meetings.size >= LIMITS.meetings) return limitReached(`at most ${LIMITS.meetings} meetings`);
  const siblings = orderedIds(meetings);
  let position = index ?? siblings.length;
  if (index === undefined && fields.kind !== 'final') {
    const finalIndex = siblings.findIndex((s) => meetings.get(s.id)?.get('kind') === 'final');
    if (finalIndex >= 0) position = finalIndex;
  }
  const order = keyAt(
    siblings.map((s) => s.order),
    position,
  );
  edit(doc, 'addMeeting', actor, () => {
    meetings.set(id, recordMap({ ...fields, order }));
  });
  return ok(id);
}

export function updateMeeting(
  doc: Y.Doc,
  id: string,
  patch: MeetingPatch,
  actor: string | null = null,
): Result<void, OpError> {
  const target = {
    doc,
    collection: 'meetings',
    what: 'meeting',
    op: 'updateMeeting',
    actor,
  } as const;
  return updateRecord(target, id, meetingPatchSchema, patch);
}

/** Moves a meeting to board position `toIndex` (among the other meetings). */
export function moveMeeting(
  doc: Y.Doc,
  id: string,
  toIndex: number,
  actor: string | null = null,
): Result<void, OpError> {
  const { meetings } = roots(doc);
  const map = meetings.get(id);
  if (!map) return notFound('meeting', id);
  const siblings = orderedIds(meetings, id);
  const order = keyAt(
    siblings.map((s) => s.order),
    toIndex,
  );
  edit(doc, 'moveMeeting', actor, () => setChanged(map, { order }));
  return ok(undefined);
}

interface Leaving {
  readonly id: string;
  readonly note: RecordMap;
  readonly place: NotePlace;
}

/** How far apart stacked notes stand: one grid row, as `attachToForm` stacks them. */
const STACK_STEP = NOTE_HEIGHT + NOTE_GAP;

const byPosition = (a: Leaving, b: Leaving) =>
  a.place.y - b.place.y || a.place.x - b.place.x || (a.id < b.id ? -1 : 1);

/**
 * The notes leaving a meeting as the units they park in: each form with the
 * participants attached to it (in the order they stood), every other note
 * alone; in reading order of their first note. Parked one by one, a form's
 * participants landed beside it and the stack no longer showed (audit R1).
 */
function parkingUnits(leaving: readonly Leaving[]): Leaving[][] {
  const sorted = [...leaving].sort(byPosition);
  const stacks = new Map<string, Leaving[]>();
  for (const item of sorted) if (item.note.get('kind') === 'form') stacks.set(item.id, [item]);
  const units: Leaving[][] = [];
  for (const item of sorted) {
    const form = item.note.get('kind') === 'participant' ? item.note.get('form') : null;
    const underForm = typeof form === 'string' ? stacks.get(form) : undefined;
    if (underForm) underForm.push(item);
    else units.push(stacks.get(item.id) ?? [item]);
  }
  return units;
}

/**
 * Deletes a meeting. Its notes are not lost: they move to the parking area,
 * into free places, each form with its participants stacked under it (they
 * keep their forms, as both park together). One transaction: one undo step.
 */
export function deleteMeeting(
  doc: Y.Doc,
  id: string,
  actor: string | null = null,
): Result<void, OpError> {
  const { meetings, notes } = roots(doc);
  if (!meetings.has(id)) return notFound('meeting', id);
  edit(doc, 'deleteMeeting', actor, () => {
    // Parking-area coordinates relative to its origin, as `nextFreeSpot` counts them.
    const parked: Rect[] = [];
    const leaving: Leaving[] = [];
    notes.forEach((note, noteId) => {
      const place = readPlace(note);
      if (place.lane === id) leaving.push({ id: noteId, note, place });
      else if (place.lane === null) {
        parked.push(noteRect({ x: place.x - PARKING_X, y: place.y - PARKING_Y }));
      }
    });
    for (const unit of parkingUnits(leaving)) {
      const spot = nextFreeSpot(parked, { stack: unit.length });
      unit.forEach(({ note, place }, i) => {
        const y = spot.y + i * STACK_STEP;
        parked.push(noteRect({ x: spot.x, y }));
        writePlace(note, { ...place, lane: null, x: spot.x + PARKING_X, y: y + PARKING_Y });
      });
    }
    meetings.delete(id);
  });
  return ok(undefined);
}

export type { Meeting };
