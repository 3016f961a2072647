import { describe, expect, it } from 'vitest';
import { checkCountsByMeeting } from '../../client/canvas/BoardCanvas.tsx';
import { checkBoard } from '../../shared/checks.ts';
import { newBoard } from '../shared/fixtures.ts';

/**
 * A lane's ⚠ badge counts what needs fixing in the meeting, as a post-it's
 * badge does: hints (info) stay in the header's tooltip and the checks list,
 * so a new board's lanes carry no badge.
 */
describe('the lane badge', () => {
  it('counts a meeting’s errors and warnings, not its infos', () => {
    const board = newBoard(2);
    const [first, second] = board.meetings;
    if (!first || !second) throw new Error('template');
    expect(checkCountsByMeeting(checkBoard(board))).toEqual(new Map());
    // A sub-theme without a duration: the info stays quiet, the missing participants show.
    const started = {
      ...board,
      meetings: board.meetings.map((m) =>
        m.id === second.id ? { ...m, subtheme: 'Overgange', durationMinutes: null } : m,
      ),
    };
    expect(checkCountsByMeeting(checkBoard(started))).toEqual(new Map([[second.id, 1]]));
  });
});
