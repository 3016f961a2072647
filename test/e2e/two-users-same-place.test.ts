import type { WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NOTE_GAP, NOTE_HEIGHT, NOTE_WIDTH } from '../../shared/layout.ts';
import { scenarioBoard } from './fixtures.ts';
import {
  center,
  dragFromTo,
  e2eWithBoard,
  mustRect,
  notePosition,
  screenshot,
  waitUntil,
} from './harness.ts';

/**
 * Issue 4, "notes never pile up unreadably", for two users at once: A and B
 * drop a post-it into the same empty spot of meeting 4 without either seeing
 * the other's drop (B's socket is cut meanwhile, as in offline.test.ts, so
 * the two drops are concurrent for sure). When B is back, the two post-its
 * stand apart on both screens, the same on both.
 */
describe('two users dropping into one free place at the same moment', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('ends with the two post-its apart, alike on both screens', async () => {
    const { e2e, board } = setup;
    let offline = false;
    const sockets: WebSocketRoute[] = [];
    const { a, b } = await e2e.anneAndBent(board, {
      fit: true,
      // Bent's socket goes through a route, so it can be cut while his page stays.
      beforeOpen: async (user, name) => {
        if (name !== 'Bent') return;
        await user.context.routeWebSocket(/\/ws\//, (ws) => {
          if (offline) return ws.close({ code: 1001, reason: 'offline' });
          ws.connectToServer();
          sockets.push(ws);
        });
      },
    });

    offline = true;
    await b.context.setOffline(true);
    for (const ws of sockets.splice(0)) await ws.close({ code: 1001, reason: 'offline' });

    // The same spot of meeting 4 on both screens (same window, same fitted view).
    const lane = await mustRect(a.page, 'lane', 'm4');
    const spot = { x: lane.x + lane.width / 4, y: lane.y + lane.height / 3 };
    await dragFromTo(b.page, center(await mustRect(b.page, 'note', 'f2')), spot, 8);
    await dragFromTo(a.page, center(await mustRect(a.page, 'note', 'n1')), spot, 8);
    await waitUntil(async () => (await notePosition(a.page, 'n1'))?.lane === 'm4', 'A dropped');
    await waitUntil(async () => (await notePosition(b.page, 'f2'))?.lane === 'm4', 'B dropped');
    offline = false;
    await b.context.setOffline(false);

    const both = async () =>
      Promise.all(
        [a.page, b.page].map(async (page) =>
          Promise.all(['n1', 'f2'].map(async (id) => notePosition(page, id))),
        ),
      );
    const apart = (one: { x: number; y: number }, other: { x: number; y: number }) =>
      Math.abs(one.x - other.x) >= NOTE_WIDTH + NOTE_GAP ||
      Math.abs(one.y - other.y) >= NOTE_HEIGHT + NOTE_GAP;
    const [onA, onB] = await waitUntil(
      async () => {
        const seen = await both();
        const [n1A, f2A] = seen[0] ?? [];
        const [n1B, f2B] = seen[1] ?? [];
        if (!n1A || !f2A || !n1B || !f2B || f2A.lane !== 'm4' || n1B.lane !== 'm4') return null;
        return apart(n1A, f2A) && JSON.stringify(seen[0]) === JSON.stringify(seen[1]) ? seen : null;
      },
      'the two post-its apart and alike on both screens',
      10_000,
    );
    expect(onA).toEqual(onB);
    await screenshot(a.page, '4-same-place-A');
    await screenshot(b.page, '4-same-place-B');
    expect(e2e.pageErrors).toEqual([]);
  });
});
