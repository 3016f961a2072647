import type * as Y from 'yjs';
import { recordMap, roots } from '../doc.ts';
import { createId } from '../ids.ts';
import { NOTE_GAP, NOTE_HEIGHT, nextFreeSpot, noteRect } from '../layout.ts';
import { PLACE_KEY, readPlace, writePlace, type NotePlace } from '../note-place.ts';
import { keyAfterAll } from '../order.ts';
import { ok, type Result } from '../result.ts';
import { LIMITS } from '../schema.ts';
import { edit, limitReached, notFound, setChanged, type OpError } from './edit.ts';
import { laneOf, laneRects, topOrder } from './note-lanes.ts';
import { orderedIds } from './records.ts';

/** The operations that place participants: attach one to a form, add a meeting's core participants. */

/**
 * Attaches a participant to a form note: the participant joins the form's
 * lane and, unless a position is given, stacks under the form below the
 * participants already attached. `formId` null detaches.
 */
export function attachToForm(
  doc: Y.Doc,
  participantId: string,
  formId: string | null,
  position?: { x: number; y: number },
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
  const formPlace = readPlace(form);
  const lane = formPlace.lane;
  let target = position;
  if (!target) {
    let bottom = formPlace.y + NOTE_HEIGHT;
    notes.forEach((note, id) => {
      if (id === participantId || note.get('form') !== formId) return;
      const place = readPlace(note);
      if (place.lane === lane) bottom = Math.max(bottom, place.y + NOTE_HEIGHT);
    });
    target = { x: formPlace.x, y: bottom + NOTE_GAP };
  }
  edit(doc, 'attachToForm', actor, () => {
    setChanged(participant, { form: formId });
    writePlace(participant, { lane, x: target.x, y: target.y, order: topOrder(notes) });
  });
  return ok(undefined);
}

/**
 * Adds a participant note for every core participant not yet in the meeting,
 * in pool order, into the lane's free places. Returns the new note ids.
 */
export function addCoreParticipants(
  doc: Y.Doc,
  meetingId: string,
  actor: string | null = null,
): Result<string[], OpError> {
  const { meetings, people, notes } = roots(doc);
  if (!meetings.has(meetingId)) return notFound('meeting', meetingId);
  const present = new Set<string>();
  notes.forEach((note) => {
    if (note.get('kind') === 'participant' && laneOf(note) === meetingId) {
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
    const obstacles = laneRects(notes, meetingId);
    let order = topOrder(notes);
    for (const person of missing) {
      const spot = nextFreeSpot(obstacles);
      obstacles.push(noteRect(spot));
      const id = createId();
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
