import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generatedBoard } from '../helpers/boards.ts';
import { e2eWithBoard, openBoard, screenshot } from './harness.ts';

/**
 * At a 1920×1080 whiteboard the side panels split the column in halves: an
 * empty method collection kept 514 px of blank while the pool beside it showed
 * 9 of its 40 people. A panel that needs less leaves the rest to the other.
 */
describe('the side panels of a big screen', () => {
  const setup = e2eWithBoard(() => generatedBoard({ notes: 20, people: 40, meetings: 6 }));

  const heights = (page: Page) =>
    page.evaluate(() => {
      const height = (selector: string) =>
        document.querySelector(selector)?.getBoundingClientRect().height ?? 0;
      return {
        column: height('.side-panels'),
        pool: height('[data-testid="pool-panel"]'),
        palette: height('[data-testid="palette-panel"]'),
      };
    });

  it('give a short method collection its content and the long pool the rest', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    const shown = await heights(page);
    expect(shown.palette).toBeLessThan(shown.column / 4);
    expect(shown.pool + shown.palette).toBeCloseTo(shown.column, 0);
    await screenshot(page, 'side-panels-1920-long-pool');
    // With its add form open, the method collection takes the height, as before.
    await page.getByTestId('palette-add').click();
    await page.locator('[data-testid="palette-panel"] .panel-form').waitFor();
    const adding = await heights(page);
    expect(adding.palette).toBeGreaterThan(adding.column / 2);
    expect(e2e.pageErrors).toEqual([]);
  });
});
