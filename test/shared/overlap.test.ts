import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { CELL_H, CELL_W, NOTE_GAP, NOTE_HEIGHT, tooClose } from '../../shared/layout.ts';
import { BoardEdit, addNote, dropNotes, settleNotes } from '../../shared/ops/index.ts';
import { yieldingNotes } from '../../shared/overlap.ts';
import type { Note } from '../../shared/schema.ts';
import { aForm, aParticipant, anIdea, twoMeetingBoard } from './fixtures.ts';

const idea = (id: string, x: number, y: number, lane: string | null = 'm1') =>
  anIdea({ id, lane, x, y });

const watching = (...ids: string[]) => new Set(ids);

const yielding = (...args: Parameters<typeof yieldingNotes>) =>
  yieldingNotes(...args).map((note) => note.id);

// The board's notes are in z-order (order key, then id): later in the list is higher.
describe('who yields when placed post-its stand on one another', () => {
  it('the higher of two drops made at the same moment (equal order keys: the greater id)', () => {
    const notes = [idea('aaa', 12, 12), idea('bbb', 20, 30)];
    // Each client watches its own drop; both compute the same answer.
    expect(yielding(notes, watching('aaa'))).toEqual([]);
    expect(yielding(notes, watching('bbb'))).toEqual(['bbb']);
    expect(yielding(notes, watching('aaa', 'bbb'))).toEqual(['bbb']);
  });

  it('a recent drop yields to an old note; the old note never yields to it', () => {
    const notes = [idea('zzz', 12, 12), idea('aaa', 12, 12)];
    expect(yielding(notes, watching('aaa'))).toEqual(['aaa']);
    expect(yielding(notes, watching('zzz'))).toEqual([]);
  });

  it('finds notes too close across the row bands it sorts them into, and not beyond', () => {
    // 115 units apart in y (a note is 110 high, the clearance 12): too close, in two bands.
    const notes = [idea('low', 12, 120), idea('high', 12, 235), idea('far', 12, 400)];
    expect(yielding(notes, watching('high'))).toEqual(['high']);
    expect(yielding(notes, watching('far'))).toEqual([]);
  });

  it('a note an undo restored yields whatever its old order key says, when told to', () => {
    const notes = [idea('old', 12, 12), idea('new', 12, 12)];
    expect(yielding(notes, watching('old'))).toEqual([]);
    expect(yielding(notes, watching('old'), true)).toEqual(['old']);
  });

  it('counts the clearance of settling: a grid gap apart is free, one unit less is not', () => {
    expect(tooClose({ x: 0, y: 0 }, { x: CELL_W, y: 0 })).toBe(false);
    expect(tooClose({ x: 0, y: 0 }, { x: 0, y: CELL_H })).toBe(false);
    expect(tooClose({ x: 0, y: 0 }, { x: CELL_W - 1, y: 0 })).toBe(true);
    expect(tooClose({ x: 0, y: 0 }, { x: 0, y: NOTE_HEIGHT + NOTE_GAP - 1 })).toBe(true);
    const gapApart = [idea('aaa', 12, 12), idea('bbb', 12 + CELL_W, 12)];
    expect(yielding(gapApart, watching('bbb'))).toEqual([]);
    const tooNear = [idea('aaa', 12, 12), idea('bbb', 11 + CELL_W, 12)];
    expect(yielding(tooNear, watching('bbb'))).toEqual(['bbb']);
  });

  it('only notes of one column meet; a stack moves whole and never yields to itself', () => {
    const otherLane = [idea('aaa', 12, 12), idea('bbb', 12, 12, 'm2')];
    expect(yielding(otherLane, watching('bbb'))).toEqual([]);
    const participant = (id: string, y: number) =>
      aParticipant({ id, person: 'jens', form: 'frm', lane: 'm1', x: 12, y });
    const notes = [
      idea('old', 12, 2 * CELL_H),
      aForm({ id: 'frm', lane: 'm1', x: 12, y: 12 }),
      participant('pa', 12 + CELL_H),
      // Closer to the form than a stack keeps, but of its stack: no reason to move.
      participant('pb', 12 + CELL_H + 40),
    ];
    // The participants stand on an older note: the form and its participants move together.
    expect(yielding(notes, watching('frm', 'pa', 'pb')).sort()).toEqual(['frm', 'pa', 'pb']);
    expect(yielding(notes.slice(0, 3), watching('frm', 'pa'))).toEqual(['frm', 'pa']);
    // Only what is watched moves: a participant attached to someone else's form goes alone.
    expect(yielding(notes.slice(0, 3), watching('pa'))).toEqual(['pa']);
  });

  it('of two participants attached to one form at the same moment, the upper yields alone', () => {
    const participant = (id: string, y: number) =>
      aParticipant({ id, person: 'jens', form: 'frm', lane: 'm1', x: 12, y });
    const notes = [
      aForm({ id: 'frm', lane: 'm1', x: 12, y: 12 }),
      participant('pa', 12 + CELL_H),
      participant('pb', 12 + CELL_H),
    ];
    expect(yielding(notes, watching('pa'))).toEqual([]);
    expect(yielding(notes, watching('pb'))).toEqual(['pb']);
    // The form stays, though its user watches it too: only the participant rejoins the stack.
    expect(yielding(notes, watching('frm', 'pb'))).toEqual(['pb']);
    // A participant on its own form yields to the form, whatever their z-order.
    const onForm = [participant('pa', 40), aForm({ id: 'frm', lane: 'm1', x: 12, y: 12 })];
    expect(yielding(onForm, watching('pa', 'frm'))).toEqual(['pa']);
  });
});

