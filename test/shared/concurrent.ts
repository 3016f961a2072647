import { expect } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { projectPlan } from '../../shared/projection.ts';
import type { Plan } from '../../shared/plan.ts';
import type { Board, Note } from '../../shared/schema.ts';
import { validateBoardFile } from '../../shared/validate.ts';

/**
 * Gestures two or three users make at the same moment, each on a replica
 * that has not seen the others' yet; then every replica gets the others'
 * updates, and fresh replicas get all of them in every order. What the test
 * asserts of the result holds for every replica alike (`concurrently` checks
 * that they converge).
 */

/** One user's gesture: runs on that user's replica (`actor`: u0, u1, …). */
export type Gesture = (doc: Y.Doc, actor: string) => unknown;

export interface Concurrent {
  /** The one board every replica reads. */
  readonly board: Board;
  readonly plan: Plan;
  /** The users' replicas, after the exchange. */
  readonly docs: readonly Y.Doc[];
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** A replica of `seed`'s state, as a client that has synced it. */
export function replicaOf(seed: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed), 'remote');
  return doc;
}

export function concurrently(start: Board | Y.Doc, gestures: readonly Gesture[]): Concurrent {
  const seed = start instanceof Y.Doc ? start : createBoardDoc(start);
  const base = Y.encodeStateVector(seed);
  const docs = gestures.map((gesture, i) => {
    const doc = replicaOf(seed);
    gesture(doc, `u${i}`);
    return doc;
  });
  const updates = docs.map((doc) => Y.encodeStateAsUpdate(doc, base));
  // Each user gets the others' updates in turn (the server's order for them).
  docs.forEach((doc, i) => {
    updates.forEach((update, j) => {
      if (i !== j) Y.applyUpdate(doc, update, 'remote');
    });
  });
  // And a late joiner gets them in every order.
  const late = permutations(updates.map((_, i) => i)).map((order) => {
    const doc = replicaOf(seed);
    for (const i of order) Y.applyUpdate(doc, updates[i] as Uint8Array, 'remote');
    return doc;
  });
  const boards = [...docs, ...late].map((doc) => readBoard(doc));
  const board = boards[0] as Board;
  for (const other of boards.slice(1)) expect(other).toEqual(board);
  return { board, plan: expectSensible(board), docs };
}

/**
 * What every board must be, whatever was done at once: a valid board file
 * whose plan lists each meeting once, numbers the network meetings 1…n in
 * board order, and shows each participant of a meeting in exactly one row,
 * under its own form (in its own meeting) or under none.
 */
export function expectSensible(board: Board): Plan {
  const validated = validateBoardFile(JSON.parse(JSON.stringify(board)));
  if (!validated.ok) throw new Error(JSON.stringify(validated.error.slice(0, 5)));
  const plan = projectPlan(board);
  expect(plan.meetings.map((m) => m.meetingId)).toEqual(board.meetings.map((m) => m.id));
  const numbers = plan.meetings.flatMap((m) => (m.number === null ? [] : [m.number]));
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  const notes = new Map(board.notes.map((n) => [n.id, n]));
  const people = new Set(board.people.map((p) => p.id));
  for (const meeting of plan.meetings) {
    const shown = meeting.rows.map((row) => row.noteId);
    const inLane = board.notes.filter(
      (n) => n.kind === 'participant' && n.lane === meeting.meetingId && people.has(n.person),
    );
    expect([...shown].sort()).toEqual(inLane.map((n) => n.id).sort());
    for (const row of meeting.rows) {
      if (row.formNoteId === null) continue;
      const form = notes.get(row.formNoteId);
      expect(form?.kind).toBe('form');
      expect(form?.lane).toBe(meeting.meetingId);
    }
  }
  return plan;
}

export function noteIn(board: Board, id: string): Note {
  const note = board.notes.find((n) => n.id === id);
  if (!note) throw new Error(`no note ${id}`);
  return note;
}

/** The note ids of `board` that stand exactly where another note of their column stands. */
export function coveredNotes(board: Board): string[] {
  const seen = new Map<string, string>();
  const covered: string[] = [];
  for (const note of board.notes) {
    const key = `${note.lane}:${note.x}:${note.y}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, note.id);
    else covered.push(first, note.id);
  }
  return covered;
}
