import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  mustRect,
  openBoard,
  participantNoteIn,
  rectOf,
  screenshot,
  waitUntil,
} from './harness.ts';

/**
 * What a workshop participant saw at a tablet (1024×768): a person put from their row's menu
 * into a meeting out of view was shown centred, so a band of blank screen (150 px) lay above
 * the meetings' headers, the meeting's name pushed down the screen. The board now comes no
 * lower than its start view's 16 px, the new post-it still in view.
 */

const ctx = e2eWithBoard(() => scenarioBoard());

describe('placing from a side panel row', () => {
  it('shows the new post-it in its meeting without a blank band above the headers', async () => {
    const { e2e, board } = ctx;
    const { page } = await e2e.user({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    const canvas = await page.getByTestId('board-canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    // Meeting 4 starts out of view, right of the first meetings.
    expect((await mustRect(page, 'lane', 'm4')).x).toBeGreaterThan(canvas.x + canvas.width);

    await page.getByTestId('person-place-helle').click();
    await page.getByRole('menuitem', { name: /Netværksmøde 4/ }).click();
    const noteId = await participantNoteIn(e2e.url, board.id, 'm4');
    // The board shows it once its render of the new board is done: wait for that, not a time.
    await waitUntil(() => rectOf(page, 'note', noteId), 'the new post-it on the board');
    await screenshot(page, 'place-from-row-view');

    const lane = await mustRect(page, 'lane', 'm4');
    expect(lane.y - canvas.y).toBeLessThanOrEqual(16.5);
    const note = await mustRect(page, 'note', noteId);
    expect(note.x).toBeGreaterThanOrEqual(canvas.x);
    expect(note.x + note.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(note.y).toBeGreaterThanOrEqual(canvas.y);
    expect(note.y + note.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    expect(e2e.pageErrors).toEqual([]);
  });
});
