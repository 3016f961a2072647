import { parseClientRoute, routeBoardId } from '../../shared/protocol.ts';
import { openBoardSocketEarly } from './earlySocket.ts';

// Imported first by main.tsx, so the board's socket opens before the rest of
// the page's code is evaluated (that evaluation alone takes ~60 ms).
openBoardSocketEarly(location.pathname);

/**
 * Creates the board's offline copy database (y-indexeddb's two stores) if it
 * is not there yet, while the board page's code loads: y-indexeddb's own open
 * (client/sync/offlineCopy.ts) then finds it made, and is done sooner.
 */
function prepareOfflineDatabase(name: string): void {
  try {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('updates', { autoIncrement: true });
      request.result.createObjectStore('custom');
    };
    request.onsuccess = () => request.result.close();
  } catch {
    // No IndexedDB here (a private window, say): y-indexeddb meets the same.
  }
}

const route = parseClientRoute(location.pathname);
if (route !== null && route.kind !== 'landing') {
  prepareOfflineDatabase(`netvaerkstavle:${routeBoardId(route)}`);
}
