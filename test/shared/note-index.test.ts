import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, roots } from '../../shared/doc.ts';
import { placeLane, placeOrder, readPlace } from '../../shared/note-place.ts';
import * as ops from '../../shared/ops/index.ts';
import { noteIndex } from '../../shared/ops/note-index.ts';
import { keyAfterAll } from '../../shared/order.ts';
import { generatedBoard, seededRandom } from '../helpers/boards.ts';
import { concurrently, replicaOf } from './concurrent.ts';

/**
 * The document's index of stored lanes and orders (note-index.ts), which the
 * drop asks instead of scanning the board: it must answer as a scan of the
 * document would at every moment, inside a transaction, in an observer of
 * another, after remote updates and undo.
 */

const LANES = ['m0', 'm1', 'm2'];

/** What a scan of the whole document answers. */
function scanned(doc: Y.Doc) {
  const lanes = new Map<string, string[]>(LANES.map((lane) => [lane, []]));
  const orders: string[] = [];
  roots(doc).notes.forEach((note, id) => {
    const lane = placeLane(note);
    if (typeof lane === 'string') lanes.get(lane)?.push(id);
    const order = placeOrder(note);
    if (order !== '') orders.push(order);
  });
  return { lanes, top: keyAfterAll(orders) };
}

function expectAgrees(doc: Y.Doc, label: string) {
  const index = noteIndex(doc);
  const scan = scanned(doc);
  for (const lane of LANES) {
    expect([...index.inLane(lane)].sort(), `${label}: ${lane}`).toEqual(
      scan.lanes.get(lane)?.sort(),
    );
  }
  expect(index.topOrder(), `${label}: top`).toBe(scan.top);
}

describe('noteIndex answers as a scan of the document', () => {
  it('after random moves, drops, deletions, damaged orders, undo and remote updates', () => {
    const random = seededRandom(11);
    const doc = createBoardDoc(generatedBoard({ notes: 120, people: 20, meetings: 3 }));
    const remote = replicaOf(doc);
    const undo = new Y.UndoManager(roots(doc).notes);
    expectAgrees(doc, 'built');
    const ids = () => [...roots(doc).notes.keys()];
    for (let step = 0; step < 200; step++) {
      const pick = ids()[Math.floor(random() * ids().length)] as string;
      const lane = random() < 0.2 ? null : (LANES[Math.floor(random() * LANES.length)] ?? null);
      const roll = random();
      if (roll < 0.3) ops.dropNotes(doc, [{ id: pick, lane, x: 20, y: random() * 2000 }]);
      else if (roll < 0.45) ops.moveNotes(doc, [{ id: pick, lane, x: 20, y: 40 }]);
      else if (roll < 0.5) ops.deleteNotes(doc, [pick]);
      else if (roll < 0.6) {
        // A lower order for the top note, or a damaged one: the greatest must be found again.
        const note = roots(doc).notes.get(pick);
        const order = random() < 0.5 ? 'a0' : 'zzz~';
        if (note) note.set('place', { ...readPlace(note), order });
      } else if (roll < 0.7) undo.undo();
      else if (roll < 0.8) {
        ops.dropNotes(remote, [{ id: pick, lane, x: 40, y: random() * 2000 }]);
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)), 'remote');
      } else ops.addNote(doc, { kind: 'idea', lane, x: 0, y: 0 });
      expectAgrees(doc, `step ${step}`);
    }
  });

  it('when the note holding the greatest order moves down, goes, or holds a damaged key', () => {
    const doc = createBoardDoc(generatedBoard({ notes: 30, people: 5, meetings: 3 }));
    const { notes } = roots(doc);
    const topmost = () => {
      let found: [string, string] = ['', ''];
      notes.forEach((note, id) => {
        if (placeOrder(note) > found[1]) found = [id, placeOrder(note)];
      });
      return found[0];
    };
    expectAgrees(doc, 'built');
    const lowered = notes.get(topmost()) as Y.Map<unknown>;
    lowered.set('place', { ...readPlace(lowered), order: 'a0' });
    expectAgrees(doc, 'moved down');
    ops.deleteNotes(doc, [topmost()]);
    expectAgrees(doc, 'deleted');
    const damaged = notes.get(topmost()) as Y.Map<unknown>;
    damaged.set('place', { ...readPlace(damaged), order: 'zzz~' });
    expectAgrees(doc, 'damaged');
  });

  it('first asked for inside a transaction, and after writes later in it', () => {
    const doc = createBoardDoc(generatedBoard({ notes: 30, people: 5, meetings: 3 }));
    const [first, second] = [...roots(doc).notes.keys()] as [string, string];
    doc.transact(() => {
      ops.moveNotes(doc, [{ id: first, lane: 'm2', x: 0, y: 0 }]);
      expectAgrees(doc, 'built in the transaction');
      ops.moveNotes(doc, [{ id: second, lane: 'm1', x: 0, y: 0 }]);
      roots(doc).notes.delete(first);
      expectAgrees(doc, 'after writes later in it');
    });
    expectAgrees(doc, 'after');
  });

  it('inside a transaction, after writes in it, and in an observer after a later transaction', () => {
    const doc = createBoardDoc(generatedBoard({ notes: 30, people: 5, meetings: 3 }));
    expectAgrees(doc, 'built');
    const [first, second] = [...roots(doc).notes.keys()] as [string, string];
    doc.transact(() => {
      ops.moveNotes(doc, [{ id: first, lane: 'm2', x: 0, y: 0 }]);
      expectAgrees(doc, 'in the transaction');
      roots(doc).notes.delete(second);
      expectAgrees(doc, 'after a deletion in it');
    });
    // The first observer writes (a new transaction, observed later); the second asks meanwhile.
    let asked = false;
    roots(doc).notes.observeDeep(() => {
      if (!asked) ops.moveNotes(doc, [{ id: first, lane: 'm0', x: 0, y: 0 }]);
    });
    roots(doc).notes.observeDeep(() => {
      if (asked) return;
      asked = true;
      expectAgrees(doc, 'in an observer');
    });
    ops.moveNotes(doc, [{ id: first, lane: 'm1', x: 0, y: 0 }]);
    expect(asked).toBe(true);
    expectAgrees(doc, 'after');
  });
});

