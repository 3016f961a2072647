import { formStack, type ColumnNote } from './formStack.ts';
import { NOTE_CLEARANCE, NOTE_HEIGHT, tooClose } from './layout.ts';
import type { Note } from './schema.ts';

/**
 * Who moves when post-its that two users placed at the same moment land on
 * one another (issue 4: "notes never pile up unreadably"). Each drop settles
 * against the board as its user saw it, so two drops into one free place
 * both take it; the client that placed a note watches it for a few seconds
 * (client/sync/overlapWatch.ts) and moves it away with `settleNotes` when
 * this rule says it yields. Decided from the shared document alone, so both
 * clients agree on who moves without a word between them.
 *
 * The rule: of two notes in one column that stand closer than the clearance
 * of settling, the one higher in z-order yields (the board's notes are in
 * z-order: by `order` key, then id). Why it converges:
 * - The z-order is a total order both clients read alike, and a repair keeps
 *   the note's order key (`settleNotes` does not raise it), so it holds
 *   across rounds. Two drops at one moment get equal order keys (each is
 *   `keyAfterAll` of the same board); the ids still tell them apart.
 * - A drop onto an old note is above it (its key is after every key its user
 *   saw): the new one, which its user watches, yields; the old one stays.
 * - A repair moves a note to a place free of every note its client sees, so
 *   what can overlap afterwards are notes repaired at the same moment. Of
 *   those, the lowest has nothing below it to yield to: it stays, and each
 *   round settles at least one note for good. Two notes: one round.
 * - A note an undo restores keeps its old key and may stand below the note
 *   someone put in its place meanwhile, whose user no longer watches it: the
 *   restoring client settles it at once, whatever the keys (`always`).
 *
 * Within one stack (a form and the participants attached to it) notes never
 * yield to each other for a block move, which keeps their shape. But two
 * users who attach a participant to one form at the same moment both put it
 * under the form's last participant: then the upper of the two participants
 * yields (and a participant on its form yields to the form), alone, and
 * `settleNotes` stacks it again below the other.
 *
 * A participant can also be left behind without standing on anything: one
 * user attaches it under a form while another drags the form (with the
 * participants they saw stacked under it) elsewhere. The client that placed
 * the participant remembers where its form stood then (`stackedParticipants`);
 * once the form stands elsewhere and the participant, still attached and
 * untouched since, is no longer in its stack (`leftBehind`), that client
 * alone puts it back into the stack (`rejoinStacks`). Only the user whose
 * write placed it watches it, so again one client moves.
 */

const stackOf = (note: Note) => (note.kind === 'participant' && note.form) || note.id;

/**
 * The `watched` notes that must move: each one that stands too close to a
 * note of another stack below it in z-order (or to any, if `always`),
 * with the watched notes of its stack (a form and the participants attached
 * to it), which move along as one block; and each attached participant that
 * stands too close to its form or to another participant of its form below
 * it, alone. `notes`: the board's, in z-order.
 */
export function yieldingNotes(
  notes: readonly Note[],
  watched: ReadonlySet<string>,
  always = false,
): Note[] {
  // Notes by lane and row band: a note can only be too close to those of its
  // own band and the two beside it (a select-all move watches 3,000 notes).
  const bands = new Map<string, number[]>();
  notes.forEach((note, i) => {
    const key = bandKey(note.lane, bandOf(note.y));
    const band = bands.get(key);
    if (band) band.push(i);
    else bands.set(key, [i]);
  });
  const stacks = new Set<string>();
  const restacked = new Set<string>();
  notes.forEach((note, i) => {
    if (!watched.has(note.id)) return;
    const stack = stackOf(note);
    const row = bandOf(note.y);
    const near = [row - 1, row, row + 1].flatMap((r) =>
      (bands.get(bandKey(note.lane, r)) ?? []).filter(
        (j) => j !== i && tooClose(note, notes[j] as Note),
      ),
    );
    const below = (j: number) => j < i || always;
    if (near.some((j) => below(j) && stackOf(notes[j] as Note) !== stack)) stacks.add(stack);
    else if (
      stack !== note.id &&
      near.some((j) => stackOf(notes[j] as Note) === stack && (below(j) || notes[j]?.id === stack))
    ) {
      restacked.add(note.id);
    }
  });
  return notes.filter((n) => watched.has(n.id) && (stacks.has(stackOf(n)) || restacked.has(n.id)));
}

