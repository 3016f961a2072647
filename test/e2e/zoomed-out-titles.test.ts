import { describe, expect, it } from 'vitest';
import { generatedBoard } from '../helpers/boards.ts';
import { LABELS_MAX_NOTES, LABELS_MIN_ZOOM } from '../../client/canvas/lodLabels.ts';
import { boardPixels } from './canvasPixels.ts';
import { e2eWithBoard, fitBoard, mustRect, openBoard, screenshot } from './harness.ts';
import type { Page } from 'playwright-core';

/** Pixels dark enough to be the post-it's ink (its title), not its colour or bar. */
async function inkPixels(page: Page, noteId: string): Promise<number> {
  const note = await mustRect(page, 'note', noteId);
  // Inside the card, past the form's colour bar on the left.
  const inner = {
    x: note.x + note.width * 0.15,
    y: note.y + 2,
    width: note.width * 0.8,
    height: note.height - 4,
  };
  const rgb = await boardPixels(page, inner);
  let dark = 0;
  for (let i = 0; i < rgb.length; i += 3) {
    if ((rgb[i] ?? 255) < 100 && (rgb[i + 1] ?? 255) < 100 && (rgb[i + 2] ?? 255) < 100) dark++;
  }
  return dark;
}

async function zoom(page: Page): Promise<number> {
  return page.evaluate(() => window.__netvaerkstavle?.camera().zoom ?? 0);
}

/**
 * "Hele tavlen" on a laptop zooms a workshop's board out below the zoom where
 * post-its are drawn in full (about 35 % at 1366 × 768): each card then still
 * says who or what it is. A board of thousands of notes keeps plain cards.
 */
describe('zoomed-out post-it titles', () => {
  const workshop = generatedBoard({ notes: 60, people: 30, meetings: 6 });
  const small = e2eWithBoard(() => workshop);

  it('shows each card’s title when a workshop-sized board is zoomed out to fit', async () => {
    const { e2e, board } = small;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    const first = workshop.notes[0]?.id ?? '';
    expect(await inkPixels(page, first)).toBeGreaterThan(40); // in full detail
    await fitBoard(page);
    expect(await zoom(page)).toBeLessThan(0.45);
    const dark = await Promise.all(workshop.notes.slice(0, 5).map((n) => inkPixels(page, n.id)));
    for (const count of dark) expect(count).toBeGreaterThan(20);
    await screenshot(page, 'zoomed-out-titles');
  });

  it('keeps plain cards when more post-its are in view than a frame can title', async () => {
    const { e2e } = small;
    const many = generatedBoard({ notes: 1200, people: 100, meetings: 6 });
    const big = await e2e.createBoard(many);
    const { page } = await e2e.user({ viewport: { width: 1920, height: 1080 } });
    await openBoard(page, `${e2e.url}${big.editUrl}`, { name: 'Mette' });
    // The whole width for the board: the side panels closed.
    for (const name of ['Deltagere og metoder', 'Plan']) {
      const toggle = page.getByRole('button', { name }).first();
      if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
    }
    // The start view follows the canvas's size until the first zoom: zoom once it has widened.
    await expect
      .poll(async () => (await page.getByTestId('board-canvas').boundingBox())?.width ?? 0)
      .toBeGreaterThan(1900);
    const zoomOut = page.getByRole('button', { name: 'Zoom ud' });
    for (let i = 0; i < 5; i++) await zoomOut.click();
    // As far out as a small board would still get titles, with more cards in view than get them.
    expect(await zoom(page)).toBeGreaterThanOrEqual(LABELS_MIN_ZOOM);
    // Culled again once the zoom has come to rest.
    await expect
      .poll(() => page.evaluate(() => window.__netvaerkstavle?.renderedNotes() ?? 0))
      .toBeGreaterThan(LABELS_MAX_NOTES);
    const canvas = await page.getByTestId('board-canvas').boundingBox();
    let checked = 0;
    for (const note of many.notes) {
      const rect = await mustRect(page, 'note', note.id);
      const inside =
        canvas !== null &&
        rect.x >= canvas.x &&
        rect.y >= canvas.y &&
        rect.x + rect.width <= canvas.x + canvas.width &&
        rect.y + rect.height <= canvas.y + canvas.height;
      if (!inside) continue;
      expect(await inkPixels(page, note.id)).toBe(0);
      if (++checked === 3) break;
    }
    expect(checked).toBe(3);
    await screenshot(page, 'zoomed-out-plain-cards');
  });
});
