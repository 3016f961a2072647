import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  center,
  connectionState,
  dragFromTo,
  fetchBoard,
  mustRect,
  notePosition,
  planRow,
  screenshot,
  waitConnected,
  waitUntil,
} from './harness.ts';

/**
 * Issue 6 §7: the server restarts in the middle of a session (same port, same
 * data directory) → both clients reconnect by themselves and nothing is lost,
 * neither what was saved before nor what was edited while it was down.
 */
describe('server restart during a session', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('both clients reconnect and every edit survives', async () => {
    const { e2e, board } = setup;
    const { a, b } = await e2e.anneAndBent(board, { fit: true });

    // An edit before the restart, seen by B.
    const input = a.page.getByTestId('plan-row-n1').getByTestId('plan-input-contribution');
    await input.fill('Før genstart');
    await input.press('Enter');
    await waitUntil(
      async () => (await planRow(b.page, 'n1'))?.contribution === 'Før genstart',
      'B sees the edit before the restart',
    );

    // The server goes down: both show it.
    await e2e.stopServer();
    for (const page of [a.page, b.page])
      await waitUntil(
        async () => (await connectionState(page)) !== 'connected',
        'client notices the server is gone',
        5_000,
      );
    await screenshot(a.page, '7-server-down-A');

    // B edits while the server is down.
    const note = await mustRect(b.page, 'note', 'n5');
    const lane = await mustRect(b.page, 'lane', 'm4');
    await dragFromTo(b.page, center(note), { x: lane.x + lane.width / 2, y: note.y + 20 }, 15);
    await waitUntil(async () => (await notePosition(b.page, 'n5'))?.lane === 'm4', 'B moved n5');

    // Back up on the same port and data directory: both reconnect by themselves.
    await e2e.restartServer(0);
    await waitConnected(a.page, 15_000);
    await waitConnected(b.page, 15_000);

    // Nothing lost: A's earlier edit is on the server, B's offline move reaches A and the server.
    await waitUntil(
      async () => (await notePosition(a.page, 'n5'))?.lane === 'm4',
      "A gets B's move",
      5_000,
    );
    expect((await planRow(a.page, 'n1'))?.contribution).toBe('Før genstart');
    expect((await planRow(b.page, 'n1'))?.contribution).toBe('Før genstart');
    await waitUntil(
      async () => {
        const saved = await fetchBoard(e2e.url, board.id);
        const n1 = saved.notes.find((n) => n.id === 'n1');
        const n5 = saved.notes.find((n) => n.id === 'n5');
        return (
          n1?.kind === 'participant' && n1.contribution === 'Før genstart' && n5?.lane === 'm4'
        );
      },
      'the server has both edits',
      5_000,
    );

    // And the session goes on live: a new edit by A reaches B.
    await input.fill('Efter genstart');
    await input.press('Enter');
    await waitUntil(
      async () => (await planRow(b.page, 'n1'))?.contribution === 'Efter genstart',
      'B sees an edit after the restart',
    );
    await screenshot(a.page, '7-server-restarted-A');
    await screenshot(b.page, '7-server-restarted-B');
    expect(e2e.pageErrors).toEqual([]);
  });
});
