import type * as Y from 'yjs';
import { recordMap, roots, type Collection } from '../doc.ts';
import { formStack, stackPlaces, type ColumnNote } from '../formStack.ts';
import { createId, derivedId } from '../ids.ts';
import {
  LANE_PADDING,
  PARKING_X,
  PARKING_Y,
  nextFreeSpot,
  noteRect,
  tooClose,
  type Point,
} from '../layout.ts';
import { PLACE_KEY, readPlace, writePlace, type NotePlace } from '../note-place.ts';
import { keyAfterAll } from '../order.ts';
import { ok, type Result } from '../result.ts';
import { settle } from '../settle.ts';
import { LIMITS } from '../schema.ts';
import { edit, limitReached, notFound, setChanged, type OpError } from './edit.ts';
import { laneOf, laneRects, shownNotes, topOrder } from './note-lanes.ts';
import { orderedIds } from './records.ts';

/** The operations that place participants: attach one to a form, add a meeting's core participants. */

/**
 * Attaches a participant to a form note: the participant joins the form's
 * lane and its stack (shared/formStack.ts), right under the form or the
 * participants already stacked there, and the notes in the way move down to
 * make room. One already in that stack stays where it is (nothing is
 * written). `formId` null detaches and leaves the note where it stands.
 *
 * A note someone else holds (`held`: dragged or open in an editor) is never
 * pushed, as the overlap repairs never move one (overlap.ts): what is pushed
 * goes on down past it. When it stands where the participant would join, the
 * participant is attached but settles in the nearest free place instead, as a
 * restack that would push a held note does (note-drop.ts `settleNotes`).
 */
export function attachToForm(
  doc: Y.Doc,
  participantId: string,
  formId: string | null,
  held: (id: string) => boolean = () => false,
  actor: string | null = null,
): Result<void, OpError> {
  const { notes } = roots(doc);
  const participant = notes.get(participantId);
  if (participant?.get('kind') !== 'participant')
    return notFound('participant note', participantId);
  if (formId === null) {
    edit(doc, 'attachToForm', actor, () => setChanged(participant, { form: null }));
    return ok(undefined);
  }
  const form = notes.get(formId);
  if (form?.get('kind') !== 'form') return notFound('form note', formId);
  const lane = laneOf(shownNotes(doc), form);
  const column = columnNotes(doc, lane);
  const stacked = formStack(column, formId).some((n) => n.id === participantId);
  if (participant.get('form') === formId && stacked) return ok(undefined);
  const fixed = column.filter((n) => n.id !== participantId && held(n.id));
  const places = stackPlaces(column, formId, [participantId], new Set(fixed.map((n) => n.id)));
  const slot = places.get(participantId);
  edit(doc, 'attachToForm', actor, () => {
    setChanged(participant, { form: formId });
    if (slot && fixed.some((n) => tooClose(n, slot))) {
      const start = lane === null ? { x: PARKING_X, y: PARKING_Y } : { x: 0, y: 0 };
      const spot = settle(slot, laneRects(doc, lane, new Set([participantId])), {
        originX: start.x + LANE_PADDING,
        originY: start.y + LANE_PADDING,
      });
      writePlace(participant, { lane, ...spot, order: topOrder(notes) });
    } else writeStack(notes, lane, places, [participantId]);
  });
  return ok(undefined);
}

/** The notes of one column (a lane, or the parking area), as the board shows them, as the stacking sees them. */
function columnNotes(doc: Y.Doc, lane: string | null): ColumnNote[] {
  const shown = shownNotes(doc);
  const column: ColumnNote[] = [];
  roots(doc).notes.forEach((note, id) => {
    if (!shown.shows(note)) return;
    const place = shown.place(note);
    if (place.lane !== lane) return;
    const form = note.get('kind') === 'participant' ? note.get('form') : null;
    column.push({ id, x: place.x, y: place.y, form: typeof form === 'string' ? form : null });
  });
  return column;
}

