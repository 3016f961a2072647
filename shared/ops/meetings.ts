import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { recordMap, roots, type RecordMap } from '../doc.ts';
import { createId } from '../ids.ts';
import {
  NOTE_HEIGHT,
  NOTE_WIDTH,
  PARKING_X,
  PARKING_Y,
  nextFreeSpot,
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

/**
 * Deletes a meeting. Its notes are not lost: they move to the parking area,
 * into free places (participants keep their forms when both park together).
 */
export function deleteMeeting(
  doc: Y.Doc,
  id: string,
  actor: string | null = null,
): Result<void, OpError> {
  const { meetings, notes } = roots(doc);
  if (!meetings.has(id)) return notFound('meeting', id);
  edit(doc, 'deleteMeeting', actor, () => {
    const parked: Rect[] = [];
    const leaving: Leaving[] = [];
    notes.forEach((note, noteId) => {
      const place = readPlace(note);
      if (place.lane === id) leaving.push({ id: noteId, note, place });
      else if (place.lane === null) {
        parked.push({
          x: place.x - PARKING_X,
          y: place.y - PARKING_Y,
          width: NOTE_WIDTH,
          height: NOTE_HEIGHT,
        });
      }
    });
    const byPosition = (a: Leaving, b: Leaving) =>
      a.place.y - b.place.y || a.place.x - b.place.x || (a.id < b.id ? -1 : 1);
    for (const { note, place } of leaving.sort(byPosition)) {
      const spot = nextFreeSpot(parked);
      parked.push({ ...spot, width: NOTE_WIDTH, height: NOTE_HEIGHT });
      writePlace(note, { ...place, lane: null, x: spot.x + PARKING_X, y: spot.y + PARKING_Y });
    }
    meetings.delete(id);
  });
  return ok(undefined);
}

export type { Meeting };
