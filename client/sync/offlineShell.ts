/**
 * Registers the service worker that keeps the app shell for offline reloads.
 * Production builds only: in development Vite serves modules that change.
 */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      // Offline reload is a comfort, not a requirement: the board works without it.
      console.warn('Service worker not registered', error);
    });
  });
}
