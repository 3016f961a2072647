import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, noteIds, openBoard, waitUntil } from './harness.ts';

/**
 * Holds the page's IndexedDB open of a board's offline copy until the test
 * calls `__releaseOfflineCopy()`: the open's success event reaches the page
 * only then, as when IndexedDB is slow to open and the server's board arrives
 * first (a large board on a busy device).
 */
const HOLD_OFFLINE_COPY = `(() => {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  window.__releaseOfflineCopy = () => release();
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name, ...rest) {
    const request = open.call(this, name, ...rest);
    if (!String(name).startsWith('netvaerkstavle:')) return request;
    let handler = null;
    Object.defineProperty(request, 'onsuccess', {
      configurable: true,
      get: () => handler,
      set: (next) => { handler = next; },
    });
    request.addEventListener('success', (event) => {
      void released.then(() => handler && handler.call(request, event));
    });
    return request;
  };
})();`;

/**
 * The offline copy keeps what the document got before IndexedDB opened (the
 * server's whole board: y-indexeddb stores the document's state when its
 * database opens): a page that then cannot reach the server still opens the
 * board from this device.
 */
describe('offline copy opened after the board arrived', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('stores the board that came before IndexedDB opened', async () => {
    const { e2e, board } = setup;
    const { context, page } = await e2e.user();
    await page.addInitScript(HOLD_OFFLINE_COPY);
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    const ids = await noteIds(page);
    expect(ids.length).toBeGreaterThan(0);
    await page.evaluate(() =>
      (window as unknown as { __releaseOfflineCopy: () => void }).__releaseOfflineCopy(),
    );
    const stored = async () =>
      page.evaluate(
        (name) =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open(name);
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              const all = db.transaction('updates').objectStore('updates').getAll();
              all.onsuccess = () => {
                db.close();
                resolve((all.result as Uint8Array[]).reduce((sum, u) => sum + u.byteLength, 0));
              };
            };
          }),
        `netvaerkstavle:${board.editUrl.split('/').pop() ?? ''}`,
      );
    await waitUntil(async () => (await stored()) > 1_000, 'the board is in IndexedDB', 5_000);
    await page.close();

    // Without the server: the board comes from IndexedDB alone.
    await context.routeWebSocket(/\/ws\//, (ws) => ws.close({ code: 1001, reason: 'offline' }));
    const again = await context.newPage();
    await openBoard(again, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    expect((await noteIds(again)).sort()).toEqual([...ids].sort());
    expect(e2e.pageErrors).toEqual([]);
  });
});
