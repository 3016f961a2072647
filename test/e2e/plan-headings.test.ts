import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  headingJumps,
  openBoard,
  pageHeadings,
  screenshot,
  showPlan,
} from './harness.ts';

/**
 * The plan table's column headings are long Danish compounds. Chromium without
 * a Danish hyphenation dictionary broke them at any letter ("Netværksdelt|ager"
 * at 1366 px, "(Inddragelses|form)" at 1024 px); their soft hyphens make the
 * compound boundaries the only places inside a word where a line may break,
 * and copying the table takes none of them along.
 */

/** Per heading of the first meeting's table: its text, split where its lines break. */
async function headingLines(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const table = document.querySelector('[data-testid^="plan-meeting-"] table');
    if (!table) throw new Error('no plan table');
    return [...table.querySelectorAll('th')].map((th) => {
      const lines: string[] = [];
      let top: number | null = null;
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const char = text[i] ?? '';
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (rect === undefined) {
            // A space where the line breaks has no width; it ends the line. A soft
            // hyphen without width is one where the line does not break (or breaks
            // without showing it): it is not part of the text as shown.
            if (char === ' ' && lines.length > 0) lines[lines.length - 1] += char;
            continue;
          }
          if (top === null || rect.top > top + 2) lines.push('');
          top = rect.top;
          lines[lines.length - 1] += char;
        }
      }
      return lines;
    });
  });
}

/** Every line but the last ends at a space or at a soft hyphen that shows as a hyphen. */
function expectBreaksBetweenWords(headings: string[][]): void {
  for (const lines of headings) {
    for (const line of lines.slice(0, -1)) {
      expect(line, `${lines.join('|')}`).toMatch(/( |\u00ad)$/);
    }
  }
}

describe('plan column headings', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  for (const width of [1366, 1024]) {
    it(`break only between the words of a compound at ${width} px`, async () => {
      const { e2e, board } = setup;
      const { page } = await e2e.user({ viewport: { width, height: 768 } });
      await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
      await showPlan(page);
      const headings = await headingLines(page);
      expect(headings.map((lines) => lines.join('').replaceAll('\u00ad', ''))).toEqual([
        'Netværksdeltager',
        'Hvad skal personen bidrage med?',
        'Hvordan? (Inddragelsesform)',
      ]);
      expectBreaksBetweenWords(headings);
      await screenshot(page, `plan-headings-${width}`);
      expect(e2e.pageErrors).toEqual([]);
    });
  }

  it('are copied without their soft hyphens', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1024, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await showPlan(page);
    await page.evaluate(() => {
      const head = document.querySelector('[data-testid^="plan-meeting-"] thead');
      if (!head) throw new Error('no plan table');
      const range = document.createRange();
      range.selectNodeContents(head);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      const paste = document.createElement('textarea');
      paste.id = 'paste-here';
      document.body.append(paste);
    });
    await page.keyboard.press('Control+C');
    await page.locator('#paste-here').focus();
    await page.keyboard.press('Control+V');
    const pasted = await page.locator('#paste-here').inputValue();
    expect(pasted).toContain('Netværksdeltager');
    expect(pasted).toContain('Hvordan? (Inddragelsesform)');
    expect(pasted).not.toContain('\u00ad');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('make one outline with the page on a read-only link: no level skipped', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    // A reference leader's link: the plan opens beside the board from 1,280 px.
    await openBoard(page, `${e2e.url}${board.viewUrl}`, { name: 'Rita' });
    await showPlan(page);
    await page.getByTestId('plan-meeting-m1').waitFor();
    // A screen reader's list of headings: the page's title, then the plan's, then its meetings.
    const levels = await pageHeadings(page);
    expect(levels[0]?.level).toBe(1);
    expect(headingJumps(levels)).toEqual([]);
    const plan = levels.findIndex((h) => h.level === 2 && h.text === 'Plan');
    const firstMeeting = levels.findIndex((h) => h.text.startsWith('Netværksmøde 1'));
    expect(plan).toBeGreaterThan(0);
    expect(firstMeeting).toBeGreaterThan(plan);
    expect(e2e.pageErrors).toEqual([]);
  });
});
