import {
  LANE_WIDTH,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  columnStart,
  type Point,
  type Rect,
} from './layout.ts';
import type { Board, Note } from './schema.ts';
import { settleDrop, type DroppedNote } from './settle.ts';

/**
 * An imported board file's notes that lie where no one can read them: a
 * lane's note left of or beyond its lane (over the next one) or above its
 * content box (over the meeting's header); a parked note right of the
 * parking area (towards or over the lanes) or over its header (a hand-made
 * file's parked note at 0, 0 lies on meeting 1's header, and a tap there
 * opens the header). The file is valid,
 * so it is not refused: each such note settles into a free place in its own
 * column as a drop there would (shared/settle.ts), nearest to where the file
 * put it, and nothing else moves. Parked notes elsewhere (far left, below) are
 * left where they are: the board shows parked notes anywhere. A file the app
 * exported has no stray note, so it imports as it was. Coordinates as stored:
 * a lane's notes lane-relative, parked ones board coordinates (layout.ts).
 */
export function placeStrayNotes(board: Board): Board {
  const byColumn = new Map<string | null, { dropped: DroppedNote[]; obstacles: Rect[] }>();
  const column = (lane: string | null) => {
    const found = byColumn.get(lane) ?? { dropped: [], obstacles: [] };
    byColumn.set(lane, found);
    return found;
  };
  const stray = new Map<string, Note>();
  for (const note of board.notes) {
    const start = columnStart(note.lane);
    const at = { x: note.x - start.x, y: note.y - start.y };
    if (!strays(note.lane, at))
      column(note.lane).obstacles.push({ ...at, width: NOTE_WIDTH, height: NOTE_HEIGHT });
    else stray.set(note.id, note);
  }
  if (stray.size === 0) return board;
  for (const note of stray.values()) {
    const start = columnStart(note.lane);
    // A participant whose form strays with it in its lane keeps to the form's stack.
    const form = note.kind === 'participant' ? note.form : null;
    const stack = form !== null && stray.get(form)?.lane === note.lane ? form : note.id;
    column(note.lane).dropped.push({
      id: note.id,
      x: note.x - start.x,
      y: note.y - start.y,
      stack,
    });
  }
  const placed = new Map<string, Point>();
  for (const [lane, { dropped, obstacles }] of byColumn) {
    if (dropped.length === 0) continue;
    const start = columnStart(lane);
    for (const [id, spot] of settleDrop(dropped, obstacles)) {
      placed.set(id, { x: spot.x + start.x, y: spot.y + start.y });
    }
  }
  return {
    ...board,
    notes: board.notes.map((note) => {
      const spot = placed.get(note.id);
      return spot ? { ...note, x: spot.x, y: spot.y } : note;
    }),
  };
}

/** Whether a note (column-relative) lies over another column or over a header. */
function strays(lane: string | null, at: Point): boolean {
  const beyond = at.x > LANE_WIDTH - NOTE_WIDTH;
  if (lane !== null) return at.x < 0 || beyond || at.y < 0;
  return beyond || (at.y < 0 && at.x > -NOTE_WIDTH);
}
