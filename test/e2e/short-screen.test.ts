import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, screenshot, sleep } from './harness.ts';

/**
 * QA on a phone on its side (844×390, touch): the toolbar took three rows, 158 of the 390 px
 * (40 %), and the side panels, each half of the column under it, could not hold their own
 * content: the pool's hint lay under the method collection and the collection's forms were out
 * of reach. A short laptop window (1280×600) kept two toolbar rows for two buttons. A short
 * window now has one toolbar row (scrolled sideways where it does not fit), and the panels'
 * column scrolls to everything in them.
 */

const ctx = e2eWithBoard(() => scenarioBoard());

interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The toolbar's controls: their labels, boxes, and the toolbar's box. */
async function toolbarControls(page: Page): Promise<{
  bar: Box;
  controls: { label: string; box: Box }[];
}> {
  return page.evaluate(() => {
    const toolbar = document.querySelector('.toolbar');
    if (!toolbar) throw new Error('no toolbar');
    const box = (el: Element) => {
      const { top, bottom, left, right } = el.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    const controls = [...toolbar.querySelectorAll('a, button, summary, input')].map((el) => ({
      label: (
        el.getAttribute('aria-label') ??
        (el instanceof HTMLInputElement ? el.value : el.textContent) ??
        ''
      ).trim(),
      box: box(el),
    }));
    return { bar: box(toolbar), controls };
  });
}

const overlap = (a: Box, b: Box): boolean =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** A finger's swipe from `at` by dx, dy (real touch events: the page scrolls as it would). */
async function swipe(page: Page, at: { x: number; y: number }, dx: number, dy: number) {
  const cdp = await page.context().newCDPSession(page);
  const steps = 10;
  const point = (i: number) => [{ x: at.x + (dx * i) / steps, y: at.y + (dy * i) / steps, id: 0 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) });
  for (let i = 1; i <= steps; i += 1) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(i) });
    await sleep(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  // A fling runs on after the finger lifts.
  await sleep(300);
}

/**
 * Swipes `scroller` until `target` lies whole inside it and nothing lies over its middle or its
 * bottom edge; false if ten swipes do not get it there.
 */
async function reach(page: Page, scroller: Locator, target: Locator): Promise<boolean> {
  for (let i = 0; i < 10; i += 1) {
    const outer = await scroller.boundingBox();
    const box = await target.boundingBox();
    if (!outer || !box) return false;
    const below = box.y + box.height - (outer.y + outer.height);
    const above = outer.y - box.y;
    if (below <= 0.5 && above <= 0.5) {
      return target.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const x = r.left + Math.min(r.width / 2, 20);
        return [r.top + r.height / 2, r.bottom - 2].every((y) => {
          const hit = document.elementFromPoint(x, y);
          return hit !== null && (el === hit || el.contains(hit));
        });
      });
    }
    // A finger's first few pixels scroll nothing (the touch slop): the swipe goes well past.
    const step = Math.min(150, Math.max(60, Math.max(below, above) + 40));
    await swipe(
      page,
      { x: outer.x + 3, y: outer.y + outer.height / 2 },
      0,
      below > 0 ? -step : step,
    );
  }
  return false;
}

