import { describe, expect, it } from 'vitest';
import * as ops from '../../shared/ops/index.ts';
import type { Board } from '../../shared/schema.ts';
import { extraMeeting, paperExampleBoard } from '../helpers/boards.ts';
import { concurrently, noteIn } from './concurrent.ts';
import { aForm, aParticipant } from './fixtures.ts';

/**
 * The board's meetings, its title and period, and the palette, when two or
 * three users change them at the same moment (concurrent.ts: every delivery
 * order, the same board and a plan that reads right).
 */

/** m1, m2, m3, m4 (network) and the final meeting. */
function fourMeetings(): Board {
  const board = paperExampleBoard();
  const final = board.meetings.pop();
  board.meetings.push(
    { ...extraMeeting('m3'), kind: 'network', subtheme: 'Tre' },
    { ...extraMeeting('m4'), kind: 'network', subtheme: 'Fire' },
  );
  if (final) board.meetings.push(final);
  return board;
}

const order = (board: Board) => board.meetings.map((m) => m.id);

describe('two users reordering meetings at once', () => {
  it('swapping the same two meetings from both ends: each meeting once, numbered 1…n, final last', () => {
    const { board, plan } = concurrently(fourMeetings(), [
      (doc, u) => ops.moveMeeting(doc, 'm1', 1, u),
      (doc, u) => ops.moveMeeting(doc, 'm2', 0, u),
    ]);
    expect(order(board)).toEqual(['m2', 'm1', 'm3', 'm4', 'final']);
    expect(plan.meetings.map((m) => m.number)).toEqual([1, 2, 3, 4, null]);
  });

  it('two meetings moved into one place: both there, one order for all', () => {
    const { board } = concurrently(fourMeetings(), [
      (doc, u) => ops.moveMeeting(doc, 'm1', 2, u),
      (doc, u) => ops.moveMeeting(doc, 'm4', 1, u),
    ]);
    expect([...order(board)].sort()).toEqual(['final', 'm1', 'm2', 'm3', 'm4']);
    expect(order(board).at(-1)).toBe('final');
    expect(order(board).indexOf('m2')).toBeLessThan(order(board).indexOf('m3'));
  });

  it('one meeting moved to two places by two users, a third moving another: one of the places', () => {
    const { board } = concurrently(fourMeetings(), [
      (doc, u) => ops.moveMeeting(doc, 'm2', 0, u),
      (doc, u) => ops.moveMeeting(doc, 'm2', 3, u),
      (doc, u) => ops.moveMeeting(doc, 'm3', 0, u),
    ]);
    expect([...order(board)].sort()).toEqual(['final', 'm1', 'm2', 'm3', 'm4']);
    expect(order(board).at(-1)).toBe('final');
    expect([0, 1, 3]).toContain(order(board).indexOf('m2'));
  });

  it('a meeting moved while another user deletes it: gone, its notes parked with their forms', () => {
    const { board } = concurrently(paperExampleBoard(), [
      (doc, u) => ops.moveMeeting(doc, 'm1', 1, u),
      (doc, u) => ops.deleteMeeting(doc, 'm1', u),
    ]);
    expect(order(board)).toEqual(['m2', 'final']);
    for (const id of ['f1', 'n1', 'n2', 'n3']) expect(noteIn(board, id).lane).toBeNull();
    for (const id of ['n1', 'n2', 'n3']) expect(noteIn(board, id)).toMatchObject({ form: 'f1' });
  });
});

