import { z } from 'zod';
import { ok, type Result } from '../result.ts';
import { invalidInput, type OpError } from './edit.ts';

/** Parses an operation's input strictly (writing is strict; reading is tolerant). */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
): Result<z.output<T>, OpError> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const detail = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
    .join('; ');
  return invalidInput(detail);
}
