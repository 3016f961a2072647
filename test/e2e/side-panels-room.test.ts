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

  it('keep rows of both lists in view at 1366×768 with both add forms open', async () => {
    // The person form stays open for the next person; opening the method collection's
    // form beside it squeezed the pool's list to nothing (its header and form only).
    const { e2e } = setup;
    const palette = ['Oplæg', 'Workshop', 'Dialogmøde'].map((name, i) => ({
      id: `f${i}`,
      name,
      durationMinutes: 30,
      description: '',
    }));
    const board = await e2e.createBoard({
      ...generatedBoard({ notes: 20, people: 40, meetings: 6 }),
      palette,
    });
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    await page.getByTestId('pool-add').click();
    await page.getByTestId('palette-add').click();
    await page.locator('[data-testid="palette-panel"] .panel-form').waitFor();
    await page.locator('[data-testid="pool-panel"] .panel-form').waitFor();
    const lists = await page.evaluate(() => {
      const list = (panel: string) =>
        document.querySelector(`[data-testid="${panel}"] .panel-scroll`)?.getBoundingClientRect()
          .height ?? 0;
      return { pool: list('pool-panel'), palette: list('palette-panel') };
    });
    await screenshot(page, 'side-panels-1366-both-forms');
    // Two rows at least (a person's row is 44-57 px).
    expect(lists.pool).toBeGreaterThanOrEqual(88);
    expect(lists.palette).toBeGreaterThanOrEqual(88);
    expect(e2e.pageErrors).toEqual([]);
  });
});
