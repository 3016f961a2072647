import * as Y from 'yjs';
import { createBoardActions } from '../../client/sync/actions.ts';
import { AwarenessPresence } from '../../client/sync/awarenessPresence.ts';
import { watchOverlaps } from '../../client/sync/overlapWatch.ts';
import { createUndoHistory } from '../../client/sync/undoHistory.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { tooClose } from '../../shared/layout.ts';
import { BoardEdit } from '../../shared/ops/index.ts';
import { createBoard, type Harness } from './helpers.ts';

const REPAIRS = new Set<string>(['settleNotes', 'rejoinStacks']);

/**
 * Two clients of one board through a real server, each running the overlap
 * watch as the board page does (BoardSession), on a Y.Doc synced by a real
 * provider. `repairs`: the notes each repair transaction of a client wrote.
 * `movable` as BoardSession passes it; 'presence': as BoardSession makes it,
 * from what the users' presence says they hold (and the watch looks again
 * when that changes).
 */
export async function twoClients(
  harness: Harness,
  movable: ((id: string) => boolean) | 'presence' = () => true,
) {
  const server = await harness.server();
  const board = await createBoard(server);
  const client = async (actor: string) => {
    const provider = await harness.syncedProvider(server, board.id);
    const { doc } = provider;
    const user = { name: actor, color: '#1971c2', sessionId: actor };
    const presence = new AwarenessPresence(provider.awareness, user);
    harness.onCleanup(() => presence.dispose());
    const undo = createUndoHistory(doc);
    const history = { manager: undo, changed: () => {} };
    const actions =
      movable === 'presence'
        ? createBoardActions(doc, actor, history, (id) => presence.isHeld(id, true))
        : createBoardActions(doc, actor, history);
    const notes = () => readBoard(doc).notes;
    const stopWatch =
      movable === 'presence'
        ? watchOverlaps(
            doc,
            undo,
            notes,
            actions,
            (id) => !presence.isHeld(id),
            (run) => presence.onHoldsChange(run),
          )
        : watchOverlaps(doc, undo, notes, actions, movable);
    harness.onCleanup(stopWatch);
    const repairs: string[][] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.origin instanceof BoardEdit && REPAIRS.has(tr.origin.op)) {
        repairs.push(
          [...tr.changed.keys()].flatMap((t) => (t._item?.parentSub ? [t._item.parentSub] : [])),
        );
      }
    });
    return { doc, undo, actions, presence, repairs, note: (id: string) => noteOf(doc, id) };
  };
  const a = await client('anne');
  const b = await client('bo');
  const lane = readBoard(a.doc).meetings[0]?.id ?? '';
  return { a, b, lane };
}

export function noteOf(doc: Y.Doc, id: string) {
  const note = readBoard(doc).notes.find((n) => n.id === id);
  if (!note) throw new Error(`no note ${id}`);
  return note;
}

export type Client = Awaited<ReturnType<typeof twoClients>>['a'];

export const apart = (c: Client, one: string, other: string) =>
  !tooClose(c.note(one), c.note(other)) && c.note(one).lane === c.note(other).lane;

/** Both documents hold the same updates. */
export const same = (a: Client, b: Client) =>
  Buffer.from(Y.encodeStateVector(a.doc)).equals(Buffer.from(Y.encodeStateVector(b.doc)));