describe('a drop into a meeting reads the notes of that meeting only', () => {
  it('reads no note stored in another lane (the index answers where the board was scanned)', () => {
    const doc = createBoardDoc(generatedBoard({ notes: 300, people: 40, meetings: 3 }));
    const { notes } = roots(doc);
    noteIndex(doc);
    const read = new Set<string>();
    let moved: string | null = null;
    notes.forEach((note, id) => {
      if (placeLane(note) === 'm1') return;
      if (moved === null && note.get('kind') === 'idea' && placeLane(note) === 'm0') moved = id;
      const get = note.get.bind(note);
      // Own property: this note's reads are seen, the others' go to Y.Map's.
      note.get = (key: string) => {
        if (id !== moved) read.add(id);
        return get(key);
      };
    });
    if (moved === null) throw new Error('no idea note in m0');
    expect(ops.dropNotes(doc, [{ id: moved, lane: 'm1', x: 30, y: 500 }]).ok).toBe(true);
    expect(readPlace(notes.get(moved) as Y.Map<unknown>).lane).toBe('m1');
    expect([...read]).toEqual([]);
  });
});

describe('two users dropping into one meeting at once', () => {
  it('converge, and each replica’s index agrees with its document', () => {
    const board = generatedBoard({ notes: 60, people: 10, meetings: 3 });
    const [a, b] = board.notes.filter((n) => n.kind === 'idea' && n.lane === 'm0');
    if (!a || !b) throw new Error('two idea notes in m0 wanted');
    const { board: after, docs } = concurrently(board, [
      (doc, u) => {
        noteIndex(doc);
        return ops.dropNotes(doc, [{ id: a.id, lane: 'm1', x: 30, y: 300 }], u);
      },
      (doc, u) => {
        noteIndex(doc);
        return ops.dropNotes(doc, [{ id: b.id, lane: 'm1', x: 30, y: 300 }], u);
      },
    ]);
    expect(after.notes.find((n) => n.id === a.id)?.lane).toBe('m1');
    expect(after.notes.find((n) => n.id === b.id)?.lane).toBe('m1');
    docs.forEach((doc, i) => expectAgrees(doc, `replica ${i}`));
  });
});
