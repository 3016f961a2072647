/** Asks the service worker to fetch the whole build; the same texts as in serviceWorker.ts. */
const PRECACHE_MESSAGE = 'netvaerkstavle:precache';
/** The worker's answer: every asset of the build is on the device. */
const PRECACHED_MESSAGE = 'netvaerkstavle:precached';
/** After the page has loaded: how long it must stay quiet before the whole build is fetched. */
const PRECACHE_AFTER_MS = 3_000;

/**
 * Registers the service worker that keeps the app shell for offline reloads,
 * then, once the page has been quiet a while, asks it to fetch the rest of the
 * build (serviceWorker.ts). `data-offline="ready"` on <html> says it has.
 * Production builds only: in development Vite serves modules that change.
 */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { serviceWorker } = navigator;
  serviceWorker.addEventListener('message', (event: MessageEvent) => {
    if (event.data === PRECACHED_MESSAGE) document.documentElement.dataset.offline = 'ready';
  });
  const askForPrecache = () => {
    void serviceWorker.ready.then((registration) =>
      registration.active?.postMessage(PRECACHE_MESSAGE),
    );
  };
  const register = () => {
    serviceWorker.register('/sw.js').then(
      () => setTimeout(() => whenIdle(askForPrecache), PRECACHE_AFTER_MS),
      (error: unknown) => {
        // Offline reload is a comfort, not a requirement: the board works without it.
        console.warn('Service worker not registered', error);
      },
    );
  };
  // After the page has loaded, so it does not compete with it; if that has
  // already happened (main.tsx awaits the opening page first), at once.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** `run` once the page is idle (at once where there is no requestIdleCallback: Safari). */
export function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 10_000 });
  else run();
}
