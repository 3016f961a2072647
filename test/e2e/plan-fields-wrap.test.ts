import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, screenshot, showPlan } from './harness.ts';

/**
 * The plan's text fields, and its participants' names, wrap whole words. A text area breaks a word that does
 * not fit its line in the middle, and with three columns in the plan beside the
 * board the contribution's field was ~100 px wide at 1024×768 and 150 px at
 * 768×1024 and 1366×768: "ensomhedsin|dsats", "ungdomsudd|annelserne". The
 * contribution column now takes the most room (and the table's text is a
 * little smaller, so "Ungdomsskolen" keeps its line in the name column), and a
 * plan too narrow for three columns shows each row on two lines, the
 * contribution across the table.
 */

const CONTRIBUTION =
  'Fortæller om kommunens ensomhedsindsats og erfaringerne fra ungdomsuddannelserne';
const SUBTHEME = 'Forebyggelse af ensomhed i overgangen til ungdomsuddannelse';
/** One line: it showed as 'Rådhuset, mødelokale "Æ' at 1366×768, beside room left empty. */
const LOCATION = 'Rådhuset, mødelokale "Æblet", 2. sal';

function longTexts() {
  const board = scenarioBoard();
  const first = board.meetings[0];
  if (first) {
    first.subtheme = SUBTHEME;
    first.location = LOCATION;
  }
  board.people = board.people.map((person) =>
    person.id === 'jens' ? { ...person, affiliation: 'Ungdomsskolen' } : person,
  );
  board.notes = board.notes.map((note) =>
    note.id === 'n1' && note.kind === 'participant'
      ? { ...note, contribution: CONTRIBUTION, role: 'medfacilitator' }
      : note,
  );
  return board;
}

interface FieldFit {
  readonly text: string;
  /** The width the field's text has (px). */
  readonly line: number;
  /** The width its widest word needs, wrapped at spaces only (px). */
  readonly needed: number;
}

/**
 * The text areas of the first meeting and the name in its first row, each laid
 * out again in its line's width without breaking inside words.
 */
