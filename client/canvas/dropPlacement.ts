import { stackPlaces, type ColumnNote } from '../../shared/formStack.ts';
import {
  NOTE_HEIGHT,
  NOTE_WIDTH,
  nextFreeSpot,
  type Point,
  type Rect,
} from '../../shared/layout.ts';
import type { NoteCopy, NoteMove } from '../../shared/ops/index.ts';
import type { Note } from '../../shared/schema.ts';
import type { BoardActions } from '../sync/actions.ts';
import { settle, settleDrop } from '../../shared/settle.ts';
import {
  columnAtX,
  columnObstacles,
  columnOrigin,
  storedPosition,
  type BoardLayout,
  type Column,
} from './boardGeometry.ts';
import { noteAt } from './hitTest.ts';

/**
 * Where dropped and created notes go: into the column under the pointer,
 * settled into a free place (shared/settle.ts), so notes never pile up
 * unreadably (issue 4). A participant dropped onto a form note is attached to
 * it instead.
 */

export interface DropPlan {
  /**
   * Notes that move: lane + stored position where they were let go. The drop
   * operation (`dropNotes`) settles them, on the document as it is then.
   */
  readonly moves: NoteMove[];
  /**
   * When the pointer is over a form note: that form, and the participants to
   * attach to it, in reading order (the operation stacks them under the form).
   */
  readonly attach: { readonly formId: string; readonly participantIds: string[] } | null;
}

/**
 * The form a drop at a board point joins (not one of `except`): the form note
 * under it, or the form of an attached participant under it. A form's stack
 * reads as its group, coloured alike, so a person let go on its Helle joins the
 * workshop as one let go on the form's own note does; once the stack is long,
 * the form's note is often out of view.
 */
export function formAt(
  layout: BoardLayout,
  point: Point,
  except: ReadonlySet<string>,
): string | null {
  const placed = noteAt(layout, point, except);
  if (!placed) return null;
  if (placed.note.kind === 'form') return placed.note.id;
  if (placed.note.kind !== 'participant' || placed.note.form === null) return null;
  if (except.has(placed.note.form)) return null;
  const form = layout.noteById.get(placed.note.form);
  // A participant whose form went to another meeting stands alone in its own.
  return form && form.note.kind === 'form' && form.lane === placed.lane ? form.note.id : null;
}

/** Where notes moved by (dx, dy) from their board positions are let go, relative to `column`. */
function letGoIn(
  layout: BoardLayout,
  ids: readonly string[],
  dx: number,
  dy: number,
  column: Column,
): { id: string; note: Note; x: number; y: number }[] {
  const origin = columnOrigin(layout, column);
  return ids.flatMap((id) => {
    const placed = layout.noteById.get(id);
    if (!placed) return [];
    return [{ id, note: placed.note, x: placed.x + dx - origin.x, y: placed.y + dy - origin.y }];
  });
}

/**
 * Copies of notes, moved by (dx, dy), settled into `column` as a drop settles
 * (`settleDrop`): a copied form keeps the copies of its participants under it.
 */
function settleCopies(
  layout: BoardLayout,
  ids: readonly string[],
  dx: number,
  dy: number,
  column: Column,
): NoteCopy[] {
  const copied = new Set(ids);
  const dropped = letGoIn(layout, ids, dx, dy, column).map(({ id, note, x, y }) => {
    const form = note.kind === 'participant' ? note.form : null;
    return { id, x, y, stack: form !== null && copied.has(form) ? form : id };
  });
  const settled = settleDrop(dropped, columnObstacles(layout, column));
  return dropped.map((copy) => ({
    id: copy.id,
    lane: column,
    ...storedPosition(column, settled.get(copy.id) ?? copy),
  }));
}

/** The drop of dragged notes at board point `pointer`, the notes having moved by (dx, dy). */
export function planDrop(
  layout: BoardLayout,
  ids: readonly string[],
  dx: number,
  dy: number,
  pointer: Point,
): DropPlan {
  const moving = new Set(ids);
  // A dragged form keeps its stack: over another form's stack, only that form's note takes them.
  const draggingForm = ids.some((id) => layout.noteById.get(id)?.note.kind === 'form');
  const under = noteAt(layout, pointer, moving);
  const formId = draggingForm
    ? under?.note.kind === 'form'
      ? under.note.id
      : null
    : formAt(layout, pointer, moving);
  const participantIds = formId
    ? ids.filter((id) => layout.noteById.get(id)?.note.kind === 'participant')
    : [];
  // Stacked top to bottom as they stood: the order of the selection is the order of clicks.
  const at = (id: string) => layout.noteById.get(id) ?? { x: 0, y: 0 };
  participantIds.sort((a, b) => at(a).y - at(b).y || at(a).x - at(b).x);
  const attached = new Set(participantIds);
  const rest = ids.filter((id) => !attached.has(id));
  const column = columnAtX(layout, pointer.x);
  return {
    moves: letGoIn(layout, rest, dx, dy, column).map(({ id, x, y }) => ({
      id,
      lane: column,
      ...storedPosition(column, { x, y }),
    })),
    attach: formId && participantIds.length > 0 ? { formId, participantIds } : null,
  };
}

