import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, showPlan, waitConnected } from './harness.ts';

/**
 * Every piece of text the page shows, checked against WCAG AA: 4.5:1 with the
 * background it lies on (3:1 from 24 px, or 18.66 px bold). The colours are the
 * computed ones, backgrounds blended up through the ancestors; disabled
 * controls are exempt, as WCAG has it. Returns the text that falls short.
 */
function weakText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rgba = { r: number; g: number; b: number; a: number };
    const parse = (css: string): Rgba => {
      const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a };
    };
    const over = (top: Rgba, below: Rgba): Rgba => ({
      r: top.r * top.a + below.r * (1 - top.a),
      g: top.g * top.a + below.g * (1 - top.a),
      b: top.b * top.a + below.b * (1 - top.a),
      a: 1,
    });
    const luminance = ({ r, g, b }: Rgba) => {
      const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    const background = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let at: Element | null = element; at; at = at.parentElement) {
        const color = parse(getComputedStyle(at).backgroundColor);
        if (color.a > 0) layers.push(color);
        if (color.a >= 1) break;
      }
      return layers.reduceRight<Rgba>((below, top) => over(top, below), {
        r: 255,
        g: 255,
        b: 255,
        a: 1,
      });
    };
    const weak: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (text === '' || !element || !element.checkVisibility({ visibilityProperty: true }))
        continue;
      if (element.closest(':disabled, [aria-disabled="true"], .visually-hidden')) continue;
      const style = getComputedStyle(element);
      const back = background(element);
      const fore = over(parse(style.color), back);
      const [light = 0, dark = 0] = [luminance(fore), luminance(back)].sort((x, y) => y - x);
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
      if (ratio < (large ? 3 : 4.5))
        weak.push(
          `"${text.slice(0, 40)}" ${ratio.toFixed(2)}:1 (${style.color} on ${element.className})`,
        );
    }
    return weak;
  });
}

describe('text contrast', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('every text on the landing page and the board page (plan, checks, downloads) reads at 4.5:1', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await page.goto(e2e.url, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('create-title').waitFor();
    expect(await weakText(page)).toEqual([]);

    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await showPlan(page);
    await waitConnected(page);
    // The scenario board has findings: the checks tab shows their count.
    await page.getByTestId('plan-tab-checks').click();
    await page.locator('.plan-check-count').first().waitFor();
    await page.getByTestId('downloads-menu').locator('summary').click();
    await page.getByTestId('download-docx').waitFor();
    expect(await weakText(page)).toEqual([]);

    // A read-only link: its badge and the plan's text without fields.
    await openBoard(page, `${e2e.url}${board.viewUrl}`);
    await showPlan(page);
    expect(await weakText(page)).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
  });
});
