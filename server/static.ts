import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { SIBLING_EXTENSION, VARY, acceptedCodings, type Coding } from './content-encoding.ts';
import { appPageCsp, inlineScriptHashes } from './page-csp.ts';
import { BASE_HEADERS, sendText } from './respond.ts';

/**
 * The built client (`dist/client`, made by `vite build`): `index.html` for
 * the client's routes, never cached; hashed files under `/assets/` cached for
 * a year. A missing build is a clear 503, not a crash. Each file goes as its
 * precompressed `.br` or `.gz` sibling when the browser accepts that coding
 * and the build wrote one (vite.config.ts); those siblings are no URLs of
 * their own (404): they are this handler's way of sending the files.
 */

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=3600';
/** The build's precompressed siblings: sent in their file's place, never under their own name. */
const SIBLING = /\.(?:br|gz)$/i;
/** `/`, `/b/<id>`, `/v/<viewId>`: the client decides what an unknown id shows. */
const CLIENT_ROUTE = /^\/(?:|index\.html|[bv]\/[^/]+\/?)$/;

const NOT_BUILT =
  'Netværkstavlen: the client is not built. Run `npm run build` (or `npm start`, which builds first).\n';
const DEV_MODE =
  'Netværkstavlen dev server: open the Vite dev server (http://localhost:5173), which proxies /api and /ws here.\n';

export function createStaticHandler(
  rootDir: string,
  dev: boolean,
  page: BuiltPage = readBuiltPage(rootDir),
): (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void> {
  const root = normalize(rootDir);
  return async (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    if (CLIENT_ROUTE.test(pathname)) {
      const built = await page.read();
      if (built === null) {
        sendText(res, 503, dev ? DEV_MODE : NOT_BUILT);
        return;
      }
      const csp = appPageCsp(built.inlineScriptHashes, req.headers.host);
      await sendFile(res, built.file, built.info, pageHeaders(csp));
      return;
    }
    const file = resolveInside(root, pathname);
    const info = file === null ? null : await fileStats(file);
    if (file === null || info === null) {
      const built = wantsPage(req, pathname) ? await page.read() : null;
      // A person who mistyped a link gets the app's own page for it (Danish or
      // English), with the status a missing page has; files and APIs get text.
      if (built !== null) {
        const csp = appPageCsp(built.inlineScriptHashes, req.headers.host);
        await sendFile(res, built.file, built.info, pageHeaders(csp), 404);
      } else sendText(res, 404, 'Not found\n');
      return;
    }
    // The service worker must be checked on every load, or clients keep an old app.
    const cache = pathname.startsWith('/assets/')
      ? IMMUTABLE
      : pathname === '/sw.js'
        ? 'no-cache'
        : SHORT;
    await sendFile(res, file, info, { 'Cache-Control': cache });
  };
}

/**
 * The app's page, as a route or as the not-found page: never cached, and
 * never sending its URL on (share links carry the board's ids; a mistyped
 * one, `/b/<id>/extra`, still does).
 */
function pageHeaders(csp: string): Record<string, string> {
  return {
    'Cache-Control': 'no-cache',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': csp,
  };
}

/**
 * The file for a URL path, or null if it would leave `root`, is not a plain
 * name, or is a compressed sibling (sent only in its file's place).
 */
function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || SIBLING.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return null;
  const file = normalize(join(root, ...segments));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

/** The built index.html, what its CSP allows and what it loads. */
export interface PageFile {
  readonly file: string;
  readonly info: Stats;
  readonly inlineScriptHashes: readonly string[];
  /**
   * The built files the page names (`/assets/…`): its entry, the entry's
   * chunks and stylesheet, and the board page's code its inline script
   * preloads on a board page. A board page asks for all of them at once.
   */
  readonly assets: readonly string[];
}

export interface BuiltPage {
  /** index.html, null while there is no build; read again only when the file changes (a new build). */
  read(): Promise<PageFile | null>;
}

/** An asset's path as the build writes it into index.html: in an attribute or the preload list. */
const PAGE_ASSET = /["'/](assets\/[\w.-]+\.(?:js|css))["']/g;

export function readBuiltPage(rootDir: string): BuiltPage {
  const file = join(normalize(rootDir), 'index.html');
  let kept: { version: string; page: PageFile } | null = null;
  return {
    async read() {
      const info = await fileStats(file);
      if (info === null) return null;
      const version = `${info.mtimeMs}:${info.size}`;
      if (kept?.version !== version) {
        const html = await readFile(file, 'utf8');
        const assets = new Set([...html.matchAll(PAGE_ASSET)].map((match) => `/${match[1]}`));
        kept = {
          version,
          page: { file, info, inlineScriptHashes: inlineScriptHashes(html), assets: [...assets] },
        };
      }
      // This stat's info: the same version, and the file's date as it is now.
      return { ...kept.page, info };
    },
  };
}

async function fileStats(file: string): Promise<Stats | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

/** A browser navigating to a page (not a file: no extension, HTML accepted). */
function wantsPage(req: IncomingMessage, pathname: string): boolean {
  return (
    !pathname.startsWith('/assets/') &&
    extname(pathname) === '' &&
    (req.headers.accept ?? '').includes('text/html')
  );
}

/**
 * The file, or its sibling in the most wanted coding the request accepts:
 * the type, date and cache headers stay the file's own, the length is what
 * is sent. A sibling older than its file (the file replaced by hand after a
 * build) is not the file any more and is passed over.
 */
async function sendFile(
  res: ServerResponse,
  file: string,
  info: Stats,
  headers: Readonly<Record<string, string>>,
  status = 200,
): Promise<void> {
  const sibling = await encodedSibling(
    file,
    info,
    acceptedCodings(res.req.headers['accept-encoding']),
  );
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': (sibling?.info ?? info).size,
    'Last-Modified': info.mtime.toUTCString(),
    Vary: VARY,
    ...(sibling === null ? {} : { 'Content-Encoding': sibling.coding }),
    ...headers,
  });
  if (res.req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(sibling?.path ?? file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

async function encodedSibling(
  file: string,
  info: Stats,
  codings: readonly Coding[],
): Promise<{ coding: Coding; path: string; info: Stats } | null> {
  for (const coding of codings) {
    const path = file + SIBLING_EXTENSION[coding];
    const siblingInfo = await fileStats(path);
    if (siblingInfo !== null && siblingInfo.mtimeMs >= info.mtimeMs) {
      return { coding, path, info: siblingInfo };
    }
  }
  return null;
}