const boardDoc = (notes: Note[]) => createBoardDoc(twoMeetingBoard(notes));

/** Where the notes stand: what `settleNotes` is given. */
const standing = (doc: Y.Doc, ids: readonly string[]) =>
  readBoard(doc)
    .notes.filter((n) => ids.includes(n.id))
    .map(({ id, lane, x, y }) => ({ id, lane, x, y }));

const noteOf = (doc: Y.Doc, id: string) => {
  const note = readBoard(doc).notes.find((n) => n.id === id);
  if (!note) throw new Error(`no note ${id}`);
  return note;
};

describe('settleNotes: a yielding note moves to the nearest free place', () => {
  it('off the note it stood on, keeping its z-order, in one transaction named settleNotes', () => {
    // `restored` is the lower of the two (an undo brought it back with its old order key).
    const doc = boardDoc([
      anIdea({ id: 'restored', lane: 'm1', x: 12, y: 12 }),
      anIdea({ id: 'other', lane: 'm1', x: 20, y: 12 }),
    ]);
    const ops: string[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.origin instanceof BoardEdit) ops.push(tr.origin.op);
    });
    expect(settleNotes(doc, standing(doc, ['restored'])).ok).toBe(true);
    expect(ops).toEqual(['settleNotes']);
    expect(noteOf(doc, 'other')).toMatchObject({ x: 20, y: 12 });
    const moved = noteOf(doc, 'restored');
    expect(moved.lane).toBe('m1');
    expect(tooClose(moved, noteOf(doc, 'other'))).toBe(false);
    expect(readBoard(doc).notes.map((n) => n.id)).toEqual(['restored', 'other']);
  });

  it('keeps a form and its participants one stack', () => {
    const doc = boardDoc([
      anIdea({ id: 'old', lane: 'm1', x: 12, y: 12 }),
      aForm({ id: 'frm', lane: 'm1', x: 12, y: 40 }),
      aParticipant({ id: 'pa', person: 'jens', form: 'frm', lane: 'm1', x: 12, y: 40 + CELL_H }),
    ]);
    expect(settleNotes(doc, standing(doc, ['frm', 'pa'])).ok).toBe(true);
    const form = noteOf(doc, 'frm');
    expect(noteOf(doc, 'pa')).toMatchObject({ x: form.x, y: form.y + CELL_H, form: 'frm' });
    expect(tooClose(form, { x: 12, y: 12 })).toBe(false);
  });

  it('stacks a participant that stands on another of its form again, below it, pushing what is in the way', () => {
    const participant = (id: string, y: number) =>
      aParticipant({ id, person: 'jens', form: 'frm', lane: 'm1', x: 12, y });
    const doc = boardDoc([
      aForm({ id: 'frm', lane: 'm1', x: 12, y: 12 }),
      participant('pa', 12 + CELL_H),
      participant('pb', 12 + CELL_H),
      anIdea({ id: 'loose', lane: 'm1', x: 12, y: 12 + 2 * CELL_H }),
    ]);
    const ops: string[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.origin instanceof BoardEdit) ops.push(tr.origin.op);
    });
    const order = readBoard(doc).notes.map((n) => n.id);
    expect(settleNotes(doc, standing(doc, ['pb'])).ok).toBe(true);
    expect(ops).toEqual(['settleNotes']);
    expect(noteOf(doc, 'pa')).toMatchObject({ x: 12, y: 12 + CELL_H });
    expect(noteOf(doc, 'pb')).toMatchObject({ x: 12, y: 12 + 2 * CELL_H, form: 'frm' });
    expect(noteOf(doc, 'loose')).toMatchObject({ x: 12, y: 12 + 3 * CELL_H });
    // A repair keeps the z-order.
    expect(readBoard(doc).notes.map((n) => n.id)).toEqual(order);
  });

  it('keeps a participant that a loose note was dropped onto in its stack, and pushes the note down', () => {
    // Attached under its form while someone else dropped a note into that same free place.
    const doc = boardDoc([
      aForm({ id: 'frm', lane: 'm1', x: 12, y: 12 }),
      anIdea({ id: 'loose', lane: 'm1', x: 12, y: 12 + CELL_H }),
      aParticipant({ id: 'pa', person: 'jens', form: 'frm', lane: 'm1', x: 12, y: 12 + CELL_H }),
    ]);
    const order = readBoard(doc).notes.map((n) => n.id);
    expect(settleNotes(doc, standing(doc, ['pa'])).ok).toBe(true);
    expect(noteOf(doc, 'pa')).toMatchObject({ x: 12, y: 12 + CELL_H, form: 'frm' });
    expect(noteOf(doc, 'loose')).toMatchObject({ x: 12, y: 12 + 2 * CELL_H });
    expect(readBoard(doc).notes.map((n) => n.id)).toEqual(order);
  });

  it('does not push a note someone holds to restack a participant: the participant settles beside it', () => {
    const participant = (id: string, y: number) =>
      aParticipant({ id, person: 'jens', form: 'frm', lane: 'm1', x: 12, y });
    const doc = boardDoc([
      aForm({ id: 'frm', lane: 'm1', x: 12, y: 12 }),
      participant('pa', 12 + CELL_H),
      participant('pb', 12 + CELL_H),
      anIdea({ id: 'loose', lane: 'm1', x: 12, y: 12 + 2 * CELL_H }),
    ]);
    // Someone has the loose note open in an editor (or drags it): the repair leaves it be.
    expect(settleNotes(doc, standing(doc, ['pb']), (id) => id === 'loose').ok).toBe(true);
    expect(noteOf(doc, 'loose')).toMatchObject({ x: 12, y: 12 + 2 * CELL_H });
    expect(noteOf(doc, 'pa')).toMatchObject({ x: 12, y: 12 + CELL_H });
    const moved = noteOf(doc, 'pb');
    expect(moved).toMatchObject({ lane: 'm1', form: 'frm' });
    for (const other of ['frm', 'pa', 'loose'])
      expect(tooClose(moved, noteOf(doc, other))).toBe(false);
  });

  it('converges when three users drop into one free place at the same moment', () => {
    const base = boardDoc([anIdea({ id: 'old', lane: 'm1', x: 12, y: 12 })]);
    const ids = ['n1', 'n2', 'n3'];
    const start = Y.encodeStateAsUpdate(base);
    // Each client adds its note off-board, then all sync: their drops are then concurrent.
    const docs = ids.map(() => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, start);
      return doc;
    });
    const syncAll = () => {
      for (const from of docs) {
        for (const to of docs) Y.applyUpdate(to, Y.encodeStateAsUpdate(from));
      }
    };
    docs.forEach((doc, i) => {
      const id = ids[i] ?? '';
      expect(addNote(doc, { id, kind: 'idea', lane: 'm2', x: 12, y: 12 + i * CELL_H }).ok).toBe(
        true,
      );
    });
    syncAll();
    docs.forEach((doc, i) => {
      expect(dropNotes(doc, [{ id: ids[i] ?? '', lane: 'm1', x: 12, y: 12 + CELL_H * 3 }]).ok).toBe(
        true,
      );
    });
    syncAll();
    // Rounds: each client settles its own note when the rule says it yields.
    const movers: number[] = [];
    for (let round = 0; round < 3; round++) {
      let moved = 0;
      docs.forEach((doc, i) => {
        const mine = ids[i] ?? '';
        if (yieldingNotes(readBoard(doc).notes, new Set([mine])).length === 0) return;
        settleNotes(doc, standing(doc, [mine]));
        moved++;
      });
      movers.push(moved);
      syncAll();
    }
    // The lowest of the three stays; the two others move (and may meet again once).
    expect(movers[0]).toBe(2);
    expect(movers.at(-1)).toBe(0);
    const notes = readBoard(docs[0] ?? base).notes;
    for (const a of notes) {
      for (const b of notes) if (a.id < b.id) expect(tooClose(a, b), `${a.id} ${b.id}`).toBe(false);
    }
    expect(readBoard(docs[1] ?? base)).toEqual(readBoard(docs[0] ?? base));
  });
});