async function textFits(page: Page): Promise<FieldFit[]> {
  return page.evaluate(() => {
    const block = document.querySelector('[data-testid^="plan-meeting-"]');
    const name = block?.querySelector('[data-testid="plan-cell-participant"]');
    if (!block || !name) throw new Error('no plan block');
    const fit = (box: Element, font: Element, text: string) => {
      const style = getComputedStyle(box);
      const line = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const probe = document.createElement('div');
      const { font: shape, letterSpacing } = getComputedStyle(font);
      probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre-wrap;overflow-wrap:normal;width:${line}px;font:${shape};letter-spacing:${letterSpacing}`;
      probe.textContent = text;
      document.body.append(probe);
      const needed = probe.scrollWidth;
      probe.remove();
      return { text, line, needed };
    };
    const fields = [...block.querySelectorAll('textarea')].map((field) =>
      fit(field, field, field.value),
    );
    const button = name.querySelector('button') ?? name;
    return [...fields, fit(name, button, button.textContent ?? '')];
  });
}

describe('plan text fields', () => {
  const setup = e2eWithBoard(longTexts);

  for (const viewport of [
    { width: 768, height: 1024, touch: true },
    { width: 1024, height: 768, touch: true },
    { width: 1366, height: 768, touch: false },
  ]) {
    const size = `${viewport.width}×${viewport.height}`;
    it(`wrap whole words at ${size}, the table within the plan`, async () => {
      const { e2e, board } = setup;
      const { page } = await e2e.user({ viewport, hasTouch: viewport.touch });
      await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
      await showPlan(page);
      const fits = await textFits(page);
      expect(fits.map((fit) => fit.text)).toEqual([
        SUBTHEME,
        LOCATION,
        CONTRIBUTION,
        'Jens Jensen, Ungdomsskolen',
      ]);
      for (const fit of fits) expect(fit.needed, fit.text).toBeLessThanOrEqual(fit.line);
      // Still usable: nothing sticks out sideways, the form choice and role keep a usable width.
      const layout = await page.evaluate(() => {
        const panel = document.querySelector('.plan-tab-panel');
        const row = document.querySelector('[data-testid="plan-row-n1"]');
        const width = (selector: string) =>
          row?.querySelector(selector)?.getBoundingClientRect().width ?? 0;
        const location = document.querySelector<HTMLInputElement>(
          '[data-testid="plan-input-location"]',
        );
        return {
          overflow: panel ? panel.scrollWidth - panel.clientWidth : -1,
          locationCut: location ? location.scrollWidth - location.clientWidth : -1,
          form: width('[data-testid="plan-input-form"]'),
          role: width('[data-testid="plan-input-role"]'),
        };
      });
      expect(layout.overflow).toBe(0);
      expect(layout.locationCut).toBe(0);
      expect(layout.form).toBeGreaterThanOrEqual(120);
      expect(layout.role).toBeGreaterThanOrEqual(120);
      await screenshot(page, `plan-fields-wrap-${viewport.width}x${viewport.height}`);
      expect(e2e.pageErrors).toEqual([]);
    });
  }

  // Each meeting field shows its whole text and label, in both languages (the place was cut by
  // 9 px at 1024×768 with the touch sizes, by 72 px before at 1366×768).
  for (const viewport of [
    { width: 1024, height: 768, touch: true },
    { width: 1024, height: 768, touch: false },
    { width: 1366, height: 768, touch: false },
    { width: 1920, height: 1080, touch: false },
  ]) {
    const size = `${viewport.width}×${viewport.height}${viewport.touch ? ' touch' : ''}`;
    it(`show every meeting field whole at ${size}`, async () => {
      const { e2e, board } = setup;
      const { page } = await e2e.user({ viewport, hasTouch: viewport.touch });
      await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
      await showPlan(page);
      for (const lang of ['da', 'en'] as const) {
        if (lang === 'en') await page.getByTestId('lang-switch').click();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
        const cut = await page.evaluate(() => {
          const fields = document.querySelector('.plan-meeting-fields');
          if (!fields) throw new Error('no meeting fields');
          const box = fields.getBoundingClientRect();
          return [...fields.querySelectorAll('input, textarea, label')].flatMap((element) => {
            const rect = element.getBoundingClientRect();
            const name = element.getAttribute('data-testid') ?? element.textContent ?? '';
            const sideways = element.scrollWidth - element.clientWidth;
            const outside = Math.max(0, rect.right - box.right, box.left - rect.left);
            return sideways > 0 || outside > 0.5 ? [`${name}: ${sideways}/${outside}`] : [];
          });
        });
        expect(cut, `${lang} at ${size}`).toEqual([]);
      }
      // A place's one line fills its field's content box, so it sits in the middle of a
      // finger's 44 px (as the duration's does) rather than at its top; both as high.
      const place = await page.evaluate(() => {
        // The second meeting's: "Rådhuset", one line (the first one's long place wraps at 1024 px).
        const fields = document.querySelectorAll('.plan-meeting-fields')[1];
        const field = fields?.querySelector<HTMLElement>('[data-testid="plan-input-location"]');
        const duration = fields?.querySelector('[data-testid="plan-input-duration"]');
        if (!field || !duration) throw new Error('no place or duration');
        const style = getComputedStyle(field);
        const probe = document.createElement('span');
        probe.style.cssText = `position:absolute;font:${style.font};line-height:${style.lineHeight}`;
        probe.textContent = 'Rådhuset';
        document.body.append(probe);
        const line = probe.getBoundingClientRect().height;
        probe.remove();
        const content =
          field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return {
          emptyBelow: Math.round(content - line),
          heights: Math.round(
            field.getBoundingClientRect().height - duration.getBoundingClientRect().height,
          ),
        };
      });
      expect(place).toEqual({ emptyBelow: 0, heights: 0 });
      await screenshot(page, `plan-fields-whole-${viewport.width}x${viewport.height}`);
      expect(e2e.pageErrors).toEqual([]);
    });
  }
});
