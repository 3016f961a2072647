import * as Y from 'yjs';
import { rootTypes } from '../../shared/doc.ts';
import { BoardEdit, restoreFields } from '../../shared/ops/index.ts';
import { fieldsSkippedByRedo } from '../../shared/restored-records.ts';
import { nextClock } from '../../shared/yjs-private.ts';

/** The repairs: no undo steps of their own (overlapWatch.ts). */
const REPAIRS = new Set<string>(['settleNotes', 'rejoinStacks', 'restoreFields']);

export type StackItem = Y.UndoManager['undoStack'][number];

/**
 * A Y.UndoManager whose undo and redo run in a transaction of their own
 * making, so that what its 'stack-item-popped' listeners write joins the
 * step's transaction: the other users get the step and its repair as one
 * update, and see no state between them (a restored record without the
 * fields the repair writes into it).
 *
 * Yjs's own undo ends its transaction before it emits 'stack-item-popped',
 * and a write in any of a transaction's events ('beforeObserverCalls',
 * 'afterTransaction', observers) is a transaction of its own: Yjs clears the
 * running transaction before it calls them. Run inside this outer
 * transaction, Yjs's undo emits the event while the transaction still runs.
 * Its `undoing` (`redoing`) flag, public, says at the transaction's end, as
 * it would in Yjs's own transaction, that the step goes to the redo (undo)
 * stack; Yjs's undo has cleared it on return, so it is set again until the
 * transaction ends.
 */
class OneTransactionUndoManager extends Y.UndoManager {
  override undo(): StackItem | null {
    return this.inTransaction('undo');
  }

  override redo(): StackItem | null {
    return this.inTransaction('redo');
  }

  private inTransaction(direction: 'undo' | 'redo'): StackItem | null {
    let step: StackItem | null = null;
    try {
      this.doc.transact(() => {
        if (direction === 'undo') {
          step = super.undo();
          this.undoing = true;
        } else {
          step = super.redo();
          this.redoing = true;
        }
      }, this);
    } finally {
      this.undoing = false;
      this.redoing = false;
    }
    return step;
  }
}

/**
 * Undo of the local user's own named operations only (`actor`: this user);
 * repairs join steps by hand (overlapWatch.ts, `joinStep`). An undo or redo
 * that brings back a deleted record writes the fields Yjs left out of it
 * (restored-records.ts: another user's edit made while the delete was on its
 * way) in its own transaction, so the step that deletes it again, and the
 * next undo, take and bring the whole record.
 */
export function createUndoHistory(doc: Y.Doc, actor: string | null = null): Y.UndoManager {
  const undo = new OneTransactionUndoManager(rootTypes(doc), {
    trackedOrigins: new Set([BoardEdit]),
    captureTimeout: 0,
    captureTransaction: (tr) => !(tr.origin instanceof BoardEdit && REPAIRS.has(tr.origin.op)),
  });
  undo.on('stack-item-popped', ({ stackItem }) => {
    // Inside the undo's (redo's) transaction: what this writes is part of its step.
    restoreFields(doc, fieldsSkippedByRedo(doc, stackItem.deletions), actor);
  });
  return undo;
}

/** What `repair` writes is this client's next items: they join the step's insertions. */
export function joinStep(doc: Y.Doc, step: StackItem, repair: () => unknown): void {
  const clock = nextClock(doc);
  repair();
  const made = Y.createDeleteSet();
  made.clients.set(doc.clientID, [{ clock, len: nextClock(doc) - clock }]);
  step.insertions = Y.mergeDeleteSets([step.insertions, made]);
}
