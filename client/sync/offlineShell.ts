/**
 * Registers the service worker that keeps the app shell for offline reloads.
 * Production builds only: in development Vite serves modules that change.
 */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      // Offline reload is a comfort, not a requirement: the board works without it.
      console.warn('Service worker not registered', error);
    });
  };
  // After the page has loaded, so it does not compete with it; if that has
  // already happened (main.tsx awaits the opening page first), at once.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
