import { describe, expect, it } from 'vitest';
import { placeStrayNotes } from '../../shared/import-place.ts';
import {
  LANE_HEADER_HEIGHT,
  LANE_WIDTH,
  NOTE_WIDTH,
  PARKING_WIDTH,
  PARKING_X,
  PARKING_Y,
  noteRect,
  rectsOverlap,
  tooClose,
  type Point,
} from '../../shared/layout.ts';
import type { Board, Note } from '../../shared/schema.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

/** Board coordinates of a note, as the canvas places it (lanes from x = 0, one lane per meeting). */
function onBoard(board: Board, note: Note): Point {
  if (note.lane === null) return { x: note.x, y: note.y };
  const index = board.meetings.findIndex((m) => m.id === note.lane);
  return { x: index * (LANE_WIDTH + 24) + note.x, y: LANE_HEADER_HEIGHT + note.y };
}

const idea = (id: string, lane: string | null, x: number, y: number): Note => ({
  id,
  kind: 'idea',
  lane,
  x,
  y,
  text: id,
});

/** Notes in an imported file that lie over a header or another column settle into a free place. */
describe('placing an imported board file’s stray notes', () => {
  it('leaves a file the app exported exactly as it was', () => {
    const board = paperExampleBoard();
    expect(placeStrayNotes(board)).toBe(board);
  });

  it('moves a parked note at 0, 0 (on meeting 1’s header) into the parking area, clear of the others', () => {
    const board = paperExampleBoard();
    board.notes.push(idea('stray', null, 0, 0), idea('kept', null, PARKING_X + 12, PARKING_Y + 12));
    const placed = placeStrayNotes(board);
    const stray = placed.notes.find((n) => n.id === 'stray');
    expect(stray?.lane).toBeNull();
    expect(stray?.x).toBeGreaterThanOrEqual(PARKING_X);
    expect((stray?.x ?? 0) + NOTE_WIDTH).toBeLessThanOrEqual(PARKING_X + PARKING_WIDTH);
    expect(stray?.y).toBeGreaterThanOrEqual(PARKING_Y);
    const kept = placed.notes.find((n) => n.id === 'kept');
    expect(kept).toEqual(idea('kept', null, PARKING_X + 12, PARKING_Y + 12));
    expect(tooClose(stray ?? { x: 0, y: 0 }, kept ?? { x: 0, y: 0 })).toBe(false);
    // Nothing lost, nothing else moved, the order (paint order) kept.
    expect(placed.notes.map((n) => n.id)).toEqual(board.notes.map((n) => n.id));
    expect(placed.notes.filter((n) => n.id !== 'stray')).toEqual(
      board.notes.filter((n) => n.id !== 'stray'),
    );
  });

  it('moves a lane note above its header or beyond its lane into its own lane, readable', () => {
    const board = paperExampleBoard();
    board.notes.push(idea('up', 'm2', 12, -120), idea('right', 'm2', 900, 40));
    const placed = placeStrayNotes(board);
    const headers = placed.meetings.map((_, i) => ({
      x: i * (LANE_WIDTH + 24),
      y: 0,
      width: LANE_WIDTH,
      height: LANE_HEADER_HEIGHT,
    }));
    for (const id of ['up', 'right']) {
      const note = placed.notes.find((n) => n.id === id);
      if (!note) throw new Error(id);
      expect(note.lane).toBe('m2');
      expect(note.x).toBeGreaterThanOrEqual(0);
      expect(note.x + NOTE_WIDTH).toBeLessThanOrEqual(LANE_WIDTH);
      expect(note.y).toBeGreaterThanOrEqual(0);
      const rect = noteRect(onBoard(placed, note));
      expect(headers.some((header) => rectsOverlap(header, rect))).toBe(false);
    }
    const [up, right] = ['up', 'right'].map((id) => placed.notes.find((n) => n.id === id));
    expect(tooClose(up ?? { x: 0, y: 0 }, right ?? { x: 0, y: 0 })).toBe(false);
  });

  it('keeps a stray form and its participants one stack', () => {
    const board = paperExampleBoard();
    // Meeting 1's form and its three participants, all shifted up over the header.
    board.notes = board.notes.map((n) => (n.lane === 'm1' ? { ...n, y: n.y - 400 } : n));
    const placed = placeStrayNotes(board);
    const ys = placed.notes.filter((n) => n.lane === 'm1').map((n) => n.y);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    const original = board.notes.filter((n) => n.lane === 'm1').map((n) => n.y);
    const offset = (ys[0] ?? 0) - (original[0] ?? 0);
    expect(ys).toEqual(original.map((y) => y + offset));
  });
});
