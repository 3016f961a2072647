import { describe, expect, it } from 'vitest';
import { checkBoard } from '../../shared/checks.ts';
import { createBoardDoc } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { addMeeting, moveMeeting, updateMeeting } from '../../shared/ops/index.ts';
import type { Board } from '../../shared/schema.ts';
import { extraMeeting, paperExampleBoard } from '../helpers/boards.ts';

/**
 * "The final meeting stays recognisable as the last one" (audit R3): the
 * meeting operations keep a final meeting after every other meeting, whoever
 * calls them (a client's drag, the API, a remote peer).
 */

function setup(board: Board = paperExampleBoard()) {
  const doc = createBoardDoc(board);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const ids = () => readBoard(doc).meetings.map((m) => m.id);
  return { doc, updates, ids };
}

const finalNotLast = (board: Board) => checkBoard(board).filter((c) => c.code === 'final-not-last');

describe('the final meeting stays last', () => {
  it('moving the final meeting changes nothing and writes nothing', () => {
    const { doc, updates, ids } = setup();
    expect(moveMeeting(doc, 'final', 0).ok).toBe(true);
    expect(moveMeeting(doc, 'final', 1).ok).toBe(true);
    expect(ids()).toEqual(['m1', 'm2', 'final']);
    expect(updates).toHaveLength(0);
  });

  it('a meeting moved past the final meeting stops just before it', () => {
    const { doc, ids } = setup();
    moveMeeting(doc, 'm1', 2);
    expect(ids()).toEqual(['m2', 'm1', 'final']);
    moveMeeting(doc, 'm2', 99);
    expect(ids()).toEqual(['m1', 'm2', 'final']);
  });

  it('a network meeting added after a drag of the final header still goes before the final meeting', () => {
    // The audit's repro: drag "Afsluttende møde" onto meeting 1, then "+ Møde → Netværksmøde".
    const { doc, ids } = setup();
    moveMeeting(doc, 'final', 0);
    const added = addMeeting(doc, { kind: 'network' });
    if (!added.ok) throw new Error(added.error.detail);
    expect(ids()).toEqual(['m1', 'm2', added.value, 'final']);
  });

  it('a meeting added at a position after the final meeting goes just before it', () => {
    const { doc, ids } = setup();
    const added = addMeeting(doc, { kind: 'extra', index: 3 });
    if (!added.ok) throw new Error(added.error.detail);
    expect(ids()).toEqual(['m1', 'm2', added.value, 'final']);
  });

  it('a final meeting added at the front goes last', () => {
    const board = paperExampleBoard();
    board.meetings = board.meetings.filter((m) => m.kind !== 'final');
    const { doc, ids } = setup(board);
    const added = addMeeting(doc, { kind: 'final', index: 0 });
    if (!added.ok) throw new Error(added.error.detail);
    expect(ids()).toEqual(['m1', 'm2', added.value]);
  });

  it('a meeting that becomes the final meeting moves to the end, in the same write', () => {
    const board = paperExampleBoard();
    board.meetings = board.meetings.filter((m) => m.kind !== 'final');
    const { doc, updates, ids } = setup(board);
    expect(updateMeeting(doc, 'm1', { kind: 'final' }).ok).toBe(true);
    expect(ids()).toEqual(['m2', 'm1']);
    expect(updates).toHaveLength(1);
  });

  it('a final meeting found before another one is put back last by the next meeting added', () => {
    // As an older client or two concurrent writes may leave it (see convergence.test.ts).
    const board = paperExampleBoard();
    const [m1, m2, final] = board.meetings;
    if (!m1 || !m2 || !final) throw new Error('fixture');
    board.meetings = [m1, final, m2, extraMeeting('x1')];
    const { doc, ids } = setup(board);
    expect(finalNotLast(readBoard(doc))).toHaveLength(1);
    const added = addMeeting(doc, { kind: 'network' });
    if (!added.ok) throw new Error(added.error.detail);
    expect(ids()).toEqual(['m1', 'm2', 'x1', added.value, 'final']);
    expect(finalNotLast(readBoard(doc))).toEqual([]);
  });

  it('dragging a final meeting that stands before another one puts it last', () => {
    const board = paperExampleBoard();
    const [m1, m2, final] = board.meetings;
    if (!m1 || !m2 || !final) throw new Error('fixture');
    board.meetings = [final, m1, m2];
    const { doc, ids } = setup(board);
    moveMeeting(doc, 'final', 0);
    expect(ids()).toEqual(['m1', 'm2', 'final']);
  });
});
