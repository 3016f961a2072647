/**
 * The service worker (built to `/sw.js`): keeps the app shell on the device so
 * a board page reloads while offline (issue 6, scenario 6); the board's data
 * comes from IndexedDB (y-indexeddb). Hashed assets are cache-first (they never
 * change); pages are network-first with the cached shell as fallback; the API
 * and the websocket always go to the network.
 *
 * At install it fetches every asset of the build, the parts loaded on first
 * use too (the editors, the plan, the downloads, the DOCX writer): offline,
 * a user can still open an editor or download the plan they never opened
 * before. Assets of older builds leave the cache when a new worker activates.
 *
 * Typed by hand: the WebWorker lib cannot join the DOM lib in one program.
 */

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
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
}

const worker = self as unknown as WorkerScope;
const CACHE = 'netvaerkstavle-shell-v1';
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

/** Fetches what the cache does not hold yet; a file that fails is fetched on first use instead. */
async function precache(cache: Cache): Promise<void> {
  await Promise.allSettled([
    cache.add(SHELL),
    ...ASSETS.map(async (asset) => {
      if (!(await cache.match(asset))) await cache.add(asset);
    }),
  ]);
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
      .then(precache)
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