/**
 * Writes a drop (inside the caller's one transaction): the moves first, then
 * the attachments, which push whatever stands in the stack's way down
 * (shared/formStack.ts), a note moved along included. The other way round,
 * a note dragged along would first be pushed from its old place, pushing the
 * notes below it for nothing, before it moved.
 */
export function writeDrop(
  actions: Pick<BoardActions, 'dropNotes' | 'attachToForm'>,
  plan: DropPlan,
): void {
  if (plan.moves.length > 0) actions.dropNotes(plan.moves);
  for (const id of plan.attach?.participantIds ?? []) {
    actions.attachToForm(id, plan.attach?.formId ?? null);
  }
}

/** Alt+drag: copies of the dragged notes where they were dropped; the originals stay and block. */
export function planCopyDrop(
  layout: BoardLayout,
  ids: readonly string[],
  dx: number,
  dy: number,
  pointer: Point,
): NoteCopy[] {
  return settleCopies(layout, ids, dx, dy, columnAtX(layout, pointer.x));
}

/** Ctrl/Cmd+D: copies beside their originals, in their own columns, in free places. */
export function planDuplicate(layout: BoardLayout, ids: readonly string[]): NoteCopy[] {
  const byColumn = new Map<Column, string[]>();
  for (const id of ids) {
    const placed = layout.noteById.get(id);
    if (!placed) continue;
    byColumn.set(placed.lane, [...(byColumn.get(placed.lane) ?? []), id]);
  }
  const copies: NoteCopy[] = [];
  for (const [column, columnIds] of byColumn) {
    copies.push(...settleCopies(layout, columnIds, 24, 24, column));
  }
  return copies;
}

/** A free place for a new note whose centre the user pointed at (double-click, drops). */
export function planNewNote(
  layout: BoardLayout,
  pointer: Point,
): { lane: Column; x: number; y: number } {
  const column = columnAtX(layout, pointer.x);
  const origin = columnOrigin(layout, column);
  // Whole units, as a drop stores them (the pointer's board point is a float).
  const preferred = {
    x: Math.round(pointer.x - origin.x - NOTE_WIDTH / 2),
    y: Math.round(pointer.y - origin.y - NOTE_HEIGHT / 2),
  };
  const spot = settle(preferred, columnObstacles(layout, column));
  return { lane: column, ...storedPosition(column, spot) };
}

/**
 * The first free place of a column in reading order, where operations add
 * notes (nextFreeSpot): for a note placed from a panel's menu, which has no
 * pointer to aim with. Its stored place, and its top-left corner on the board.
 */
export function planFreeSpot(
  layout: BoardLayout,
  column: Column,
): { place: { lane: Column; x: number; y: number }; board: Point } {
  const origin = columnOrigin(layout, column);
  const spot = nextFreeSpot(columnObstacles(layout, column));
  return {
    place: { lane: column, ...storedPosition(column, spot) },
    board: { x: origin.x + spot.x, y: origin.y + spot.y },
  };
}

/**
 * Where participants joining a form's stack will stand (board coordinates, the
 * rect around them all), worked out on the layout before the drop as the
 * attach operation works it out on the document (shared/formStack.ts). Null
 * when the form is not on the board.
 */
export function stackJoinRect(
  layout: BoardLayout,
  formId: string,
  joining: readonly string[],
): Rect | null {
  const form = layout.noteById.get(formId);
  if (!form) return null;
  // Stacking depends on distances only, so the column's board coordinates serve.
  const column: ColumnNote[] = [];
  for (const placed of layout.notes) {
    if (placed.lane !== form.lane) continue;
    const { note } = placed;
    column.push({
      id: note.id,
      x: placed.x,
      y: placed.y,
      form: note.kind === 'participant' ? note.form : null,
    });
  }
  const places = stackPlaces(column, formId, joining);
  const spots = joining.flatMap((id) => places.get(id) ?? []);
  if (spots.length === 0) return null;
  const x = Math.min(...spots.map((p) => p.x));
  const y = Math.min(...spots.map((p) => p.y));
  return {
    x,
    y,
    width: Math.max(...spots.map((p) => p.x)) + NOTE_WIDTH - x,
    height: Math.max(...spots.map((p) => p.y)) + NOTE_HEIGHT - y,
  };
}
