import type { Plan } from '../plan.ts';
import { LIMITS, type Board } from '../schema.ts';
import { utf8SizeOver } from '../validate.ts';

/** The plan as published JSON (issue 2 §5), with a final newline as text files have. */
export function planToJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/**
 * The board file export is the board itself: the public interchange format,
 * indented to be readable. A board near the import limit is written without
 * indentation (which adds about a third): a backup must import again.
 */
export function boardToJson(board: Board, maxBytes: number = LIMITS.fileBytes): string {
  const readable = `${JSON.stringify(board, null, 2)}\n`;
  if (utf8SizeOver(readable, maxBytes) === null) return readable;
  return `${JSON.stringify(board)}\n`;
}
