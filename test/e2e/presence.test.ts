import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { boardPixels } from './canvasPixels.ts';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, screenshot, waitConnected, waitUntil } from './harness.ts';

/** The names in a page's presence list, its own first. */
async function presentNames(page: Page): Promise<string[]> {
  return page
    .getByTestId('presence-list')
    .locator('.avatar')
    .evaluateAll((avatars) => avatars.map((a) => a.getAttribute('title') ?? ''));
}

/**
 * Issue 4 §Live: a presence list of who is on the board. Also after the
 * browser goes offline and back (the app disconnects and reconnects its
 * socket; the server takes the same client back under its id).
 */
describe('presence', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('shows each user the other, and the other again after going offline and back', async () => {
    const { e2e, board } = setup;
    const { a, b } = await e2e.anneAndBent(board, { fit: true });
    await waitUntil(
      async () => (await presentNames(b.page)).includes('Anne'),
      'Bent sees Anne',
      5_000,
    );
    await waitUntil(
      async () => (await presentNames(a.page)).includes('Bent'),
      'Anne sees Bent',
      5_000,
    );

    // Offline, the app closes its socket, but the close may never reach the
    // server, which then holds Anne's old socket until ping/pong or her return.
    await a.context.setOffline(true);
    await waitUntil(
      async () =>
        (await a.page.getByTestId('connection-status').getAttribute('data-state')) !== 'connected',
      'Anne’s page shows it is offline',
      5_000,
    );
    await a.page.waitForTimeout(2_000);
    await a.context.setOffline(false);
    await waitConnected(a.page, 15_000);
    await waitUntil(
      async () => (await presentNames(b.page)).includes('Anne'),
      'Bent sees Anne back',
      10_000,
    );
    await screenshot(b.page, 'presence-B-after-A-back');
    // One avatar each: Anne's reconnect is the same client, not a second person.
    expect((await presentNames(b.page)).filter((name) => name === 'Anne')).toHaveLength(1);
    // Anne sees Bent again from his next presence change (y-protocols does not
    // take a state at a clock it already has: see the README's known limits).
    const canvas = await b.page.getByTestId('board-canvas').boundingBox();
    if (canvas === null) throw new Error('no canvas');
    for (let i = 0; i < 5; i++) {
      await b.page.mouse.move(canvas.x + 100 + i * 20, canvas.y + 100);
    }
    await waitUntil(
      async () => (await presentNames(a.page)).includes('Bent'),
      'Anne sees Bent again',
      5_000,
    );
    expect(await presentNames(a.page)).toHaveLength(2);

    // Bent's cursor is drawn on Anne's board (in his colour, with his name),
    // where he points: both pages show the whole board in the same viewport.
    const bentColour = await a.page
      .getByTestId('presence-list')
      .locator('.avatar[title="Bent"]')
      .evaluate((avatar) => getComputedStyle(avatar).backgroundColor);
    const [red = 0, green = 0, blue = 0] = (bentColour.match(/\d+/g) ?? []).map(Number);
    const around = { x: canvas.x + 160, y: canvas.y + 80, width: 120, height: 80 };
    const showsBent = async () => {
      const rgb = await boardPixels(a.page, around);
      for (let i = 0; i < rgb.length; i += 3) {
        const near = (value: number | undefined, target: number) =>
          Math.abs((value ?? -99) - target) <= 12;
        if (near(rgb[i], red) && near(rgb[i + 1], green) && near(rgb[i + 2], blue)) return true;
      }
      return false;
    };
    await waitUntil(showsBent, 'Anne’s board shows Bent’s cursor', 5_000);
    await screenshot(a.page, 'presence-A-sees-Bent-cursor');
  });
});
