import { describe, expect, it } from 'vitest';
import { formsByLane } from '../../../client/plan/formOptions.ts';
import { samePlanMeeting } from '../../../client/plan/samePlan.ts';
import { projectPlan } from '../../../shared/projection.ts';
import type { Board } from '../../../shared/schema.ts';
import { generatedBoard, paperExampleBoard } from '../../helpers/boards.ts';

/** The paper example with one note's contribution changed (a copy; the input is untouched). */
function withContribution(board: Board, noteId: string, contribution: string): Board {
  return {
    ...board,
    notes: board.notes.map((n) =>
      n.id === noteId && n.kind === 'participant' ? { ...n, contribution } : n,
    ),
  };
}

describe('plan table memoization', () => {
  it('treats a re-projected, unchanged meeting as the same and a changed one as different', () => {
    const before = paperExampleBoard();
    const after = withContribution(before, 'n1', 'Nyt bidrag');
    const [m1Before, m2Before] = projectPlan(before).meetings;
    const [m1After, m2After] = projectPlan(after).meetings;
    expect(m2After).not.toBe(m2Before);
    expect(samePlanMeeting(m2Before!, m2After!)).toBe(true);
    expect(samePlanMeeting(m1Before!, m1After!)).toBe(false);
  });

  it('sees a changed meeting field, a reordered row and a changed forms total', () => {
    const base = projectPlan(paperExampleBoard()).meetings[0]!;
    expect(samePlanMeeting(base, { ...base, durationMinutes: 10 })).toBe(false);
    expect(samePlanMeeting(base, { ...base, formsMinutes: 1 })).toBe(false);
    expect(samePlanMeeting(base, { ...base, rows: [...base.rows].reverse() })).toBe(false);
    expect(samePlanMeeting(base, { ...base, rows: base.rows.slice(1) })).toBe(false);
  });

  it('sees a form without participants come, go, move or change its name or minutes', () => {
    const base = projectPlan(paperExampleBoard()).meetings[0]!;
    const form = { formNoteId: 'f9', name: 'Oplæg', durationMinutes: 20, beforeRow: 3 };
    const withForm = { ...base, formsWithoutParticipants: [form] };
    expect(samePlanMeeting(base, withForm)).toBe(false);
    expect(samePlanMeeting(withForm, { ...base, formsWithoutParticipants: [{ ...form }] })).toBe(
      true,
    );
    for (const changed of [{ name: 'Dialog' }, { durationMinutes: 30 }, { beforeRow: 0 }]) {
      const other = { ...base, formsWithoutParticipants: [{ ...form, ...changed }] };
      expect(samePlanMeeting(withForm, other)).toBe(false);
    }
  });

  it("keeps a lane's form list when only another lane's forms changed", () => {
    const board = generatedBoard({ notes: 3_000, people: 200, meetings: 10 });
    const first = formsByLane(board);
    const renamed: Board = {
      ...board,
      notes: board.notes.map((n) =>
        n.id === 'n0' && n.kind === 'form' ? { ...n, name: 'Ny' } : n,
      ),
    };
    const second = formsByLane(renamed, first);
    expect(second.get('m0')).not.toBe(first.get('m0'));
    expect(second.get('m0')?.[0]).toEqual({ id: 'n0', name: 'Ny' });
    for (const lane of ['m1', 'm5', 'm9']) expect(second.get(lane)).toBe(first.get(lane));
  });

  it("lists a lane's forms in reading order, top to bottom", () => {
    const board = paperExampleBoard();
    board.notes.push(
      {
        id: 'fLow',
        kind: 'form',
        lane: 'm1',
        x: 0,
        y: 900,
        name: 'Sidst',
        durationMinutes: null,
        description: '',
      },
      {
        id: 'fTop',
        kind: 'form',
        lane: 'm1',
        x: 400,
        y: 0,
        name: ' Først ',
        durationMinutes: null,
        description: '',
      },
    );
    expect(formsByLane(board).get('m1')).toEqual([
      { id: 'fTop', name: 'Først' },
      { id: 'f1', name: 'Workshop m. borgere' },
      { id: 'fLow', name: 'Sidst' },
    ]);
    expect(formsByLane(board).get('m2')).toEqual([]);
  });
});
