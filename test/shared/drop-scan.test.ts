import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, roots } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { PARKING_X, PARKING_Y } from '../../shared/layout.ts';
import { placeOrder, readPlace } from '../../shared/note-place.ts';
import { deleteMeeting, deletePerson, dropNotes } from '../../shared/ops/index.ts';
import { laneRects, topOrder } from '../../shared/ops/note-lanes.ts';
import { keyAfterAll } from '../../shared/order.ts';
import { settleDrop } from '../../shared/settle.ts';
import { generatedBoard, seededRandom } from '../helpers/boards.ts';

/**
 * The drop's settling reads in full only the notes stored in the meetings it
 * drops into (note-drop.ts); these check that it still settles exactly as
 * against every note the board shows in that column, whatever else lies on
 * the board: notes whose meeting is gone (shown parked), participants whose
 * person is gone (not shown), parked notes.
 */

/** A random 300-note board over 5 meetings, one of them deleted, some people deleted. */
function randomBoardDoc(seed: number) {
  const random = seededRandom(seed);
  const board = generatedBoard({ notes: 300, people: 40, meetings: 5, seed });
  // Some notes parked, at random places; the others scattered in their lanes.
  for (const note of board.notes) {
    if (random() < 0.15) Object.assign(note, { lane: null, x: PARKING_X + 12, y: PARKING_Y });
    Object.assign(note, {
      x: note.x + Math.floor(random() * 300) - 100,
      y: Math.floor(random() * 3000),
    });
  }
  const doc = createBoardDoc(board);
  deleteMeeting(doc, 'm2');
  for (let i = 0; i < 40; i += 7) deletePerson(doc, `p${i}`);
  return { doc, random, ids: board.notes.map((n) => n.id) };
}

/** Where a drop of `id` at (x, y) in `lane` settles, against every note shown in that column. */
function expectedSpot(doc: Y.Doc, id: string, lane: string | null, x: number, y: number) {
  const start = lane === null ? { x: PARKING_X, y: PARKING_Y } : { x: 0, y: 0 };
  const obstacles = laneRects(doc, lane, new Set([id])).map((r) => ({
    ...r,
    x: r.x - start.x,
    y: r.y - start.y,
  }));
  const spot = settleDrop([{ id, x: x - start.x, y: y - start.y, stack: id }], obstacles).get(id);
  if (!spot) throw new Error('not settled');
  return { x: spot.x + start.x, y: spot.y + start.y };
}

describe('dropNotes reads only the lanes it drops into, and settles as against the whole board', () => {
  it('settles one note exactly where a whole-board scan would, on random boards', () => {
    const lanes = ['m0', 'm1', 'm3', 'm4', null];
    for (let seed = 1; seed <= 6; seed++) {
      const { doc, random, ids } = randomBoardDoc(seed);
      const notes = roots(doc).notes;
      for (let i = 0; i < 25; i++) {
        const id = ids[Math.floor(random() * ids.length)] as string;
        if (!notes.has(id) || notes.get(id)?.get('kind') === 'form') continue;
        const lane = lanes[Math.floor(random() * lanes.length)] ?? null;
        const x = Math.floor(random() * 400) + (lane === null ? PARKING_X : 0);
        const y = Math.floor(random() * 2500) + (lane === null ? PARKING_Y : 0);
        const expected = expectedSpot(doc, id, lane, x, y);
        expect(dropNotes(doc, [{ id, lane, x, y }]).ok).toBe(true);
        const place = readPlace(notes.get(id) as Y.Map<unknown>);
        expect({ lane: place.lane, x: place.x, y: place.y }, `seed ${seed} drop ${i}`).toEqual({
          lane,
          ...expected,
        });
      }
      // And the board reads as valid as ever.
      expect(readBoard(doc).notes.length).toBeGreaterThan(0);
    }
  });
});

describe('topOrder: the key above every note', () => {
  it('is the key after all of the notes’ keys, damaged keys among them or not', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 30; round++) {
      const doc = createBoardDoc(generatedBoard({ notes: 40, people: 10, meetings: 3 }));
      const notes = roots(doc).notes;
      notes.forEach((note) => {
        const roll = random();
        // Damaged: not a fractional index at all, or one no key can follow; and empty.
        const damaged = roll < 0.1 ? 'zzz~' : roll < 0.15 ? '' : roll < 0.2 ? 'a0 ' : null;
        if (damaged !== null) note.set('place', { ...readPlace(note), order: damaged });
      });
      const keys: string[] = [];
      notes.forEach((note) => {
        const order = placeOrder(note);
        if (order !== '') keys.push(order);
      });
      expect(topOrder(notes)).toBe(keyAfterAll(keys));
    }
  });
});