/**
 * Writes stack places (inside the caller's transaction): the `raised` notes
 * go on top, in the given order; the others keep their z-order, as a note
 * pushed aside is not one the user moved.
 */
function writeStack(
  notes: Collection,
  lane: string | null,
  places: ReadonlyMap<string, Point>,
  raised: readonly string[],
): void {
  const lift = new Set(raised);
  let order = topOrder(notes);
  for (const [id, place] of places) {
    const note = notes.get(id);
    if (!note) continue;
    const keep = !lift.has(id);
    writePlace(note, { lane, ...place, order: keep ? readPlace(note).order : order });
    if (!keep) order = keyAfterAll([order]);
  }
}

/**
 * The repair of a participant that stands on its own form's stack (two users
 * attached participants to one form at the same moment, both under its last
 * one; overlap.ts decides who moves): the `restack` participants, grouped by
 * form, join their form's stack again below the others, keeping their
 * z-order. Inside the caller's transaction.
 */
export function restackParticipants(doc: Y.Doc, restack: ReadonlyMap<string, string[]>): void {
  const { notes } = roots(doc);
  for (const [formId, ids] of restack) {
    const form = notes.get(formId);
    if (form === undefined) continue;
    const lane = laneOf(shownNotes(doc), form);
    writeStack(notes, lane, stackPlaces(columnNotes(doc, lane), formId, ids), []);
  }
}

/**
 * The repair of participants a form has left behind (overlap.ts: someone
 * dragged the form away while they were attached to it): each of `ids` that
 * is still attached to a form in its meeting joins that form's stack again
 * (`restackParticipants`), keeping its z-order. A form that someone holds
 * (`held`: dragged or open in an editor), or whose restacking would push
 * down a note someone holds, is left for later: nothing is written for it.
 * One transaction, `rejoinStacks`.
 */
export function rejoinStacks(
  doc: Y.Doc,
  ids: readonly string[],
  held: (id: string) => boolean = () => false,
  actor: string | null = null,
): Result<void, OpError> {
  const { notes } = roots(doc);
  const shown = shownNotes(doc);
  const byForm = new Map<string, string[]>();
  for (const id of ids) {
    const participant = notes.get(id);
    if (participant?.get('kind') !== 'participant') return notFound('participant note', id);
    const formId = participant.get('form');
    const form = typeof formId === 'string' ? notes.get(formId) : undefined;
    // Detached, or its form went to another meeting meanwhile: no stack to rejoin.
    if (typeof formId !== 'string' || form?.get('kind') !== 'form') continue;
    if (laneOf(shown, form) !== laneOf(shown, participant) || held(formId)) continue;
    const members = byForm.get(formId);
    if (members) members.push(id);
    else byForm.set(formId, [id]);
  }
  for (const [form, members] of byForm) {
    if (members.some(held) || pushedByRestack(doc, form, members).some(held)) byForm.delete(form);
  }
  if (byForm.size > 0) edit(doc, 'rejoinStacks', actor, () => restackParticipants(doc, byForm));
  return ok(undefined);
}

/** The notes other than `ids` that restacking `ids` under `formId` would push down. */
export function pushedByRestack(doc: Y.Doc, formId: string, ids: readonly string[]): string[] {
  const { notes } = roots(doc);
  const form = notes.get(formId);
  if (form === undefined) return [];
  const places = stackPlaces(columnNotes(doc, laneOf(shownNotes(doc), form)), formId, ids);
  const rejoining = new Set(ids);
  return [...places.keys()].filter((id) => !rejoining.has(id));
}

/**
 * Of the notes `ids` (which are about to be settled), the participants that
 * stand too close to their own form or to another participant attached to it,
 * or that stand in their form's stack (counting only the form's own notes),
 * while their form stays: by form. Those rejoin their stack
 * (`restackParticipants`, which pushes a note in the way down) rather than
 * settle beside it: a participant attached under its form while another user
 * dropped a note into that same place must not leave the stack to that note.
 */
