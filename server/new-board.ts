import { z } from 'zod';
import { LANGS } from '../shared/i18n/lang.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { LIMITS, TYPED_YEARS, isRealDate, type Board } from '../shared/schema.ts';
import {
  MAX_TEMPLATE_MEETINGS,
  MIN_TEMPLATE_MEETINGS,
  createTemplateBoard,
  isNetworkMeetingCount,
  isTemplateStart,
} from '../shared/template.ts';
import { placeStrayNotes } from '../shared/import-place.ts';
import { checkFileSize, validateBoardFile, type ValidationIssue } from '../shared/validate.ts';

/** `POST /api/boards` without a board file: the template's options, all optional. */
const templateRequestSchema = z.strictObject({
  title: z.string().max(LIMITS.titleChars).optional(),
  start: z
    .string()
    .refine(isRealDate, { error: 'not a real YYYY-MM-DD date' })
    .refine((start) => !isRealDate(start) || isTemplateStart(start), {
      error: `not in the years ${TYPED_YEARS.first}–${TYPED_YEARS.last}`,
    })
    .optional(),
  // The landing page's rule too (shared/template.ts).
  networkMeetings: z
    .number()
    .refine(isNetworkMeetingCount, {
      error: `a whole number from ${MIN_TEMPLATE_MEETINGS} to ${MAX_TEMPLATE_MEETINGS}`,
    })
    .optional(),
  // The language of the seeded forms: the page's, so an English board is not half Danish.
  lang: z.enum(LANGS).optional(),
});

export type NewBoardError =
  | { readonly kind: 'invalid-json'; readonly message: string }
  | { readonly kind: 'invalid-request'; readonly issues: { path: string; message: string }[] }
  | { readonly kind: 'invalid-board'; readonly issues: ValidationIssue[] };

/** Today as `YYYY-MM-DD` in the server's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The board a creation request asks for: an empty body is the default
 * template; a JSON object with `format` is a board file to import (validated in
 * full, every issue reported); any other object holds template options.
 */
export function boardFromRequest(
  body: string,
  today: string,
  bodyBytes: number = Buffer.byteLength(body),
): Result<Board, NewBoardError> {
  const text = body.startsWith('\uFEFF') ? body.slice(1) : body;
  if (text.trim() === '') return ok(createTemplateBoard({ title: '', start: today }));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return err({
      kind: 'invalid-json',
      message: error instanceof Error ? error.message : 'not JSON',
    });
  }
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'format' in raw) {
    // The file cap holds here too, when MAX_BODY_BYTES is set above it.
    const size = checkFileSize(bodyBytes);
    if (!size.ok) return err({ kind: 'invalid-board', issues: size.error });
    const board = validateBoardFile(raw);
    return board.ok
      ? ok(placeStrayNotes(board.value))
      : err({ kind: 'invalid-board', issues: board.error });
  }
  const options = templateRequestSchema.safeParse(raw);
  if (!options.success) {
    return err({
      kind: 'invalid-request',
      issues: options.error.issues.map((issue) => ({
        path: ['$', ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
    });
  }
  const { title = '', start = today, networkMeetings, lang } = options.data;
  return ok(
    createTemplateBoard({
      title,
      start,
      ...(networkMeetings === undefined ? {} : { networkMeetings }),
      ...(lang === undefined ? {} : { lang }),
    }),
  );
}
