import * as Y from 'yjs';
import { roots, type Collection, type RecordMap } from './doc.ts';
import { PLACE_KEY, readPlace } from './note-place.ts';
import { forEachItemIn, itemOf, keyItems, type StepItems } from './yjs-private.ts';

/** The items an undo step inserted. */
type Inserted = StepItems;

/**
 * The Yjs items that hold notes' places, for the overlap watch
 * (client/sync/overlapWatch.ts), which asks after every gesture, and again
 * at each check while it watches, which of them the gesture wrote.
 */

/** The item holding a note's place: which client wrote it, and which undo step made it. */
export function notePlaceItem(doc: Y.Doc, id: string): Y.Item | undefined {
  const note = roots(doc).notes.get(id);
  return note && keyItems(note).get(PLACE_KEY);
}

/**
 * The participants attached to a form that stands in their own meeting, with
 * the item holding each one's place, read from the live document without
 * reading the whole board. A superset of what `readBoard` keeps attached (it
 * also drops a form that is gone or not a form), never smaller.
 *
 * With `inserted` (the items an undo step inserted), only the participants
 * whose place is one of those items: found from the items, not by going
 * through every note, since the watch asks in the gesture's own task (the
 * drop's frame; a pass over 3,000 notes took several ms there).
 */
export function attachedParticipantPlaces(doc: Y.Doc, inserted?: Inserted): Map<string, Y.Item> {
  const notes = roots(doc).notes;
  const found = new Map<string, Y.Item>();
  const visit = (note: RecordMap, id: string) => {
    const item = attachedPlace(notes, note);
    if (item !== undefined) found.set(id, item);
  };
  if (inserted === undefined) notes.forEach(visit);
  else for (const [id, note] of notesPlacedBy(doc, inserted)) visit(note, id);
  return found;
}

/**
 * The notes whose place as it stands is one of `inserted`'s items (the
 * notes an undo step placed, and no one moved since), with their maps: the
 * notes of `notePlaceItem(doc, id)` in `inserted`, found from the items.
 */
export function notesPlacedBy(doc: Y.Doc, inserted: Inserted): Map<string, RecordMap> {
  const notes = roots(doc).notes;
  const found = new Map<string, RecordMap>();
  forEachItemIn(doc, inserted, (item) => {
    // A note's place as it stands: the item under its key in the note's map, the one
    // under its id in the notes' map (not one deleted or replaced since).
    const note = item.parent;
    const id = note instanceof Y.Map ? itemOf(note)?.parentSub : null;
    if (typeof id === 'string' && note instanceof Y.Map && notes.get(id) === note) {
      if (keyItems(note).get(PLACE_KEY) === item) found.set(id, note as RecordMap);
    }
  });
  return found;
}

/** A participant's place item if it is attached to a form standing in its meeting. */
function attachedPlace(notes: Collection, note: RecordMap): Y.Item | undefined {
  const formId = note.get('form');
  if (note.get('kind') !== 'participant' || typeof formId !== 'string') return undefined;
  const form = notes.get(formId);
  const item = keyItems(note).get(PLACE_KEY);
  if (form === undefined || item === undefined) return undefined;
  return readPlace(form).lane === readPlace(note).lane ? item : undefined;
}