export function onOwnStack(doc: Y.Doc, ids: readonly string[]): Map<string, string[]> {
  const { notes } = roots(doc);
  const settling = new Set(ids);
  const byForm = new Map<string, string[]>();
  for (const id of ids) {
    const form = notes.get(id)?.get('form');
    if (typeof form !== 'string' || settling.has(form) || !notes.has(form)) continue;
    const members = byForm.get(form);
    if (members) members.push(id);
    else byForm.set(form, [id]);
  }
  if (byForm.size === 0) return byForm;
  // One pass for the places of those forms and the participants attached to them.
  const shown = shownNotes(doc);
  const stacks = new Map<string, Map<string, NotePlace>>();
  notes.forEach((note, id) => {
    const form = note.get('kind') === 'form' ? id : note.get('form');
    if (typeof form !== 'string' || !byForm.has(form) || !shown.shows(note)) return;
    const stack = stacks.get(form) ?? new Map<string, NotePlace>();
    stacks.set(form, stack.set(id, shown.place(note)));
  });
  const crowded = new Map<string, string[]>();
  for (const [form, members] of byForm) {
    const stack = stacks.get(form) ?? new Map<string, NotePlace>();
    const lane = stack.get(form)?.lane;
    const own: ColumnNote[] = [];
    for (const [id, place] of stack) {
      if (place.lane === lane)
        own.push({ id, x: place.x, y: place.y, form: id === form ? null : form });
    }
    const inShape = new Set(formStack(own, form).map((n) => n.id));
    const onIt = members.filter((id) => {
      const self = stack.get(id);
      if (self === undefined || lane === undefined || self.lane !== lane) return false;
      if (inShape.has(id)) return true;
      for (const [other, place] of stack) {
        if (other !== id && place.lane === lane && tooClose(self, place)) return true;
      }
      return false;
    });
    if (onIt.length > 0) crowded.set(form, onIt);
  }
  return crowded;
}

/**
 * Adds a participant note for every core participant not yet in the meeting,
 * in pool order, into the lane's free places. Returns the new note ids, each
 * made from the meeting and the person (unless that note is elsewhere now).
 */
export function addCoreParticipants(
  doc: Y.Doc,
  meetingId: string,
  actor: string | null = null,
): Result<string[], OpError> {
  const { meetings, people, notes } = roots(doc);
  if (!meetings.has(meetingId)) return notFound('meeting', meetingId);
  const shown = shownNotes(doc);
  const present = new Set<string>();
  notes.forEach((note) => {
    if (note.get('kind') === 'participant' && laneOf(shown, note) === meetingId) {
      present.add(String(note.get('person')));
    }
  });
  const missing = orderedIds(people)
    .map((p) => p.id)
    .filter((id) => people.get(id)?.get('core') === true && !present.has(id));
  if (notes.size + missing.length > LIMITS.notes)
    return limitReached(`at most ${LIMITS.notes} notes`);
  const created: string[] = [];
  edit(doc, 'addCoreParticipants', actor, () => {
    const obstacles = laneRects(doc, meetingId);
    let order = topOrder(notes);
    for (const person of missing) {
      const spot = nextFreeSpot(obstacles);
      obstacles.push(noteRect(spot));
      // The meeting's and the person's: two users adding the core participants at one
      // moment write one note per person (one key), not one each (the same person twice).
      const derived = derivedId('core', meetingId, person);
      const id = notes.has(derived) ? createId() : derived;
      const place: NotePlace = { lane: meetingId, x: spot.x, y: spot.y, order };
      notes.set(
        id,
        recordMap({
          kind: 'participant',
          [PLACE_KEY]: place,
          person,
          contribution: '',
          role: '',
          form: null,
        }),
      );
      order = keyAfterAll([order]);
      created.push(id);
    }
  });
  return ok(created);
}
