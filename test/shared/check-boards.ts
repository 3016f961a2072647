import { checkBoard } from '../../shared/checks.ts';
import type { Check, CheckCode } from '../../shared/plan.ts';
import type { Board, Meeting, Note } from '../../shared/schema.ts';
import { cleanBoard } from './fixtures.ts';

/**
 * Boards for the checks' tests: the clean board (fixtures.ts), on which every
 * check holds, with one thing changed; and what checkBoard finds on them.
 */

/** The clean board with one meeting changed. */
export function withMeeting(
  id: string,
  change: Partial<Meeting>,
  board: Board = cleanBoard(),
): Board {
  return { ...board, meetings: board.meetings.map((m) => (m.id === id ? { ...m, ...change } : m)) };
}
export function withNotes(notes: Note[], board: Board = cleanBoard()): Board {
  return { ...board, notes: [...board.notes, ...notes] };
}
export function withoutNotes(ids: string[], board: Board = cleanBoard()): Board {
  return { ...board, notes: board.notes.filter((n) => !ids.includes(n.id)) };
}
/** The board with no notes left in these lanes. */
export function withEmptyLanes(lanes: string[], board: Board = cleanBoard()): Board {
  return { ...board, notes: board.notes.filter((n) => n.lane === null || !lanes.includes(n.lane)) };
}
export const ofCode = (board: Board, code: CheckCode): Check[] =>
  checkBoard(board).filter((check) => check.code === code);
export const codes = (board: Board): CheckCode[] => checkBoard(board).map((check) => check.code);

export function withDate(meeting: Meeting, date: string): Meeting {
  return { ...meeting, date };
}
