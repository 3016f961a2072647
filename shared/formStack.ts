import { CELL_H, CELL_W, NOTE_HEIGHT, NOTE_WIDTH, tooClose, type Point } from './layout.ts';

/**
 * A form's stack (issue 4: "Drop a participant onto a form note to attach it:
 * it stacks under that form"): the form and the participants attached to it
 * that stand one under another right below it. A participant joins at the
 * bottom of the stack, and what stands in the way moves down to make room,
 * as post-its on paper are pushed down a column, rather than the participant
 * landing wherever a free place happens to be. Pure and deterministic on one
 * column's notes (a lane's, or the parking area's), so every client stacks
 * alike.
 */

/** A note of the form's column as the stacking sees it. */
export interface ColumnNote {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** The form a participant is attached to; null for every other note. */
  readonly form: string | null;
}

/** How far below the note above it a participant may stand and still be in the stack: a grid row and half a note. */
const STACK_REACH = CELL_H + NOTE_HEIGHT / 2;

/**
 * The form and, from the top, the participants attached to it that follow
 * one under another below it: each the nearest note below the one before (in
 * the form's column), at most STACK_REACH lower, and roughly in line with the
 * form. The first note that is not such a participant ends the stack. Empty
 * when the form is not in `column`.
 */
export function formStack(column: readonly ColumnNote[], formId: string): ColumnNote[] {
  const form = column.find((n) => n.id === formId);
  if (!form) return [];
  const below = column
    .filter((n) => n.id !== formId && n.y > form.y && Math.abs(n.x - form.x) < CELL_W)
    // At one height a participant of the stack comes first: two attached at one moment stand on each other.
    .sort((a, b) => a.y - b.y || member(b, form) - member(a, form) || (a.id < b.id ? -1 : 1));
  const stack = [form];
  let last = form;
  for (const note of below) {
    if (note.y <= last.y) continue;
    if (!member(note, form) || note.y - last.y > STACK_REACH) break;
    stack.push(note);
    last = note;
  }
  return stack;
}

const member = (note: ColumnNote, form: ColumnNote) =>
  note.form === form.id && Math.abs(note.x - form.x) <= NOTE_WIDTH / 2 ? 1 : 0;

/**
 * Where `joining` participants go to join the stack of `formId` (in the given
 * order, one grid row apart, in line with the form, below its stack), and
 * where the notes in their way move: each note of the column that would stand
 * closer than the clearance to a note placed or moved before it moves straight
 * down until it is clear (a form with its stack moves down whole, one note
 * after the other). Notes not in the way keep their places; nothing moves up
 * or sideways. `column`: the form's column, the joining notes among them or
 * not. The `fixed` notes (held by someone) never move: a note pushed onto
 * one goes on down past it. Only the notes that move are in the answer.
 */
export function stackPlaces(
  column: readonly ColumnNote[],
  formId: string,
  joining: readonly string[],
  fixed: ReadonlySet<string> = new Set(),
): Map<string, Point> {
  const places = new Map<string, Point>();
  const leaving = new Set(joining);
  const staying = column.filter((n) => !leaving.has(n.id));
  const stack = formStack(staying, formId);
  const [form] = stack;
  const last = stack.at(-1);
  if (!form || !last) return places;
  const settled = new RowIndex();
  const moved = new RowIndex();
  for (const note of stack) settled.add(note);
  joining.forEach((id, i) => {
    const place = { x: form.x, y: last.y + (i + 1) * CELL_H };
    places.set(id, place);
    settled.add(place);
    moved.add(place);
  });
  const inStack = new Set(stack.map((n) => n.id));
  const rest = staying
    .filter((n) => !inStack.has(n.id))
    .sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));
  for (const note of rest) if (fixed.has(note.id)) settled.add(note);
  // Top to bottom: a note can only be pushed by one above it, which is settled by then.
  for (const note of rest) {
    if (fixed.has(note.id)) continue;
    if (moved.near(note).length === 0) {
      settled.add(note);
      continue;
    }
    let y = note.y;
    for (let near = settled.near(note); near.length > 0; near = settled.near({ x: note.x, y })) {
      y = Math.max(...near.map((n) => n.y)) + CELL_H;
    }
    const place = { x: note.x, y };
    places.set(note.id, place);
    settled.add(place);
    moved.add(place);
  }
  return places;
}

/**
 * Points bucketed by grid row: a note is only too close to those of its own
 * row and the two beside it, so a full lane answers from a few neighbours.
 */
class RowIndex {
  private readonly rows = new Map<number, Point[]>();

  add(p: Point): void {
    const row = Math.floor(p.y / CELL_H);
    const bucket = this.rows.get(row);
    if (bucket) bucket.push(p);
    else this.rows.set(row, [p]);
  }

  /** The points closer to `p` than the clearance of settling. */
  near(p: Point): Point[] {
    const row = Math.floor(p.y / CELL_H);
    return [row - 1, row, row + 1].flatMap((r) =>
      (this.rows.get(r) ?? []).filter((q) => tooClose(p, q)),
    );
  }
}
