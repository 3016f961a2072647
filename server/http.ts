import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { createBoardDoc } from '../shared/doc.ts';
import { readBoard } from '../shared/doc-read.ts';
import { boardToJson } from '../shared/export/json.ts';
import {
  exportFileName,
  exportMimeType,
  isExportFormat,
  renderPlanExport,
} from '../shared/export/index.ts';
import { LANGS, type Lang } from '../shared/i18n/lang.ts';
import { createId, isValidId } from '../shared/ids.ts';
import { projectPlan } from '../shared/projection.ts';
import {
  API_BOARDS_PATH,
  HEALTH_PATH,
  editPath,
  parseClientRoute,
  viewPath,
  type BoardMeta,
  type CreatedBoard,
} from '../shared/protocol.ts';
import { assertNever } from '../shared/result.ts';
import type { BoardCreation } from './board-creation.ts';
import type { BoardReads, ReadRefusal, Rendered } from './board-reads.ts';
import type { Config } from './config.ts';
import { encodeBody } from './content-encoding.ts';
import { DocxRenderTimeout, type DocxRenderer } from './docx-renderer.ts';
import { errorFields, type Logger } from './log.ts';
import { boardFromRequest, todayIso } from './new-board.ts';
import { isOriginAllowed } from './origin.ts';
import { PAGE_WARM_UP_TIMING, PageWarmUp, type WarmUpTiming } from './page-warm-up.ts';
import { langFromQuery, parseRequestTarget } from './request-target.ts';
import { BASE_HEADERS, attachmentHeader, readBody, sendError, sendJson } from './respond.ts';
import type { BoardStore, ResolvedId } from './store/types.ts';
import { TIMED_OUT, within } from './sync/deadline.ts';

export type HttpConfig = Pick<
  Config,
  'allowedOrigins' | 'maxBodyBytes' | 'maxDocBytes' | 'storeWaitMs'
>;

export interface HttpDeps {
  readonly config: HttpConfig;
  readonly store: BoardStore;
  readonly reads: BoardReads;
  /** New boards, stored within `storeWaitMs`. */
  readonly creation: BoardCreation;
  /** Word files render in a worker thread: they take seconds of CPU for a big board. */
  readonly docx: DocxRenderer;
  readonly log: Logger;
  readonly serveStatic: (
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ) => Promise<void>;
  /** When a board page's board starts loading; default `PAGE_WARM_UP_TIMING`. */
  readonly pageWarmUp?: WarmUpTiming;
  /** The files a board page asks for as it loads (see `PageWarmUp`); default none known. */
  readonly pageFiles?: () => Promise<readonly string[]>;
  readonly stats: () => {
    readonly rooms: number;
    readonly connections: number;
    readonly store: 'ok' | 'degraded';
  };
}

/** The HTML export is a stand-alone page: no scripts, no outside resources, no forms, no framing. */
const HTML_EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const BOARD_ROUTE = /^\/api\/boards\/([^/]+)(?:\/(meta|plan\.([a-z]+)))?\/?$/;

/** Every HTTP request: health, REST API, then the built client. */
export function createRequestHandler(deps: HttpDeps) {
  const warmUp = new PageWarmUp({
    store: deps.store,
    reads: deps.reads,
    log: deps.log,
    timing: deps.pageWarmUp ?? PAGE_WARM_UP_TIMING,
    pageFiles: deps.pageFiles ?? (() => Promise.resolve([])),
  });
  return (req: IncomingMessage, res: ServerResponse): void => {
    warmUp.track(req, res);
    route(deps, warmUp, req, res).catch((error: unknown) => {
      deps.log.error('request-failed', { method: req.method, ...errorFields(error) });
      if (!res.headersSent) sendError(res, 500, 'internal-error', 'Something went wrong');
      else res.destroy();
    });
  };
}

