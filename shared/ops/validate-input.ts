import { z } from 'zod/mini';
import { ok, type Result } from '../result.ts';
import { invalidInput, type OpError } from './edit.ts';

/**
 * Parses an operation's input strictly (writing is strict; reading is
 * tolerant). The `detail` of a refusal is for developers (a test's failure, the
 * console); the user sees the error's code in their words. It is made from the
 * issues' codes, not zod's messages: zod/mini has none without a locale, and
 * the English one would cost the board page 1 KB gzip.
 */
export function parseInput<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
): Result<z.output<T>, OpError> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const detail = parsed.error.issues
    .map((issue) => {
      const expected = 'expected' in issue ? ` (expected ${String(issue.expected)})` : '';
      const maximum = 'maximum' in issue ? ` (at most ${String(issue.maximum)})` : '';
      return `${issue.path.join('.') || 'input'}: ${issue.code}${expected}${maximum}`;
    })
    .join('; ');
  return invalidInput(detail);
}
