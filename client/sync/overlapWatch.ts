import * as Y from 'yjs';
import { attachedParticipantPlaces, notesPlacedBy } from '../../shared/note-items.ts';
import { leftBehind, stackedParticipants, yieldingNotes } from '../../shared/overlap.ts';
import type { FormPlace } from '../../shared/overlap.ts';
import type { Note } from '../../shared/schema.ts';
import type { BoardActions } from './actions.ts';
import { joinStep, type StackItem } from './undoHistory.ts';

/**
 * The client's half of shared/overlap.ts: the post-its this user placed
 * (dropped, placed from a menu, made, copied, parked, attached, or brought
 * back by an undo or redo) are watched for WATCH_MS; when another user's
 * change makes one stand on another and the rule says it yields, it moves to
 * a free place (`settleNotes`, its own transaction); when another user has
 * dragged away the form it was stacked under, it rejoins the form's stack
 * (`rejoinStacks`). Not while this user drags it, at most MAX_REPAIRS times
 * per placement.
 *
 * Undo: a repair is not a step of its own (Ctrl+Z would then first put the
 * post-it back onto the other one) and not left outside the history either
 * (Yjs does not restore a map value that a later untracked write overwrote,
 * so the drop could no longer be undone). It joins the step that wrote the
 * place it corrects, on the undo or the redo stack: one Ctrl+Z takes back the
 * drop and its repair, Ctrl+Shift+Z brings both.
 */

/** Long enough for a placement made at the same moment elsewhere to arrive. */
export const WATCH_MS = 4000;
const MAX_REPAIRS = 3;
/** Updates that arrive together (an undo and its settling) are looked at together. */
const CHECK_DELAY_MS = 50;
/** A step's watch in its meta: when it was made, how often it was repaired since. */
const WATCH = 'watch';
/** A step's participants that stood in their form's stack when it was made (overlap.ts). */
const STACKED = 'stacked';

/**
 * `notes`: the board's notes as shown, in z-order (BoardSession's snapshot);
 * `movable`: false for a note this user drags, and for all on a board that
 * cannot be edited now; `onHoldsChange`: subscribes to changes of what the
 * others hold (presence), which `movable` reads.
 */
export function watchOverlaps(
  doc: Y.Doc,
  undo: Y.UndoManager,
  notes: () => readonly Note[],
  repairs: Pick<BoardActions, 'settleNotes' | 'rejoinStacks'>,
  movable: (id: string) => boolean,
  onHoldsChange?: (listener: () => void) => () => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When this user's last step was made: after WATCH_MS nothing is watched. */
  let lastStep = 0;
  /**
   * The notes whose place `step` wrote (its insertions hold the place's
   * item): a note someone moved since is theirs to place. Found from the
   * step's items, not by going through every note at each check; a record the
   * board does not show (invalid) may be among them, and is never looked up.
   */
  const placedBy = (step: StackItem) => {
    const placed = new Set<string>();
    for (const id of notesPlacedBy(doc, step.insertions).keys()) if (movable(id)) placed.add(id);
    return placed;
  };
  /** `restored`: the step an undo or redo has just made. */
  const check = (restored?: StackItem) => {
    timer = undefined;
    for (const step of [...undo.undoStack, ...undo.redoStack]) {
      const [since, count] = (step.meta.get(WATCH) as [number, number] | undefined) ?? [0, 0];
      if (Date.now() - since > WATCH_MS || count >= MAX_REPAIRS) continue;
      const placed = placedBy(step);
      const stacked = step.meta.get(STACKED) as ReadonlyMap<string, FormPlace> | undefined;
      const left = stacked ? leftBehind(notes(), stacked, placed) : [];
      // What a repair would push down (a participant rejoining its stack) must be movable too.
      const held = (id: string) => !movable(id);
      if (left.length > 0) join(step, () => repairs.rejoinStacks(left, held));
      // After a rejoin, on the board as it left it.
      const yielding = yieldingNotes(notes(), placed, step === restored);
      if (yielding.length > 0) {
        const moves = yielding.map(({ id, lane, x, y }) => ({ id, lane, x, y }));
        join(step, () => repairs.settleNotes(moves, held));
      }
      if (left.length > 0 || yielding.length > 0) step.meta.set(WATCH, [since, count + 1]);
    }
  };
  const join = (step: StackItem, repair: () => unknown) => joinStep(doc, step, repair);
  const onStep = ({ stackItem, origin }: { stackItem: StackItem; origin: unknown }) => {
    lastStep = Date.now();
    stackItem.meta.set(WATCH, [lastStep, 0]);
    // After this transaction's update: the board snapshot shows the step by then.
    queueMicrotask(() => {
      const attached = new Set<string>();
      for (const [id, place] of attachedParticipantPlaces(doc, stackItem.insertions)) {
        if (movable(id) && Y.isDeleted(stackItem.insertions, place.id)) attached.add(id);
      }
      // The whole board only for a step that placed one: read here, in the gesture's own
      // task, it would weigh on the drop's frame, where the next frame's render reads it anyway.
      if (attached.size > 0) stackItem.meta.set(STACKED, stackedParticipants(notes(), attached));
      // No one else is in an undo: a restored post-it moves off what took its place meanwhile.
      // In a transaction of its own, after the undo's (undoHistory.ts joins only the fields an
      // undo left out): the rule reads the board as shown (`notes`: parked notes, forms' stacks,
      // note sizes), which the session reads after the undo's transaction; inside it, the whole
      // board would be read again in the undo's task (readBoard: 13.6 ms at 5,000 notes, README).
      // Rare (someone else's post-it took the place); the settling joins the undo's step.
      if (origin === undo) check(stackItem);
    });
  };
  // A change from elsewhere (another user, or this device's offline copy) may put a note on ours.
  const onTransaction = (tr: Y.Transaction) => {
    if (!tr.local) timer ??= setTimeout(check, CHECK_DELAY_MS);
  };
  // A repair that waited for someone to let go: their drop's write comes before the
  // presence that ends their hold, and a cancelled drag or editor writes nothing.
  const stopHolds = onHoldsChange?.(() => {
    if (Date.now() - lastStep <= WATCH_MS) timer ??= setTimeout(check, CHECK_DELAY_MS);
  });
  undo.on('stack-item-added', onStep);
  doc.on('afterTransaction', onTransaction);
  return () => {
    stopHolds?.();
    clearTimeout(timer);
    undo.off('stack-item-added', onStep);
    doc.off('afterTransaction', onTransaction);
  };
}
