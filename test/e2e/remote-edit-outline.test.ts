import { describe, expect, it } from 'vitest';
import { CORE_BADGE_BOX } from '../../client/canvas/noteLook.ts';
import { NOTE_WIDTH } from '../../shared/layout.ts';
import { boardPixels } from './canvasPixels.ts';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  mustRect,
  openEditorOn,
  screenshot,
  waitConnected,
  waitUntil,
  type Rect,
} from './harness.ts';

/**
 * While someone has a post-it open in an editor, the others see it outlined,
 * dashed, in that person's colour. The outline ran 4 units above the post-it's
 * top edge, right through a core participant's "Kerne" badge, which sits astride
 * that edge; it now leaves the badge out, so the badge reads as before.
 */
describe('the outline of a post-it someone else edits', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('leaves its Kerne badge readable', async () => {
    const { e2e, board } = setup;
    const { a, b } = await e2e.anneAndBent(board);
    await waitConnected(a.page);
    await waitConnected(b.page);
    // n1 is Jens Jensen's note, a core participant.
    const note = await mustRect(a.page, 'note', 'n1');
    const zoom = note.width / NOTE_WIDTH;
    const badge: Rect = {
      x: note.x + CORE_BADGE_BOX.x * zoom,
      y: note.y + CORE_BADGE_BOX.y * zoom,
      width: CORE_BADGE_BOX.width * zoom,
      height: CORE_BADGE_BOX.height * zoom,
    };
    // The outline's top edge left of the badge: it shows that the outline is there.
    const topEdge: Rect = { x: note.x, y: note.y - 7 * zoom, width: 40 * zoom, height: 6 * zoom };
    const badgeBefore = await boardPixels(a.page, badge);
    const edgeBefore = await boardPixels(a.page, topEdge);

    await openEditorOn(b.page, 'n1');
    await waitUntil(
      async () => JSON.stringify(await boardPixels(a.page, topEdge)) !== JSON.stringify(edgeBefore),
      'Anne sees the outline of the post-it Bent edits',
      5_000,
    );
    await screenshot(a.page, 'remote-edit-outline');
    expect(await boardPixels(a.page, badge)).toEqual(badgeBefore);
    expect(e2e.pageErrors).toEqual([]);
  });
});
