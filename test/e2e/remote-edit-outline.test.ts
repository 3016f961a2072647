import { describe, expect, it } from 'vitest';
import { CORE_BADGE_BOX } from '../../client/canvas/noteLook.ts';
import { NOTE_WIDTH } from '../../shared/layout.ts';
import { boardPixels } from './canvasPixels.ts';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  fitBoard,
  mustRect,
  openBoard,
  openEditorOn,
  screenshot,
  showPlan,
  waitConnected,
  waitUntil,
  type Rect,
} from './harness.ts';

/**
 * While someone has a post-it open in an editor, the others see it outlined,
 * dashed, in that person's colour. The outline ran 4 units above the post-it's
 * top edge, right through a core participant's "Kerne" badge, which sits astride
 * that edge; it now leaves the badge out, so the badge reads as before.
 * With the whole board in view (a projector, a whiteboard), the name tag under
 * it stayed full size and covered the neighbouring post-its; it now keeps within
 * the post-it's width.
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

  it('names the editor within the post-it’s width with the whole board in view', async () => {
    const { e2e, board } = setup;
    const a = await e2e.user();
    const b = await e2e.user();
    await openBoard(a.page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await openBoard(b.page, `${e2e.url}${board.editUrl}`, { name: 'Tablet-Bent' });
    await showPlan(a.page);
    await showPlan(b.page);
    await waitConnected(a.page);
    await waitConnected(b.page);
    // m3, where n5 stands, is right of what the plan leaves in view.
    await fitBoard(b.page);
    await openEditorOn(b.page, 'n5');
    // Bent's pointer rests on the board, clear of his editor (over it, the board has no cursor).
    const n1 = await mustRect(b.page, 'note', 'n1');
    await b.page.mouse.move(n1.x + n1.width / 2, n1.y + n1.height * 4, { steps: 3 });
    await fitBoard(a.page);
    const tagOf = async (label: string) =>
      (await a.page.evaluate(() => window.__netvaerkstavle?.presenceTags() ?? [])).find(
        (tag) => tag.label === label,
      ) ?? null;
    const tag = await waitUntil(
      () => tagOf('✎ Tablet-Bent'),
      'Anne sees the tag of the post-it Bent edits',
      5_000,
    );
    // Bent's pointer is named as narrowly.
    const cursor = await waitUntil(() => tagOf('Tablet-Bent'), 'Anne sees Bent’s cursor', 5_000);
    const note = await mustRect(a.page, 'note', 'n5');
    const camera = await a.page.evaluate(() => window.__netvaerkstavle?.camera());
    await screenshot(a.page, 'remote-edit-tag-fit-board');
    expect(camera?.zoom).toBeLessThan(0.5);
    expect(tag.rect.width).toBeGreaterThan(0);
    expect(tag.rect.width).toBeLessThanOrEqual(note.width);
    expect(tag.rect.x).toBeGreaterThanOrEqual(note.x - 0.5);
    expect(cursor.rect.width).toBeGreaterThan(0);
    expect(cursor.rect.width).toBeLessThanOrEqual(note.width);
    expect(e2e.pageErrors).toEqual([]);
  });
});
