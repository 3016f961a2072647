import type { Plan } from '../plan.ts';
import type { Board } from '../schema.ts';

/** The plan as published JSON (issue 2 §5), with a final newline as text files have. */
export function planToJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** The board file export is the board itself: the public interchange format. */
export function boardToJson(board: Board): string {
  return `${JSON.stringify(board, null, 2)}\n`;
}
