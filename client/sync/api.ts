import {
  API_BOARDS_PATH,
  boardMetaPath,
  type BoardMeta,
  type CreatedBoard,
} from '../../shared/protocol.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import type { ValidationIssue } from '../../shared/validate.ts';

/**
 * The REST calls of the client (only client/sync/ talks to the network).
 * Failures are values with a closed set of kinds; the UI words them.
 */
export type ApiFailure =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'invalid'; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'network' }
  /** `code`: the API's error code (`{ "error": code }`), null when the answer had none. */
  | { readonly kind: 'server'; readonly status: number; readonly code: string | null };

export interface TemplateOptions {
  readonly title: string;
  /** YYYY-MM-DD; the period becomes four months from here. */
  readonly start: string;
  readonly networkMeetings: number;
  /** The language of the template's forms (the server's default: Danish). */
  readonly lang?: Lang;
}

async function failureOf(response: Response): Promise<ApiFailure> {
  if (response.status === 404) return { kind: 'not-found' };
  if (response.status === 413) return { kind: 'too-large' };
  let body: { error?: unknown; issues?: unknown } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // A proxy's HTML error page: keep the status only.
  }
  // Only a board file's issues carry codes the UI words (the API's own messages are English).
  if (response.status === 400 && body.error === 'invalid-board' && Array.isArray(body.issues)) {
    return { kind: 'invalid', issues: body.issues as ValidationIssue[] };
  }
  const code = typeof body.error === 'string' ? body.error : null;
  return { kind: 'server', status: response.status, code };
}

async function request<T>(path: string, init?: RequestInit): Promise<Result<T, ApiFailure>> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    return err({ kind: 'network' });
  }
  if (!response.ok) return err(await failureOf(response));
  try {
    return ok((await response.json()) as T);
  } catch {
    return err({ kind: 'server', status: response.status, code: null });
  }
}

const jsonPost = (body: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body,
});

/** A new board from the default template. */
export function createBoardFromTemplate(
  options: TemplateOptions,
): Promise<Result<CreatedBoard, ApiFailure>> {
  return request<CreatedBoard>(API_BOARDS_PATH, jsonPost(JSON.stringify(options)));
}

/** A new board from a board file's text (validated by the server again). */
export function importBoardFile(text: string): Promise<Result<CreatedBoard, ApiFailure>> {
  return request<CreatedBoard>(API_BOARDS_PATH, jsonPost(text));
}

/** Title, view id and whether `id` is a read-only view id. */
export function fetchBoardMeta(id: string): Promise<Result<BoardMeta, ApiFailure>> {
  return request<BoardMeta>(boardMetaPath(id), { headers: { Accept: 'application/json' } });
}
