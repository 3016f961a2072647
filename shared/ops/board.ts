import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { roots } from '../doc.ts';
import { ok, type Result } from '../result.ts';
import { LIMITS, dateSchema, typedDateSchema } from '../schema.ts';
import { edit, invalidInput, setChanged, type OpError } from './edit.ts';
import { parseInput } from './validate-input.ts';

const boardPatchSchema = z.strictObject({
  title: z.optional(z.string().check(z.maxLength(LIMITS.titleChars))),
  // Its start as typed: in the years TYPED_YEARS; the end may run 4 months past them.
  period: z.optional(z.nullable(z.object({ start: typedDateSchema, end: dateSchema }))),
});
export type BoardPatch = z.input<typeof boardPatchSchema>;

/** Changes the theme (title) and/or the period. */
export function updateBoard(
  doc: Y.Doc,
  patch: BoardPatch,
  actor: string | null = null,
): Result<void, OpError> {
  const parsed = parseInput(boardPatchSchema, patch);
  if (!parsed.ok) return parsed;
  const { title, period } = parsed.value;
  if (period && period.start > period.end) return invalidInput('period ends before it starts');
  edit(doc, 'updateBoard', actor, () => {
    const meta = roots(doc).meta;
    setChanged(meta, {
      title,
      periodStart: period === undefined ? undefined : (period?.start ?? null),
      periodEnd: period === undefined ? undefined : (period?.end ?? null),
    });
  });
  return ok(undefined);
}