async function route(
  deps: HttpDeps,
  warmUp: PageWarmUp,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const target = parseRequestTarget(req.url);
  if (target === null) {
    sendError(res, 400, 'bad-request', 'The request target is not a URL path');
    return;
  }
  const { pathname } = target;
  const method = req.method ?? 'GET';
  const isRead = method === 'GET' || method === 'HEAD';

  if (pathname === HEALTH_PATH) {
    sendJson(res, 200, { ok: true, ...deps.stats() });
    return;
  }
  if (pathname === API_BOARDS_PATH || pathname === `${API_BOARDS_PATH}/`) {
    if (method !== 'POST') {
      sendJson(res, 405, error('method-not-allowed', 'Use POST'), { Allow: 'POST' });
      return;
    }
    await createBoard(deps, req, res);
    return;
  }
  if (pathname.startsWith('/api/')) {
    const match = BOARD_ROUTE.exec(pathname);
    const id = match?.[1];
    if (match === null || id === undefined) {
      sendError(res, 404, 'not-found', 'No such API route');
      return;
    }
    if (!isValidId(id)) {
      sendError(res, 404, 'unknown-board', 'No board has this id');
      return;
    }
    // Bounded like the reads (see `BoardReads.render`): a hung store answers 503, not never.
    const resolved = await within(
      deps.store.resolve(id),
      performance.now() + deps.config.storeWaitMs,
    );
    if (resolved === TIMED_OUT) {
      deps.log.warn('lookup-store-slow', { ms: deps.config.storeWaitMs });
      sendStoreSlow(deps, res);
      return;
    }
    if (resolved === null) {
      sendError(res, 404, 'unknown-board', 'No board has this id');
      return;
    }
    if (!isRead) {
      // There are no REST writes to a board yet; a view id may never write.
      if (resolved.readOnly)
        sendError(res, 403, 'read-only', 'A view link cannot change the board');
      else sendJson(res, 405, error('method-not-allowed', 'Use GET'), { Allow: 'GET, HEAD' });
      return;
    }
    const [, , sub, extension] = match;
    if (sub === undefined) await sendBoardFile(deps, res, resolved);
    else if (sub === 'meta') await sendMeta(deps, res, resolved, id);
    else if (extension !== undefined && isExportFormat(extension)) {
      const lang = langFromQuery(target.search);
      if (lang === null) {
        const langs = LANGS.map((one) => `"${one}"`).join(' or ');
        sendError(res, 400, 'invalid-lang', `lang must be ${langs} (default "da")`);
      } else await sendExport(deps, res, resolved, extension, lang);
    } else sendError(res, 404, 'not-found', 'No such export format');
    return;
  }
  const route = isRead ? parseClientRoute(pathname) : null;
  const pageOf = route?.kind === 'edit' ? route.id : route?.kind === 'view' ? route.viewId : null;
  // Once the page is sent, and its scripts too (see `PageWarmUp`).
  if (pageOf !== null) warmUp.pageAsked(pageOf, req, res);
  await deps.serveStatic(req, res, pathname);
}

const error = (code: string, message: string) => ({ error: code, message });

async function createBoard(deps: HttpDeps, req: IncomingMessage, res: ServerResponse) {
  const { config, log } = deps;
  if (!isOriginAllowed(req.headers.origin, req.headers.host, config.allowedOrigins)) {
    sendError(res, 403, 'forbidden-origin', 'This origin may not create boards');
    return;
  }
  const body = await readBody(req, config.maxBodyBytes);
  if (!body.ok) {
    if (body.reason === 'too-large') {
      sendError(res, 413, 'too-large', `The body is larger than ${config.maxBodyBytes} bytes`, {
        limit: config.maxBodyBytes,
      });
    } else res.destroy();
    return;
  }
  const request = boardFromRequest(body.body.toString('utf8'), todayIso(), body.body.length);
  if (!request.ok) {
    const failure = request.error;
    switch (failure.kind) {
      case 'invalid-json':
        sendError(res, 400, 'invalid-json', `The body is not JSON: ${failure.message}`);
        return;
      case 'invalid-request':
        sendError(res, 400, 'invalid-request', 'Unknown or invalid template options', {
          issues: failure.issues,
        });
        return;
      case 'invalid-board':
        sendError(res, 400, 'invalid-board', 'The board file is not valid', {
          issues: failure.issues,
        });
        return;
      default:
        assertNever(failure);
    }
  }
  const doc = createBoardDoc(request.value);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  if (state.length > config.maxDocBytes) {
    sendError(res, 413, 'too-large', 'The board is larger than this server accepts', {
      limit: config.maxDocBytes,
    });
    return;
  }
  const ids = { id: createId(128), viewId: createId(128) };
  try {
    if ((await deps.creation.create(ids, state)) === 'store-slow') {
      sendStoreSlow(deps, res);
      return;
    }
  } catch (failure) {
    log.error('board-create-failed', errorFields(failure));
    sendError(res, 503, 'store-unavailable', 'The board could not be stored; try again');
    return;
  }
  log.info('board-created', { board: ids.id, bytes: state.length });
  const answer: CreatedBoard = {
    id: ids.id,
    viewId: ids.viewId,
    editUrl: editPath(ids.id),
    viewUrl: viewPath(ids.viewId),
  };
  sendJson(res, 201, answer, { Location: `${API_BOARDS_PATH}/${ids.id}` });
}

