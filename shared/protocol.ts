import { isValidId } from './ids.ts';

/**
 * What the client and the server agree on outside the Yjs wire format
 * (issue 3): URL shapes, message types and websocket close codes.
 *
 * The sync endpoint is `/ws/<boardId or viewId>`: y-websocket's
 * WebsocketProvider connects to `${serverUrl}/${roomName}`, so the client uses
 * `new WebsocketProvider(origin + WS_PATH, id, doc)`.
 */

export const WS_PATH = '/ws';
/**
 * `/ws/<id>?state=full`: the client's document is empty, so the server sends
 * the whole board at once, as its answer to the sync step 1 of an empty
 * document, without waiting for one; the client's first sync step 1, if it
 * is that empty one, then gets no second answer. The page asks for it while
 * its own code is still loading.
 */
export const WS_WHOLE_BOARD_QUERY = 'state=full';
export const API_BOARDS_PATH = '/api/boards';
export const HEALTH_PATH = '/healthz';

export const editPath = (boardId: string): string => `/b/${boardId}`;
export const viewPath = (viewId: string): string => `/v/${viewId}`;
export const wsPath = (id: string): string => `${WS_PATH}/${id}`;
export const boardApiPath = (id: string): string => `${API_BOARDS_PATH}/${id}`;
export const boardMetaPath = (id: string): string => `${API_BOARDS_PATH}/${id}/meta`;

/** Message types of y-websocket (first varUint of every frame). */
export const MESSAGE_TYPES = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

/**
 * The server's own auth message (`MESSAGE_TYPES.auth`, then this varUint, then
 * 1 or 0): whether it is not storing the board's edits right now. y-protocols
 * defines only auth type 0 (permission denied) and its reader skips any
 * other, so a standard y-websocket client ignores this message without a word.
 */
export const AUTH_STORE_STATUS = 100;

/**
 * Close codes the server uses. 4400–4499 mirror HTTP 4xx: y-websocket's
 * provider stops reconnecting on them by default (`defaultShouldReconnect`);
 * every other code makes it reconnect with backoff.
 */
export const CLOSE_CODES = {
  /** Server shutting down; reconnect. */
  goingAway: 1001,
  /** Too many messages per second; reconnect after backoff. */
  policyViolation: 1008,
  /** A frame larger than the configured maximum. */
  messageTooBig: 1009,
  /** Unexpected server error on this connection. */
  internalError: 1011,
  /** Too many connections (per board or in total); reconnect later. */
  tryAgainLater: 1013,
  /** A frame that is not a valid y-websocket message; permanent. */
  badMessage: 4400,
  /** The origin of the page is not allowed; permanent. */
  forbiddenOrigin: 4403,
  /** No board has this id (or the id is malformed); permanent. */
  unknownBoard: 4404,
  /** The document would exceed the configured maximum size; permanent. */
  documentTooLarge: 4413,
  /** The board could not be loaded from storage; transient. */
  loadFailed: 4500,
} as const;

export type CloseCodeName = keyof typeof CLOSE_CODES;
export type CloseCode = (typeof CLOSE_CODES)[CloseCodeName];

/** Whether a client should stop reconnecting after this close code (the provider's default rule). */
export function isPermanentClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}

/** The board or view id in a sync URL path (`/ws/<id>`), or null if the path is not one. */
export function parseWsPath(pathname: string): string | null {
  const prefix = `${WS_PATH}/`;
  if (!pathname.startsWith(prefix)) return null;
  const id = pathname.slice(prefix.length);
  return isValidId(id) ? id : null;
}

export type ClientRoute =
  | { readonly kind: 'landing' }
  | { readonly kind: 'edit'; readonly id: string }
  | { readonly kind: 'view'; readonly viewId: string };

/** The client's routes: `/`, `/b/<id>`, `/v/<viewId>`; null for anything else. */
export function parseClientRoute(pathname: string): ClientRoute | null {
  if (pathname === '/' || pathname === '/index.html') return { kind: 'landing' };
  const match = /^\/([bv])\/([^/]+)\/?$/.exec(pathname);
  if (match === null) return null;
  const id = match[2] ?? '';
  if (!isValidId(id)) return null;
  return match[1] === 'b' ? { kind: 'edit', id } : { kind: 'view', viewId: id };
}

/** `POST /api/boards` answer. */
export interface CreatedBoard {
  readonly id: string;
  readonly viewId: string;
  readonly editUrl: string;
  readonly viewUrl: string;
}

/** `GET /api/boards/<id>/meta` answer; `id` (the edit id) only when asked with the edit id. */
export interface BoardMeta {
  readonly id?: string;
  readonly viewId: string;
  readonly title: string;
  readonly readOnly: boolean;
}

/** Every REST error answer: a closed code plus an English message for logs and tools. */
export interface ApiError {
  readonly error: string;
  readonly message: string;
}