/** A row band as high as two notes may stand apart and still be too close. */
const BAND = NOTE_HEIGHT + NOTE_CLEARANCE;
const bandOf = (y: number) => Math.floor(y / BAND);
const bandKey = (lane: string | null, band: number) => `${lane ?? ''}\u0000${band}`;

/** Where a participant's form stood when the participant was placed in its stack. */
export interface FormPlace {
  readonly form: string;
  readonly lane: string | null;
  readonly x: number;
  readonly y: number;
}

/**
 * Of the `placed` notes, the participants that stand in their form's stack
 * (shared/formStack.ts), with their form's place. `notes`: the board's, as
 * read (a participant whose form stands in another meeting has no form).
 */
export function stackedParticipants(
  notes: readonly Note[],
  placed: ReadonlySet<string>,
): Map<string, FormPlace> {
  const stacked = new Map<string, FormPlace>();
  const attached = notes.filter((n) => placed.has(n.id) && n.kind === 'participant' && n.form);
  if (attached.length === 0) return stacked;
  const stacks = new Stacks(notes);
  for (const note of attached) {
    const form = note.kind === 'participant' && note.form ? stacks.note(note.form) : undefined;
    if (form && stacks.of(form).has(note.id)) stacked.set(note.id, placeOf(form));
  }
  return stacked;
}

/**
 * Of the `stacked` participants (as `stackedParticipants` found them when
 * they were placed), the `watched` ones their form has left: the form stands
 * elsewhere now, they are still attached to it (so it is in their meeting)
 * and no longer in its stack. One whose form went to another meeting reads
 * as having no form and is left as it is.
 */
export function leftBehind(
  notes: readonly Note[],
  stacked: ReadonlyMap<string, FormPlace>,
  watched: ReadonlySet<string>,
): string[] {
  if (![...stacked.keys()].some((id) => watched.has(id))) return [];
  const stacks = new Stacks(notes);
  const left: string[] = [];
  for (const [id, then] of stacked) {
    const note = stacks.note(id);
    const form = stacks.note(then.form);
    if (!watched.has(id) || note?.kind !== 'participant' || note.form !== then.form) continue;
    if (form === undefined || samePlace(placeOf(form), then)) continue;
    if (!stacks.of(form).has(id)) left.push(id);
  }
  return left;
}

const placeOf = (form: Note): FormPlace => ({
  form: form.id,
  lane: form.lane,
  x: form.x,
  y: form.y,
});

const samePlace = (a: FormPlace, b: FormPlace) => a.lane === b.lane && a.x === b.x && a.y === b.y;

/** The board's notes by id, and form stacks, each column read once and only when asked for. */
class Stacks {
  private readonly byId: Map<string, Note>;
  private readonly columns = new Map<string | null, ColumnNote[]>();
  private readonly stacks = new Map<string, Set<string>>();

  constructor(private readonly notes: readonly Note[]) {
    this.byId = new Map(notes.map((n) => [n.id, n]));
  }

  note(id: string): Note | undefined {
    return this.byId.get(id);
  }

  /** The ids in the stack of `form` (the form among them). */
  of(form: Note): Set<string> {
    let stack = this.stacks.get(form.id);
    if (stack === undefined) {
      stack = new Set(formStack(this.column(form.lane), form.id).map((n) => n.id));
      this.stacks.set(form.id, stack);
    }
    return stack;
  }

  private column(lane: string | null): ColumnNote[] {
    let column = this.columns.get(lane);
    if (column === undefined) {
      column = this.notes
        .filter((n) => n.lane === lane)
        .map((n) => ({ id: n.id, x: n.x, y: n.y, form: n.kind === 'participant' ? n.form : null }));
      this.columns.set(lane, column);
    }
    return column;
  }
}
