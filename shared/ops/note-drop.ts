import type * as Y from 'yjs';
import { roots, type RecordMap } from '../doc.ts';
import { NOTE_HEIGHT, NOTE_WIDTH, columnStart, type Rect } from '../layout.ts';
import { ok, type Result } from '../result.ts';
import { settleDrop, type DroppedNote } from '../settle.ts';
import { edit, type OpError } from './edit.ts';
import { noteIndex } from './note-index.ts';
import { shownNotes } from './note-lanes.ts';
import { placeNotes, type NoteMove } from './notes.ts';
import { onOwnStack, pushedByRestack, restackParticipants } from './participants.ts';

/**
 * Moves notes as a drag and drop does. `moves` say where each note was let
 * go; each lane's share of them settles into a free place (shared/settle.ts)
 * that keeps a readable gap from the notes already there: the drop as one
 * block, so a form and the participants dragged along with it stay one stack
 * and a moved selection keeps its arrangement. Then it is written as
 * `moveNotes` writes it (`placeNotes`): one transaction, one undo step.
 *
 * Settled here, on the document, rather than by the dragging client: the
 * settling sees the lane as it is when the drop is written (with a note a
 * remote user put there a moment ago), and every caller gets the same rules.
 */
export function dropNotes(
  doc: Y.Doc,
  moves: readonly NoteMove[],
  actor: string | null = null,
): Result<void, OpError> {
  return placeNotes(doc, moves, actor, settleMoves);
}

/**
 * `dropNotes` for notes where they stand (`moves`: their places), keeping
 * their z-order: the repair a client makes when post-its it has just placed
 * turn out to lie on another user's, placed at the same moment (overlap.ts
 * decides which move; client/sync/overlapWatch.ts calls this). A
 * participant that stands on its own form's stack (two users attached one to
 * that form at the same moment) rejoins the stack below the others instead of
 * settling beside it, unless that would push down a note someone holds
 * (`held`: dragged or open in an editor, which a repair never moves). One
 * transaction, `settleNotes`.
 */
export function settleNotes(
  doc: Y.Doc,
  moves: readonly NoteMove[],
  held: (id: string) => boolean = () => false,
  actor: string | null = null,
): Result<void, OpError> {
  const restack = onOwnStack(
    doc,
    moves.map((move) => move.id),
  );
  for (const [form, ids] of restack) {
    if (pushedByRestack(doc, form, ids).some(held)) restack.delete(form);
  }
  if (restack.size === 0) return placeNotes(doc, moves, actor, settleMoves, 'settleNotes');
  // A participant on its own form's stack rejoins the stack instead (participants.ts).
  const rejoining = new Set([...restack.values()].flat());
  const rest = moves.filter((move) => !rejoining.has(move.id));
  let result: Result<void, OpError> = ok(undefined);
  edit(doc, 'settleNotes', actor, () => {
    if (rest.length > 0) result = placeNotes(doc, rest, actor, settleMoves, 'settleNotes');
    if (result.ok) restackParticipants(doc, restack);
  });
  return result;
}

interface LaneDrop {
  readonly dropped: DroppedNote[];
  readonly obstacles: Rect[];
}

function settleMoves(doc: Y.Doc, moves: readonly NoteMove[]): NoteMove[] {
  const { notes } = roots(doc);
  const shown = shownNotes(doc);
  const moving = new Map(moves.map((move) => [move.id, move]));
  const byLane = new Map<string | null, LaneDrop>();
  for (const move of moving.values()) {
    const start = columnStart(move.lane);
    const form = notes.get(move.id)?.get('form');
    // A participant dropped into the lane its form is dropped into stays in the form's stack.
    const stack = typeof form === 'string' && moving.get(form)?.lane === move.lane ? form : move.id;
    const lane = byLane.get(move.lane) ?? { dropped: [], obstacles: [] };
    byLane.set(move.lane, lane);
    // Whole units: a drag's offset is a float of screen pixels over the zoom, and
    // 134.00000000000003 stored would make a stack's exact 12-unit gap read as too close.
    lane.dropped.push({
      id: move.id,
      x: Math.round(move.x - start.x),
      y: Math.round(move.y - start.y),
      stack,
    });
  }
  // The notes already in the lanes dropped into: from the document's index of stored lanes
  // (note-index.ts), so a drop onto a 3,000-note board reads the 500 notes of its lane, not
  // all 3,000. A drop into the parking area reads them all: a note whose meeting is gone is
  // shown there, whatever lane it is stored in.
  const obstacle = (note: RecordMap, id: string) => {
    if (moving.has(id)) return;
    // As the board shows it (note-lanes.ts): a note whose meeting is gone stands in the parking area.
    const place = shown.place(note);
    const lane = byLane.get(place.lane);
    if (!lane || !shown.shows(note)) return;
    const start = columnStart(place.lane);
    lane.obstacles.push({
      x: place.x - start.x,
      y: place.y - start.y,
      width: NOTE_WIDTH,
      height: NOTE_HEIGHT,
    });
  };
  if (byLane.has(null)) notes.forEach(obstacle);
  else {
    const index = noteIndex(doc);
    for (const lane of byLane.keys()) {
      for (const id of index.inLane(lane ?? '')) {
        const note = notes.get(id);
        if (note !== undefined) obstacle(note, id);
      }
    }
  }
  const settled = new Map<string, NoteMove>();
  for (const [lane, { dropped, obstacles }] of byLane) {
    const start = columnStart(lane);
    for (const [id, spot] of settleDrop(dropped, obstacles)) {
      settled.set(id, { id, lane, x: spot.x + start.x, y: spot.y + start.y });
    }
  }
  return moves.map((move) => settled.get(move.id) ?? move);
}
