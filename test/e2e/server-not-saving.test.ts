import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { Harness, mark } from '../server/helpers.ts';
import { controlledStore, type ControlledStore } from '../server/store-wrappers.ts';
import { scenarioBoard } from './fixtures.ts';
import { E2E, openBoard, screenshot, waitConnected, waitUntil } from './harness.ts';

/**
 * While the server's store hangs, the edits of a board wait on the server,
 * unsent to the others, and its clients stay connected: the connection
 * indicator says that the server is not saving, and stops saying it once
 * the store has caught up.
 */
describe('a server whose store does not answer', () => {
  const harness = new Harness();
  let e2e: E2E | null = null;
  let store: ControlledStore | null = null;
  beforeAll(async () => {
    store = controlledStore(openSqliteStore(harness.tempDir()));
    e2e = await E2E.start({ store, storeWaitMs: 500 });
  });
  afterAll(async () => {
    await harness.cleanup();
    await e2e?.close();
  });

  it('shows its users that it is not saving, until it is again', async () => {
    if (e2e === null || store === null) throw new Error('not started');
    const board = await e2e.createBoard(scenarioBoard());
    const { page, context } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    await waitConnected(page);
    const indicator = page.getByTestId('connection-status');
    const unsaved = () => indicator.getAttribute('data-server-unsaved');
    expect(await unsaved()).toBe('false');

    // Another client's edit, whose append hangs.
    const other = await harness.syncedProvider(e2e.server, board.id);
    let release = (): void => {};
    store.appendGate = new Promise((resolve) => (release = resolve));
    harness.onCleanup(() => release());
    mark(other.doc, 'held');
    await waitUntil(async () => (await unsaved()) === 'true', 'the indicator says not saving');
    expect(await indicator.getAttribute('data-state')).toBe('connected');
    expect(await indicator.textContent()).toBe('Forbundet – serveren gemmer ikke lige nu');
    await screenshot(page, 'server-not-saving');

    // Offline, what the server said no longer holds; back on line, the server tells it again.
    await context.setOffline(true);
    await waitUntil(
      async () => (await indicator.getAttribute('data-state')) === 'offline',
      'the indicator says offline',
    );
    expect(await unsaved()).toBe('false');
    await context.setOffline(false);
    await waitConnected(page, 40_000);
    await waitUntil(async () => (await unsaved()) === 'true', 'told again after reconnecting');

    store.appendGate = null;
    release();
    await waitUntil(async () => (await unsaved()) === 'false', 'the indicator says saving again');
    expect(await indicator.textContent()).toBe('Forbundet');
    expect(e2e.pageErrors).toEqual([]);
  });
});
