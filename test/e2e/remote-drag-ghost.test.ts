import { describe, expect, it } from 'vitest';
import { boardPixels } from './canvasPixels.ts';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  mustRect,
  screenshot,
  waitConnected,
  waitUntil,
  type Rect,
} from './harness.ts';

/**
 * While Anne drags a post-it, Bent sees the post-it itself moving, its text
 * included, not a plain coloured card: in a workshop the others see what is
 * being moved.
 */

/** Pixels dark enough to be the post-its' ink (#1f2328, a little see-through). */
async function inkPixels(page: Parameters<typeof boardPixels>[0], rect: Rect): Promise<number> {
  const rgb = await boardPixels(page, rect);
  let ink = 0;
  for (let i = 0; i < rgb.length; i += 3) {
    if ((rgb[i] ?? 255) < 110 && (rgb[i + 1] ?? 255) < 110 && (rgb[i + 2] ?? 255) < 110) ink++;
  }
  return ink;
}

describe('a remote drag', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('shows the other user the dragged post-it’s text while it moves', async () => {
    const { e2e, board } = setup;
    const { a, b } = await e2e.anneAndBent(board);
    await waitConnected(a.page);
    await waitConnected(b.page);

    // Both pages open the board in the same view: a screen offset on Anne's is one on Bent's.
    const formA = await mustRect(a.page, 'note', 'f2');
    const formB = await mustRect(b.page, 'note', 'f2');
    expect(formB).toEqual(formA);
    const dy = Math.round(formA.height * 1.8);
    // The title of the form where the ghost will be: its upper half, inside the outline
    // (Anne's cursor, grabbing near the bottom edge, stays out of it).
    const title: Rect = {
      x: formA.x + 10,
      y: formA.y + dy + 8,
      width: formA.width - 20,
      height: formA.height * 0.4,
    };
    const empty = await inkPixels(b.page, title);
    expect(empty).toBe(0);

    const grab = { x: formA.x + formA.width / 2, y: formA.y + formA.height - 6 };
    await a.page.mouse.move(grab.x, grab.y);
    await a.page.mouse.down();
    await a.page.mouse.move(grab.x + 6, grab.y + 6, { steps: 2 });
    await a.page.mouse.move(grab.x, grab.y + dy, { steps: 10 });
    const shown = await waitUntil(
      async () => {
        const ink = await inkPixels(b.page, title);
        return ink > 40 ? ink : null;
      },
      'Bent sees the text of the post-it Anne drags',
      5_000,
    );
    expect(shown).toBeGreaterThan(40);
    await screenshot(b.page, 'remote-drag-ghost-B');
    await a.page.mouse.up();
    expect(e2e.pageErrors).toEqual([]);
  });
});