async function sendBoardFile(deps: HttpDeps, res: ServerResponse, board: ResolvedId) {
  const file = await deps.reads.render(
    board,
    'board',
    (doc) => readBoard(doc),
    (read) => ({ body: Buffer.from(boardToJson(read), 'utf8'), title: read.title }),
  );
  if (refused(deps, res, file)) return;
  const sent = await encodeBody(res.req, file.body);
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': sent.body.length,
    'Cache-Control': 'no-store',
    ...sent.headers,
  });
  res.end(sent.body);
}

async function sendMeta(deps: HttpDeps, res: ServerResponse, board: ResolvedId, askedId: string) {
  const read = await deps.reads.render(
    board,
    'meta',
    (doc) => readBoard(doc).title,
    (title) => ({ body: Buffer.alloc(0), title }),
  );
  if (refused(deps, res, read)) return;
  const { title } = read;
  // The edit id is told only to whoever already holds it.
  const meta: BoardMeta = board.readOnly
    ? { viewId: board.viewId, title, readOnly: true }
    : { id: askedId, viewId: board.viewId, title, readOnly: false };
  sendJson(res, 200, meta);
}

async function sendExport(
  deps: HttpDeps,
  res: ServerResponse,
  board: ResolvedId,
  format: Parameters<typeof renderPlanExport>[1],
  lang: Lang,
) {
  const file = await deps.reads
    .render(
      board,
      // Each language's rendering is kept apart: a Danish one is never sent for English.
      `${format}:${lang}`,
      (doc) => projectPlan(readBoard(doc)),
      async (plan) => {
        const output =
          format === 'docx'
            ? await deps.docx.render(plan, lang)
            : await renderPlanExport(plan, format, lang);
        const body = typeof output === 'string' ? Buffer.from(output, 'utf8') : Buffer.from(output);
        return { body, title: plan.title };
      },
    )
    .catch((failure: unknown) => {
      // A limit of this server, like `busy`: the slot is free again (no Retry-After: the
      // same board may take as long again). A worker's own failure stays a 500.
      if (!(failure instanceof DocxRenderTimeout)) throw failure;
      return 'render-slow' as const;
    });
  if (refused(deps, res, file)) return;
  // A DOCX is a zip already: compressing it again saves nothing.
  const sent =
    format === 'docx' ? { body: file.body, headers: {} } : await encodeBody(res.req, file.body);
  const headers: Record<string, string | number> = {
    ...BASE_HEADERS,
    'Content-Type': exportMimeType(format),
    'Content-Length': sent.body.length,
    'Content-Disposition': attachmentHeader(exportFileName(file.title, todayIso(), format, lang)),
    'Cache-Control': 'no-store',
    ...sent.headers,
  };
  if (format === 'html') headers['Content-Security-Policy'] = HTML_EXPORT_CSP;
  res.writeHead(200, headers);
  res.end(sent.body);
}

/** Answers a read that has nothing to send; true if it did. */
/** A read refused (board-reads.ts), or a Word file not made within DOCX_RENDER_MS. */
type Refusal = ReadRefusal | 'render-slow';

function refused(deps: HttpDeps, res: ServerResponse, read: Rendered | Refusal): read is Refusal {
  if (read === 'busy') {
    const message = 'Too many boards are being exported at once; try again shortly';
    sendJson(res, 503, error('busy', message), { 'Retry-After': '1' });
  } else if (read === 'store-slow') {
    sendStoreSlow(deps, res);
  } else if (read === 'unavailable') {
    sendError(res, 503, 'store-unavailable', 'The board could not be loaded; try again');
  } else if (read === 'render-slow') {
    sendError(res, 503, 'render-slow', 'The Word file took too long to make; try again later');
  } else return false;
  return true;
}

function sendStoreSlow(deps: HttpDeps, res: ServerResponse): void {
  // A store that hung for one wait is given as long again before the next.
  const retryAfter = String(Math.max(1, Math.ceil(deps.config.storeWaitMs / 1000)));
  const message = 'The store is not answering; try again shortly';
  sendJson(res, 503, error('store-slow', message), { 'Retry-After': retryAfter });
}
