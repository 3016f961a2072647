import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, headingJumps, openBoard, pageHeadings, showPlan } from './harness.ts';

/**
 * A screen reader's list of headings on the board page starts with the board's
 * title as the page's h1. On an edit link the title is a text field, which is
 * no heading: the page had none (the read-only link's title is an h1). The
 * heading is for screen readers only; the toolbar looks as it did.
 */

describe('the board page heading', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('names the board as the page h1 on an edit link, first and once, with no level skipped', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await showPlan(page);
    await page.getByTestId('plan-meeting-m1').waitFor();
    const levels = await pageHeadings(page);
    expect(levels[0]).toEqual({ level: 1, text: 'Ensomhed blandt unge' });
    expect(levels.filter((h) => h.level === 1)).toHaveLength(1);
    expect(headingJumps(levels)).toEqual([]);
    // Read, not shown: the title field is what the eye sees.
    const box = await page.locator('h1').boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(1);
    expect(box?.height ?? 0).toBeLessThanOrEqual(1);
    await expect(page.getByTestId('board-title').inputValue()).resolves.toBe(
      'Ensomhed blandt unge',
    );
    expect(e2e.pageErrors).toEqual([]);
  });

  it('follows a rename', async () => {
    const { e2e } = setup;
    const board = await e2e.createBoard(scenarioBoard());
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    const field = page.getByTestId('board-title');
    await field.fill('Ensomhed blandt ældre');
    await field.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ensomhed blandt ældre');
    expect(e2e.pageErrors).toEqual([]);
  });
});