describe('a short window', () => {
  for (const viewport of [
    { width: 844, height: 390 },
    { width: 740, height: 360 },
  ]) {
    const where = `${viewport.width}×${viewport.height}`;
    for (const [lang, link] of [
      ['da', 'edit'],
      ['en', 'view'],
    ] as const) {
      it(`leaves a phone on its side the board, the panels whole (${where}, ${lang}, ${link})`, async () => {
        const { e2e, board } = ctx;
        const { page } = await e2e.user({ viewport, hasTouch: true, isMobile: true });
        const url = `${e2e.url}${link === 'edit' ? board.editUrl : board.viewUrl}`;
        await openBoard(page, url, { name: 'Mette' });
        const toolbar = page.locator('.toolbar');
        // The language button, last in the row, is reached by a finger's swipe along the toolbar.
        if (lang === 'en') {
          const switchTo = page.getByTestId('lang-switch');
          for (let i = 0; i < 6; i += 1) {
            const box = await switchTo.boundingBox();
            if (box && box.x + box.width <= viewport.width) break;
            await swipe(page, { x: viewport.width - 40, y: 10 }, -300, 0);
          }
          const box = await switchTo.boundingBox();
          expect(box && box.x + box.width).toBeLessThanOrEqual(viewport.width);
          await switchTo.tap();
          await openBoard(page, url);
        }
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);

        // The board keeps most of the height; the toolbar one row.
        const { bar, controls } = await toolbarControls(page);
        expect(bar.bottom - bar.top).toBeLessThanOrEqual(viewport.height * 0.2);
        const panels = page.getByTestId('toggle-panels');
        expect(await panels.getAttribute('aria-pressed')).toBe('false');
        const canvas = await page.locator('.canvas-area').boundingBox();
        expect(canvas && canvas.width * canvas.height).toBeGreaterThanOrEqual(
          viewport.width * viewport.height * 0.6,
        );
        // Every control labelled, a finger's size, inside the row, over no other.
        for (const [i, control] of controls.entries()) {
          expect(control.label, JSON.stringify(control.box)).not.toBe('');
          expect(control.box.bottom - control.box.top, control.label).toBeGreaterThanOrEqual(40);
          expect(control.box.top, control.label).toBeGreaterThanOrEqual(bar.top);
          expect(control.box.bottom, control.label).toBeLessThanOrEqual(bar.bottom);
          for (const other of controls.slice(i + 1))
            expect(overlap(control.box, other.box), `${control.label} / ${other.label}`).toBe(
              false,
            );
        }
        await screenshot(page, `short-screen-${where}-${lang}-${link}`);

        await panels.tap();
        await page.getByTestId('pool-panel').waitFor();
        const column = page.locator('.side-panels');
        const pool = page.getByTestId('pool-panel');
        const palette = page.getByTestId('palette-panel');
        // Read-only, there is nothing to add or drag: no add buttons, no hints.
        const reachable: [string, Locator][] = [
          ['pool title', pool.locator('.panel-title')],
          ['pool search', page.getByTestId('pool-filter')],
          ['last person', pool.locator('.panel-entry').last()],
          ['palette title', palette.locator('.panel-title')],
          ['first form', palette.locator('.panel-entry').first()],
          ['last form', palette.locator('.panel-entry').last()],
        ];
        const editOnly: [string, Locator][] = [
          ['pool add', page.getByTestId('pool-add')],
          ['pool hint', pool.locator('.panel-hint')],
          ['palette add', page.getByTestId('palette-add')],
          ['palette hint', palette.locator('.panel-hint')],
          // Back up again, above the method collection.
          ['pool hint again', pool.locator('.panel-hint')],
        ];
        for (const [name, target] of link === 'edit' ? [...reachable, ...editOnly] : reachable) {
          expect(await reach(page, column, target), name).toBe(true);
          if (name === 'last form')
            await screenshot(page, `short-screen-${where}-${lang}-${link}-panels`);
        }
        expect(e2e.pageErrors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('keeps a short laptop window (1280×600) one toolbar row, every control in it', async () => {
    const { e2e, board } = ctx;
    const viewport = { width: 1280, height: 600 };
    const { page } = await e2e.user({ viewport });
    const url = `${e2e.url}${board.editUrl}`;
    await openBoard(page, url, { name: 'Mette' });
    for (const lang of ['da', 'en'] as const) {
      if (lang === 'en') await page.getByTestId('lang-switch').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const { bar, controls } = await toolbarControls(page);
      expect(bar.bottom - bar.top, lang).toBeLessThanOrEqual(viewport.height * 0.1);
      for (const [i, control] of controls.entries()) {
        expect(control.label).not.toBe('');
        expect(control.box.left, control.label).toBeGreaterThanOrEqual(bar.left);
        expect(control.box.right, control.label).toBeLessThanOrEqual(bar.right);
        expect(control.box.bottom, control.label).toBeLessThanOrEqual(bar.bottom);
        for (const other of controls.slice(i + 1))
          expect(overlap(control.box, other.box), `${control.label} / ${other.label}`).toBe(false);
      }
      await screenshot(page, `short-screen-1280x600-${lang}`);
    }
    expect(e2e.pageErrors).toEqual([]);
    await page.context().close();
  });
});
