/**
 * The service worker (built to `/sw.js`): keeps the app shell on the device so
 * a board page reloads while offline (issue 6, scenario 6); the board's data
 * comes from IndexedDB (y-indexeddb). Hashed assets are cache-first (they never
 * change); pages are network-first with the cached shell as fallback; the API
 * and the websocket always go to the network.
 *
 * When the page asks (`PRECACHE_MESSAGE`, once it has loaded and gone quiet)
 * it fetches every asset of the build, the parts loaded on first use too (the
 * editors, the plan, the downloads, the DOCX writer): offline, a user can
 * still open an editor or download the plan they never opened before. One
 * file at a time with a pause between: all at once, at install, cost a
 * 3,000-note board ~150 ms of its load on two cores. Assets of older builds
 * leave the cache when a new worker activates.
 *
 * Typed by hand: the WebWorker lib cannot join the DOM lib in one program.
 */

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly source: { postMessage(message: unknown): void } | null;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const CACHE = 'netvaerkstavle-shell-v1';
// The same texts as in offlineShell.ts: the worker imports nothing (it is a classic script).
const PRECACHE_MESSAGE = 'netvaerkstavle:precache';
const PRECACHED_MESSAGE = 'netvaerkstavle:precached';
const SHELL = '/index.html';
/** The build's assets, as JSON: the build writes the list in place of this text (vite.config.ts). */
const BUILD_ASSETS_JSON = '__NETVAERKSTAVLE_BUILD_ASSETS__';

function buildAssets(): readonly string[] {
  try {
    const list: unknown = JSON.parse(BUILD_ASSETS_JSON);
    return Array.isArray(list)
      ? list.filter((item): item is string => typeof item === 'string')
      : [];
  } catch {
    return []; // not a build (development): nothing to fetch ahead
  }
}
const ASSETS = buildAssets();

/** Between two files of the precache: the page keeps the machine. */
const PRECACHE_PAUSE_MS = 100;

/** Fetches what the cache does not hold yet; a file that fails is fetched on first use instead. */
async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  for (const asset of ASSETS) {
    if (await cache.match(asset)) continue;
    await cache.add(asset).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, PRECACHE_PAUSE_MS));
  }
}

/** Drops the assets of older builds (their pages are gone once this worker is active). */
async function dropOldAssets(cache: Cache): Promise<void> {
  if (ASSETS.length === 0) return;
  const current = new Set(ASSETS);
  const requests = await cache.keys();
  await Promise.all(
    requests
      .filter((request) => {
        const path = new URL(request.url).pathname;
        return path.startsWith('/assets/') && !current.has(path);
      })
      .map((request) => cache.delete(request)),
  );
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(SHELL))
      .catch(() => undefined)
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => caches.open(CACHE))
      .then(dropOldAssets)
      .catch(() => undefined)
      .then(() => worker.clients.claim()),
  );
});

async function networkFirstShell(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(SHELL, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(SHELL);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

let precaching: Promise<void> | null = null;

worker.addEventListener('message', (event) => {
  if (event.data !== PRECACHE_MESSAGE) return;
  precaching ??= precache().finally(() => {
    precaching = null;
  });
  const source = event.source;
  event.waitUntil(precaching.then(() => source?.postMessage(PRECACHED_MESSAGE)));
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirstShell(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  }
});
