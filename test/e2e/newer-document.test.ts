import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { DOC_VERSION, roots } from '../../shared/doc.ts';
import { WS_PATH } from '../../shared/protocol.ts';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  center,
  dragFromTo,
  mustRect,
  notePosition,
  openBoard,
  screenshot,
  sleep,
  waitUntil,
} from './harness.ts';

/** A client of a later app version, in Node: it writes a newer document layout version. */
async function newerClient(serverUrl: string, boardId: string): Promise<() => void> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${serverUrl.replace(/^http/, 'ws')}${WS_PATH}`,
    boardId,
    doc,
    {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  );
  await waitUntil(() => provider.synced, 'the newer client synced');
  roots(doc).meta.set('schemaVersion', DOC_VERSION + 1);
  return () => {
    provider.destroy();
    doc.destroy();
  };
}

/** Issue 4: a board document newer than the client makes it read-only with a reload message. */
describe('a board saved by a newer version of the app', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('turns the open board read-only and asks for a reload', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    const stop = await newerClient(e2e.url, board.id);
    try {
      const banner = page.getByRole('alert').filter({ hasText: 'nyere version' });
      await banner.waitFor({ state: 'visible', timeout: 5_000 });
      expect(await banner.getByRole('button', { name: 'Genindlæs' }).count()).toBe(1);

      // No editing: the pool offers no adding, a drag moves nothing, a double-click opens nothing.
      expect(await page.getByTestId('pool-add').count()).toBe(0);
      const start = await notePosition(page, 'n1');
      const note = await mustRect(page, 'note', 'n1');
      const lane = await mustRect(page, 'lane', 'm2');
      await dragFromTo(page, center(note), { x: lane.x + lane.width / 2, y: note.y + 150 }, 12);
      await sleep(300);
      expect(await notePosition(page, 'n1')).toEqual(start);
      const noteNow = center(await mustRect(page, 'note', 'n1'));
      await page.mouse.dblclick(noteNow.x, noteNow.y);
      await sleep(300);
      expect(await page.getByRole('dialog').count()).toBe(0);
      await screenshot(page, 'newer-document');
    } finally {
      stop();
    }
    expect(e2e.pageErrors).toEqual([]);
  });
});
