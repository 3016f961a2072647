import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/schema.ts';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  fetchBoard,
  framesBeforeTasks,
  openBoard,
  rectOf,
  screenshot,
  waitUntil,
} from './harness.ts';

/** Twelve network meetings before the final one: a new meeting's lane starts out of sight. */
function wideBoard(): Board {
  const board = scenarioBoard();
  const network = board.meetings.filter((m) => m.kind === 'network');
  const final = board.meetings.filter((m) => m.kind !== 'network');
  const more = Array.from({ length: 7 }, (_, i) => ({
    ...network[0]!,
    id: `extra${i}`,
    subtheme: `Undertema ${6 + i}`,
  }));
  return { ...board, meetings: [...network, ...more, ...final] };
}

describe('a meeting added from the toolbar', () => {
  const setup = e2eWithBoard(wideBoard);

  it('comes into view, also when a frame comes before the render of the new board', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    const canvas = await page.getByTestId('board-canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    const inView = async (id: string) => {
      const lane = await rectOf(page, 'lane', id);
      return (
        lane !== null &&
        lane.x >= canvas.x &&
        lane.x + lane.width <= canvas.x + canvas.width &&
        lane.y >= canvas.y
      );
    };
    // The new meeting goes before the final one, which starts out of sight.
    expect(await inView('final')).toBe(false);
    const before = new Set((await fetchBoard(e2e.url, board.id)).meetings.map((m) => m.id));
    // As on a busy machine: the frame the toolbar waited for came before the board's render,
    // and the focus looked for a lane that was not on the board yet.
    await framesBeforeTasks(page);
    await page.getByTestId('add-meeting').click();
    await page.getByTestId('add-network-meeting').click();
    const added = await waitUntil(
      async () => (await fetchBoard(e2e.url, board.id)).meetings.find((m) => !before.has(m.id))?.id,
      'the new meeting on the server',
    );
    await waitUntil(() => inView(added), "the new meeting's lane in view", 3_000).catch(
      async (error) => {
        await screenshot(page, 'add-meeting-into-view');
        throw error;
      },
    );
    expect(e2e.pageErrors).toEqual([]);
  });
});
