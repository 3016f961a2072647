import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, showPlan } from './harness.ts';

/**
 * A mouse drag across a row of the side panels, or across a plan row from its participant's
 * name, selects no text on the read-only link, as on the edit link (where the panel rows are
 * dragged onto the board and the plan's cells are fields): a reference leader dragging over
 * _Deltagerliste_ got names, categories and counts highlighted, over the plan a whole row. The
 * plan's cell text stays selectable there, to copy a contribution.
 */
describe('the read-only link selects no text', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  /** Drags the mouse from the left to the right end of `testId`'s box; what is selected. */
  async function dragAcross(page: Page, testId: string): Promise<string> {
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const box = await page.getByTestId(testId).first().boundingBox();
    if (!box) throw new Error(`${testId} not shown`);
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, y, { steps: 5 });
    await page.mouse.move(box.x + box.width - 4, y, { steps: 5 });
    await page.mouse.up();
    return page.evaluate(() => getSelection()?.toString().trim() ?? '');
  }

  for (const link of ['editUrl', 'viewUrl'] as const) {
    it(`across a pool, palette or plan row on the ${link === 'viewUrl' ? 'read-only' : 'edit'} link`, async () => {
      const { e2e, board } = setup;
      const { page } = await e2e.user({ viewport: { width: 1920, height: 1080 } });
      await openBoard(page, `${e2e.url}${board[link]}`, { name: 'Gæst' });
      await page.getByTestId('pool-panel').waitFor();
      expect(await dragAcross(page, 'pool-entry-jens')).toBe('');
      expect(await dragAcross(page, 'palette-entry-pal-oplaeg')).toBe('');
      // A plan row, from its participant's name (the button that shows the post-it) across.
      await showPlan(page);
      expect(await dragAcross(page, 'plan-row-n1')).toBe('');
      // A cell's text can still be selected to copy (read-only, where it is text).
      if (link === 'viewUrl') {
        const cell = page.getByTestId('plan-row-n1').getByTestId('plan-cell-contribution');
        await cell.dblclick();
        const word = await page.evaluate(() => getSelection()?.toString().trim() ?? '');
        expect(word).not.toBe('');
        expect(await cell.innerText()).toContain(word);
      }
      expect(e2e.pageErrors).toEqual([]);
    });
  }
});
