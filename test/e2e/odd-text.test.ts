import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, screenshot, showPlan } from './harness.ts';

/**
 * Odd text in the built app (qa7): a right-to-left name set into a Danish
 * sentence keeps the sentence's order, and a pasted title over its cap stays
 * in the toolbar's field with a message, unsaved.
 */
const ctx = e2eWithBoard(() => {
  const board = scenarioBoard();
  const [first] = board.meetings;
  if (first) first.subtheme = 'حوار 2';
  return board;
});

/** Left edges on screen of the heading's first Arabic letter and of the date's first digit. */
async function headingOrder(page: Page): Promise<{ arabic: number; date: number; text: string }> {
  return page.evaluate(() => {
    const heading = [
      ...document.querySelectorAll('[data-testid="plan-view"] h2, [data-testid="plan-view"] h3'),
    ].find((el) => (el.textContent ?? '').includes('حوار'));
    if (!heading) throw new Error('no heading with the sub-theme');
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    let arabic = Number.NaN;
    let date = Number.NaN;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const rectAt = (i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect();
      };
      const a = text.indexOf('ح');
      if (a >= 0) arabic = rectAt(a).left;
      const d = text.search(/\d+\. /);
      if (d >= 0) date = rectAt(d).left;
    }
    return { arabic, date, text: heading.textContent ?? '' };
  });
}

describe('odd text in the built app', () => {
  it('shows the date after an Arabic sub-theme ending in a digit, not pulled into it', async () => {
    const { page } = await ctx.e2e.user({ viewport: { width: 1366, height: 900 } });
    await openBoard(page, `${ctx.e2e.url}${ctx.board.editUrl}`);
    await showPlan(page);
    const order = await headingOrder(page);
    expect(order.text).toContain('حوار 2');
    expect(order.date).toBeGreaterThan(order.arabic);
    await screenshot(page, 'qa7-rtl-heading');
    expect(ctx.e2e.pageErrors).toEqual([]);
  });

  it('keeps a pasted title over 200 characters in the field, unsaved, with the message under it', async () => {
    const { page } = await ctx.e2e.user({ viewport: { width: 1366, height: 900 } });
    await openBoard(page, `${ctx.e2e.url}${ctx.board.editUrl}`);
    const title = page.getByTestId('board-title');
    const pasted = 'Unge og ensomhed i kommunen '.repeat(9).trim();
    await title.fill(pasted);
    await title.press('Enter');
    const alert = page.locator('#board-title-alert');
    await alert.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await alert.innerText()).toContain(`${pasted.length} tegn, højst 200`);
    expect(await title.inputValue()).toBe(pasted);
    const box = await alert.boundingBox();
    expect(box?.y ?? 0).toBeGreaterThan(20);
    await screenshot(page, 'qa7-title-too-long');
    await title.focus();
    await title.press('Escape');
    expect(await title.inputValue()).toBe('Ensomhed blandt unge');
    expect(await alert.count()).toBe(0);
    expect(ctx.e2e.pageErrors).toEqual([]);
  });
});
