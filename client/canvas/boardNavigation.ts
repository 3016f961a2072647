import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { meetingTitle } from '../../shared/i18n/meetings.ts';
import type { NoteMove } from '../../shared/ops/index.ts';
import { participantLabel } from '../../shared/plan-labels.ts';
import type { Person } from '../../shared/schema.ts';
import { formatDuration } from '../../shared/time-text.ts';
import {
  columnOrigin,
  storedPosition,
  withStacks,
  type BoardLayout,
  type Column,
  type PlacedNote,
} from './boardGeometry.ts';

/**
 * The board by keyboard, as pure functions of the layout: which post-it an
 * arrow key goes to, where Alt+Left/Right moves the selection, and what a
 * screen reader is told. All post-its are one size, so their top-left
 * corners compare as their centres do.
 */

/** The arrow keys by their `KeyboardEvent.key`. */
export type Arrow = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/**
 * The nearest post-it in the arrow's direction from `from`: one whose centre lies within
 * 45° of the direction (so ↓ at the foot of a lane's column does not jump to
 * the other column or the next lane), scored by distance plus twice the
 * off-axis offset (so → prefers the post-it on the same row). Lane borders
 * and the parking area are no walls. Null when there is none.
 */
export function nearestInDirection(
  notes: readonly PlacedNote[],
  from: { readonly x: number; readonly y: number },
  arrow: Arrow,
): PlacedNote | null {
  const horizontal = arrow === 'ArrowLeft' || arrow === 'ArrowRight';
  const sign = arrow === 'ArrowLeft' || arrow === 'ArrowUp' ? -1 : 1;
  let best: PlacedNote | null = null;
  let bestScore = Infinity;
  for (const candidate of notes) {
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const along = sign * (horizontal ? dx : dy);
    const across = Math.abs(horizontal ? dy : dx);
    if (along <= 0 || across > along) continue;
    const score = Math.hypot(dx, dy) + 2 * across;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** The first post-it in reading order: the first meeting that has one, top row, left; parked ones last. */
export function firstInReadingOrder(layout: BoardLayout): PlacedNote | null {
  const rank = (placed: PlacedNote) =>
    placed.lane === null ? layout.lanes.length : (layout.laneById.get(placed.lane)?.index ?? 0);
  let first: PlacedNote | null = null;
  for (const placed of layout.notes) {
    if (
      first === null ||
      (rank(placed) - rank(first) || placed.y - first.y || placed.x - first.x) < 0
    )
      first = placed;
  }
  return first;
}

/**
 * The column beside `column` on the board: the parking area stands left of
 * the first meeting. Undefined past either end.
 */
export function neighbourColumn(
  layout: BoardLayout,
  column: Column,
  step: -1 | 1,
): Column | undefined {
  const index = column === null ? -1 : (layout.laneById.get(column)?.index ?? -1);
  const next = index + step;
  if (next === -1) return null;
  return next < -1 ? undefined : layout.lanes[next]?.id;
}

/**
 * Alt+Left/Right: the selection (each form with its stack) one column over,
 * each note where it stood in its own column, for the drop operation to
 * settle into free places (`dropNotes`). Null when a note would leave the
 * board: then nothing moves, so the selection keeps its arrangement.
 */
export function planColumnStep(
  layout: BoardLayout,
  selection: readonly string[],
  step: -1 | 1,
): NoteMove[] | null {
  const moves: NoteMove[] = [];
  for (const id of withStacks(layout, selection)) {
    const placed = layout.noteById.get(id);
    if (!placed) continue;
    const target = neighbourColumn(layout, placed.lane, step);
    if (target === undefined) return null;
    const origin = columnOrigin(layout, placed.lane);
    const position = storedPosition(target, { x: placed.x - origin.x, y: placed.y - origin.y });
    moves.push({ id, lane: target, ...position });
  }
  return moves.length > 0 ? moves : null;
}

/** "Netværksmøde 2", "Parkering": the column as its header names it. */
function columnName(layout: BoardLayout, column: Column, lang: Lang): string {
  const lane = column === null ? undefined : layout.laneById.get(column);
  return lane ? meetingTitle(lane.meeting.kind, lane.number, lang) : translate(S.parking, lang);
}

/**
 * What a screen reader hears for the selection: "Jens J., ØS — Netværksmøde 2",
 * "Oplæg (20 min.) — Parkering", or "3 post-its — Netværksmøde 2" (where the
 * last of them stands).
 */
export function selectionAnnouncement(
  layout: BoardLayout,
  people: ReadonlyMap<string, Person>,
  ids: readonly string[],
  lang: Lang,
): string {
  const shown = ids.filter((id) => layout.noteById.has(id));
  const placed = layout.noteById.get(shown[shown.length - 1] ?? '');
  if (!placed) return '';
  const where = columnName(layout, placed.lane, lang);
  if (shown.length > 1) return `${translate(S.postIts, lang, { count: shown.length })} — ${where}`;
  const note = placed.note;
  let what: string;
  if (note.kind === 'participant') {
    const person = people.get(note.person);
    what = person ? participantLabel(person, lang) : translate(S.unknownPerson, lang);
  } else if (note.kind === 'form') {
    const name = note.name.trim() || translate(S.untitledForm, lang);
    what =
      note.durationMinutes === null
        ? name
        : `${name} (${formatDuration(note.durationMinutes, lang)})`;
  } else {
    what = `${translate(S.ideaText, lang)}: ${note.text.trim() || translate(S.emptyIdea, lang)}`;
  }
  return `${what} — ${where}`;
}
