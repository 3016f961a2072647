import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { recordMap, roots, type Collection, type RecordMap } from '../doc.ts';
import { middleWorkingDay } from '../dates.ts';
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
import { writePlace, type NotePlace } from '../note-place.ts';
import { compareOrdered, keyAfterAll, keyAt, type Ordered } from '../order.ts';
import { ok, type Result } from '../result.ts';
import { LIMITS, meetingSchema, typedDateSchema, type Meeting } from '../schema.ts';
import { edit, limitReached, notFound, setChanged, type OpError } from './edit.ts';
import { shownNotes } from './note-lanes.ts';
import { orderedIds } from './records.ts';
import { parseInput } from './validate-input.ts';

// A typed date: in the years TYPED_YEARS (a board file's dates are not held to them).
const meetingFields = {
  ...z.omit(meetingSchema, { id: true }).shape,
  date: z.nullable(typedDateSchema),
};

const addMeetingSchema = z.strictObject({
  id: z.optional(meetingSchema.shape.id),
  kind: meetingFields.kind,
  subtheme: z._default(meetingFields.subtheme, ''),
  /** Left out: the working day nearest the middle between its neighbours' dates, if any (null: none). */
  date: z.optional(meetingFields.date),
  startTime: z._default(meetingFields.startTime, null),
  durationMinutes: z._default(meetingFields.durationMinutes, null),
  location: z._default(meetingFields.location, ''),
  /** Board position; by default, and at most, just before the final meeting (which stays last). */
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
  const placed = placeMeeting(meetings, id, fields.kind === 'final', index ?? meetings.size);
  const { writes, rest } = placed;
  const dateOf = (s: Ordered | undefined) => {
    const date = s && meetings.get(s.id)?.get('date');
    return typeof date === 'string' ? date : null;
  };
  // In the operation, from the document it writes to, so every caller gets the same suggestion.
  const date =
    fields.date !== undefined
      ? fields.date
      : middleWorkingDay(dateOf(rest[placed.index - 1]), dateOf(rest[placed.index]));
  edit(doc, 'addMeeting', actor, () => {
    meetings.set(id, recordMap({ ...fields, date, order: writes.get(id) }));
    writeOrders(meetings, writes);
  });
  return ok(id);
}

/** Edits a meeting's fields; one that becomes the final meeting moves to the end. */
export function updateMeeting(
  doc: Y.Doc,
  id: string,
  patch: MeetingPatch,
  actor: string | null = null,
): Result<void, OpError> {
  const parsed = parseInput(meetingPatchSchema, patch);
  if (!parsed.ok) return parsed;
  const { meetings } = roots(doc);
  const map = meetings.get(id);
  if (!map) return notFound('meeting', id);
  const { kind } = parsed.value;
  const moves =
    kind === undefined || kind === map.get('kind') ? null : reorder(meetings, id, kind === 'final');
  edit(doc, 'updateMeeting', actor, () => {
    setChanged(map, parsed.value);
    if (moves) writeOrders(meetings, moves);
  });
  return ok(undefined);
}

/**
 * Moves a meeting to board position `toIndex` (among the other meetings). The
 * final meeting stays last: moving it changes nothing, and another meeting
 * moved past it stops just before it.
 */
export function moveMeeting(
  doc: Y.Doc,
  id: string,
  toIndex: number,
  actor: string | null = null,
): Result<void, OpError> {
  const { meetings } = roots(doc);
  const map = meetings.get(id);
  if (!map) return notFound('meeting', id);
  const moves = reorder(meetings, id, map.get('kind') === 'final', toIndex);
  if (moves) edit(doc, 'moveMeeting', actor, () => writeOrders(meetings, moves));
  return ok(undefined);
}

// ——— the final meeting stays last ———

/**
 * The order keys that put meeting `id` (new, moved, or of a new kind) at board
 * position `toIndex` among the other meetings, under the paper tool's rule that
 * the final meeting closes the network ("the final meeting stays recognisable
 * as the last one"): a final meeting goes after every other meeting, any other
 * meeting at most just before the first final one. A rule of the operation, so
 * every client and peer obeys it.
 *
 * Why this holds under concurrency: every other meeting's key is made below
 * the first final meeting's key, and a final meeting's key is only written
 * when it is placed or repaired, so concurrent reorders of other meetings
 * never pass it. What can still put a final meeting before another, since a
 * meeting's key is one register and the last writer wins: two concurrent
 * writes that both make the key after the last meeting, one for a final
 * meeting (adding the final meeting while another user adds or moves a
 * meeting to the end of a board that had none; both get the same key and the
 * ids decide); a meeting made final by one user while another moves it; a
 * repair that races with a move. Such an order, or one an older client
 * wrote, reads as it is stored and the
 * `final-not-last` check reports it; the next meeting added or moved (by
 * anyone) repairs it, rewriting the final meetings' keys after all others in
 * the same transaction.
 */
function placeMeeting(
  meetings: Collection,
  id: string,
  final: boolean,
  toIndex: number,
): { index: number; writes: Map<string, string>; rest: Ordered[] } {
  const siblings = orderedIds(meetings, id);
  const isFinal = (s: Ordered) => meetings.get(s.id)?.get('kind') === 'final';
  const others = siblings.filter((s) => !isFinal(s));
  const finals = siblings.filter(isFinal);
  const rest = [...others, ...finals];
  const index = final
    ? Math.min(Math.max(toIndex, others.length), rest.length)
    : Math.min(Math.max(toIndex, 0), others.length);
  const placed = {
    id,
    order: keyAt(
      rest.map((s) => s.order),
      index,
    ),
  };
  const writes = new Map([[id, placed.order]]);
  const before = final ? others : [...others, placed];
  const at = index - others.length;
  const after = final ? [...finals.slice(0, at), placed, ...finals.slice(at)] : finals;
  const last = [...before].sort(compareOrdered).at(-1);
  const first = [...after].sort(compareOrdered)[0];
  if (last !== undefined && first !== undefined && compareOrdered(last, first) > 0) {
    // Repair: a final meeting stood before another one (see above).
    let key = keyAfterAll(before.map((s) => s.order));
    for (const meeting of after) {
      writes.set(meeting.id, key);
      key = keyAfterAll([key]);
    }
  }
  return { index, writes, rest };
}

/** `placeMeeting` for a meeting already on the board: null when it would stay where it is. */
function reorder(
  meetings: Collection,
  id: string,
  final: boolean,
  toIndex?: number,
): Map<string, string> | null {
  const current = orderedIds(meetings).findIndex((s) => s.id === id);
  const { index, writes } = placeMeeting(meetings, id, final, toIndex ?? current);
  // Nothing to repair and the same place: no write, so no empty undo step.
  return index === current && writes.size === 1 ? null : writes;
}

function writeOrders(meetings: Collection, writes: ReadonlyMap<string, string>): void {
  for (const [id, order] of writes) {
    const map = meetings.get(id);
    if (map) setChanged(map, { order });
  }
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
    // As the board shows them (note-lanes.ts): one parked from a meeting gone meanwhile is in the way.
    const shown = shownNotes(doc);
    const parked: Rect[] = [];
    const leaving: Leaving[] = [];
    notes.forEach((note, noteId) => {
      if (!shown.shows(note)) return;
      const place = shown.place(note);
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
