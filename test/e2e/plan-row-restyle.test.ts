import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generatedBoard } from '../helpers/boards.ts';
import { e2eWithBoard, openBoard } from './harness.ts';

/**
 * A row coming or going in the plan's table (a drop moves a row from one
 * meeting to another; a windowed table renders the rows that scroll into
 * view) restyles that row, not the page. The side panels' `:has()` rules once
 * had an unqualified subject (`.side-panels > :has(.panel-form)`) and a
 * universal compound in an argument (`:has(> :first-child .panel-form)`):
 * Chromium then tested `:has()` on every element and, at any element's
 * insertion or removal anywhere, invalidated the whole document's style — at
 * 3,000 notes 528 elements restyled and the next layout redone, 20-50 ms of
 * each drop's plan update. Counted in Chromium's trace, not timed.
 */
describe('a plan row coming or going', () => {
  const setup = e2eWithBoard(() => generatedBoard({ notes: 200, people: 40, meetings: 6 }));

  /** The elements each style recalculation of the page styled while `during` ran. */
  async function styledCounts(page: Page, during: () => Promise<void>): Promise<number[]> {
    const cdp: CDPSession = await page.context().newCDPSession(page);
    const counts: number[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => {
      for (const event of value as { name?: string; args?: { elementCount?: number } }[]) {
        if (event.name === 'UpdateLayoutTree') counts.push(event.args?.elementCount ?? 0);
      }
    });
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline',
      transferMode: 'ReportEvents',
    });
    await during();
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    return counts;
  }

  it('restyles that row, not the whole page', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1920, height: 1080 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    await page.locator('.plan-rows tbody tr.plan-row').nth(5).waitFor();
    await page.locator('.side-panels .panel').nth(1).waitFor();
    const pageElements = await page.evaluate(() => document.querySelectorAll('*').length);
    const counts = await styledCounts(page, () =>
      page.evaluate(() => {
        const row = document.querySelectorAll('.plan-rows tbody tr.plan-row')[5];
        const body = row?.parentElement;
        if (!row || !body) throw new Error('no plan row');
        const next = row.nextSibling;
        row.remove();
        body.getBoundingClientRect();
        body.insertBefore(row, next);
        body.getBoundingClientRect();
      }),
    );
    expect(counts.length).toBeGreaterThan(0);
    // The row put back is 41 elements with its fields' inner parts; the whole page, restyled
    // without the fix, was 527 and 2,009 of 1,311 elements and their inner parts.
    expect(pageElements).toBeGreaterThan(500);
    expect(Math.max(...counts)).toBeLessThan(150);
    expect(e2e.pageErrors).toEqual([]);
  });
});