describe('two users adding, editing or deleting meetings at once', () => {
  it('two meetings added at once: both, before the final meeting, numbered after the others', () => {
    const { board, plan } = concurrently(paperExampleBoard(), [
      (doc, u) => ops.addMeeting(doc, { id: 'a-new', kind: 'network', subtheme: 'A' }, u),
      (doc, u) => ops.addMeeting(doc, { id: 'b-new', kind: 'network', subtheme: 'B' }, u),
    ]);
    expect(order(board)).toEqual(['m1', 'm2', 'a-new', 'b-new', 'final']);
    expect(plan.meetings.map((m) => m.number)).toEqual([1, 2, 3, 4, null]);
  });

  it('the same field edited by two users: one value, the same on every side and in the plan', () => {
    const { board, plan } = concurrently(paperExampleBoard(), [
      (doc, u) => ops.updateMeeting(doc, 'm1', { subtheme: 'Fra A', location: 'Hal A' }, u),
      (doc, u) => ops.updateMeeting(doc, 'm1', { subtheme: 'Fra B', durationMinutes: 90 }, u),
    ]);
    const meeting = board.meetings[0];
    expect(['Fra A', 'Fra B']).toContain(meeting?.subtheme);
    // Different fields both survive.
    expect(meeting).toMatchObject({ location: 'Hal A', durationMinutes: 90 });
    expect(plan.meetings[0]?.subtheme).toBe(meeting?.subtheme);
  });

  it('a meeting edited while another user deletes it: deleted, the edit gone with it', () => {
    const { board, plan } = concurrently(paperExampleBoard(), [
      (doc, u) => ops.updateMeeting(doc, 'm2', { subtheme: 'Ændret', kind: 'extra' }, u),
      (doc, u) => ops.deleteMeeting(doc, 'm2', u),
    ]);
    expect(order(board)).toEqual(['m1', 'final']);
    expect(plan.meetings.map((m) => m.number)).toEqual([1, null]);
  });

  it('two users deleting two meetings at once: every note parked, each form still over its participants', () => {
    const board = paperExampleBoard();
    board.notes.push(
      aForm({ id: 'f2', lane: 'm2', x: 12, y: 12 }),
      aParticipant({ id: 'n4', lane: 'm2', x: 12, y: 134, person: 'jens', form: 'f2' }),
    );
    const { board: merged } = concurrently(board, [
      (doc, u) => ops.deleteMeeting(doc, 'm1', u),
      (doc, u) => ops.deleteMeeting(doc, 'm2', u),
    ]);
    expect(order(merged)).toEqual(['final']);
    expect(merged.notes.every((n) => n.lane === null)).toBe(true);
    expect(merged.notes.filter((n) => n.kind === 'participant').map((n) => n.form)).toEqual(
      merged.notes
        .filter((n) => n.kind === 'participant')
        .map((n) => (n.id === 'n4' ? 'f2' : 'f1')),
    );
  });

  it('the same meeting deleted by two users: gone once, its notes parked once', () => {
    const { board } = concurrently(paperExampleBoard(), [
      (doc, u) => ops.deleteMeeting(doc, 'm1', u),
      (doc, u) => ops.deleteMeeting(doc, 'm1', u),
    ]);
    expect(order(board)).toEqual(['m2', 'final']);
    expect(board.notes.map((n) => n.id).sort()).toEqual(['f1', 'i1', 'n1', 'n2', 'n3']);
  });
});

describe('the board and the palette, changed by two users at once', () => {
  it('title by one user and period by the other both survive; the same field keeps one value', () => {
    const { board } = concurrently(paperExampleBoard(), [
      (doc, u) => ops.updateBoard(doc, { title: 'Fra A' }, u),
      (doc, u) => ops.updateBoard(doc, { period: { start: '2027-02-01', end: '2027-06-01' } }, u),
      (doc, u) => ops.updateBoard(doc, { title: 'Fra C' }, u),
    ]);
    expect(['Fra A', 'Fra C']).toContain(board.title);
    expect(board.period).toEqual({ start: '2027-02-01', end: '2027-06-01' });
  });

  it('palette forms added, edited, deleted at once: both additions, the deletion wins over an edit', () => {
    const { board } = concurrently(paperExampleBoard(), [
      (doc, u) => {
        ops.addPaletteForm(doc, { id: 'pa', name: 'Fra A' }, u);
        ops.updatePaletteForm(doc, 'p1', { durationMinutes: 45 }, u);
      },
      (doc, u) => {
        ops.addPaletteForm(doc, { id: 'pb', name: 'Fra B' }, u);
        ops.deletePaletteForm(doc, 'p1', u);
      },
    ]);
    expect(board.palette.map((p) => p.id)).toEqual(['pa', 'pb']);
  });
});
