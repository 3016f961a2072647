import { describe, expect, it } from 'vitest';
import { boardPixels } from './canvasPixels.ts';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, mustRect, openBoard, sleep } from './harness.ts';

/** Mean absolute difference per colour channel (0–255). */
function difference(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / Math.max(1, a.length);
}

/** Issue 4: post-its drawn from their bitmaps (noteBitmaps.ts) look as drawn directly. */
describe('post-its from bitmaps', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('look the same after a pan (from bitmaps) as at first (drawn directly)', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Bitmap' });
    const first = await mustRect(page, 'note', 'n1');
    const direct = await boardPixels(page, first);
    // Idle time makes the bitmaps; a plain wheel pans the board 60 px up, a redraw.
    await sleep(600);
    await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
    await page.mouse.wheel(0, 60);
    const moved = await mustRect(page, 'note', 'n1');
    expect(moved.y).toBeCloseTo(first.y - 60, 0);
    const fromBitmap = await boardPixels(page, moved);

    expect(fromBitmap.length).toBe(direct.length);
    // The same post-it, text included: only anti-aliasing may differ.
    expect(difference(direct, fromBitmap)).toBeLessThan(3);
    // …and not a blank card: a post-it's text makes it far from uniform.
    const plain = direct.map((_, i) => direct[i % 3] ?? 0);
    expect(difference(direct, plain)).toBeGreaterThan(5);
  });
});
