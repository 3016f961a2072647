import type * as Y from 'yjs';
import { roots, type Collection, type RecordMap } from '../doc.ts';
import { noteRect, type Rect } from '../layout.ts';
import { parkedFromGoneLane, placeOrder, readPlace, type NotePlace } from '../note-place.ts';
import { keyAfterAll } from '../order.ts';
import { indexedTopOrder } from './note-index.ts';

/** Where notes stand: helpers shared by the note operations. */

/**
 * The notes as the board shows them (doc-read.ts), for the operations that
 * place notes, which must see what their users see. Two users' gestures at
 * one moment can leave what the board does not show as stored: a participant
 * note whose person someone deleted meanwhile (not shown: it reads as gone),
 * and a note dropped into a meeting someone deleted meanwhile (shown in the
 * parking area). Seen as stored, the first left a gap in a form's stack and
 * kept a free place from a drop; the second was no obstacle to notes parked
 * later, which covered it.
 */
export interface ShownNotes {
  /** Whether the board shows the note at all. */
  shows(note: RecordMap): boolean;
  /** Where the board shows it: a note whose meeting is gone stands in the parking area. */
  place(note: RecordMap): NotePlace;
}

export function shownNotes(doc: Y.Doc): ShownNotes {
  const { meetings, people } = roots(doc);
  return {
    shows: (note) => {
      if (note.get('kind') !== 'participant') return true;
      const person = note.get('person');
      return typeof person === 'string' && people.has(person);
    },
    place: (note) => {
      const stored = readPlace(note);
      return stored.lane !== null && !meetings.has(stored.lane)
        ? parkedFromGoneLane(stored)
        : stored;
    },
  };
}

/** The lane the board shows the note in (null: parked, or no such note). */
export function laneOf(shown: ShownNotes, note: RecordMap | undefined): string | null {
  return note === undefined ? null : shown.place(note).lane;
}

export function laneExists(doc: Y.Doc, lane: string | null): boolean {
  return lane === null || roots(doc).meetings.has(lane);
}

export function topOrder(notes: Collection): string {
  // A board's notes: the document's index knows the greatest key (note-index.ts).
  const indexed = indexedTopOrder(notes);
  if (indexed !== null) return indexed;
  // Keys read as they are asked for, twice only if the greatest is damaged (keyAfterAll):
  // a drop on a 3,000-note board keeps one string, not an array of 3,000.
  return keyAfterAll({
    *[Symbol.iterator]() {
      for (const note of notes.values()) {
        const order = placeOrder(note);
        if (order !== '') yield order;
      }
    },
  });
}

/** The places of the notes the board shows in `lane`, but `except`. */
export function laneRects(doc: Y.Doc, lane: string | null, except?: ReadonlySet<string>): Rect[] {
  const shown = shownNotes(doc);
  const rects: Rect[] = [];
  roots(doc).notes.forEach((note, id) => {
    if (except?.has(id) || !shown.shows(note)) return;
    const place = shown.place(note);
    if (place.lane === lane) rects.push(noteRect({ x: place.x, y: place.y }));
  });
  return rects;
}
