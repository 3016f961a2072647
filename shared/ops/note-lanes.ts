import type * as Y from 'yjs';
import { roots, type Collection, type RecordMap } from '../doc.ts';
import { noteRect, type Rect } from '../layout.ts';
import { placeOrder, readPlace } from '../note-place.ts';
import { keyAfterAll } from '../order.ts';

/** Where notes stand: helpers shared by the note operations. */

export function laneOf(note: RecordMap | undefined): string | null {
  return note === undefined ? null : readPlace(note).lane;
}

export function laneExists(doc: Y.Doc, lane: string | null): boolean {
  return lane === null || roots(doc).meetings.has(lane);
}

export function topOrder(notes: Collection): string {
  const keys: string[] = [];
  notes.forEach((note) => {
    const order = placeOrder(note);
    if (order !== '') keys.push(order);
  });
  return keyAfterAll(keys);
}

export function laneRects(
  notes: Collection,
  lane: string | null,
  except?: ReadonlySet<string>,
): Rect[] {
  const rects: Rect[] = [];
  notes.forEach((note, id) => {
    const place = readPlace(note);
    if (place.lane !== lane || except?.has(id)) return;
    rects.push(noteRect({ x: place.x, y: place.y }));
  });
  return rects;
}
