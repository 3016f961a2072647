import { z } from 'zod/mini';
import { ok, type Result } from '../result.ts';
import { invalidInput, type OpError } from './edit.ts';

// zod/mini ships no messages ("Invalid input" for everything); English keeps the
// op's `detail` (a log line) as readable as it was with classic zod.
z.config(z.locales.en());

/** Parses an operation's input strictly (writing is strict; reading is tolerant). */
export function parseInput<T extends z.ZodMiniType>(
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
