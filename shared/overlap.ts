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
