import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, waitConnected } from './harness.ts';

/**
 * y-websocket's provider reopens its socket after 30 s without a message from
 * the server. Someone alone on a board (the coordinator preparing it) hears
 * from nobody else, so the server's keepalive is all that keeps the
 * connection indicator from flipping twice a minute.
 */
describe('alone on a board', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('stays connected past y-websocket’s 30 s silence timeout', { timeout: 90_000 }, async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    await waitConnected(page);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __states: string[] }).__states = seen;
      const el = document.querySelector('[data-testid="connection-status"]');
      if (!el) throw new Error('no connection status');
      new MutationObserver(() => seen.push(el.getAttribute('data-state') ?? '')).observe(el, {
        attributes: true,
        attributeFilter: ['data-state'],
      });
    });
    await page.waitForTimeout(38_000);
    const states = await page.evaluate(
      () => (window as unknown as { __states: string[] }).__states,
    );
    expect(states).toEqual([]);
    expect(await page.getByTestId('connection-status').getAttribute('data-state')).toBe(
      'connected',
    );
  });
});
