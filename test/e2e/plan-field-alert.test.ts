import { describe, expect, it } from 'vitest';
import { paperExampleBoard } from '../helpers/boards.ts';
import { e2eWithBoard, openBoard, showPlan } from './harness.ts';

/**
 * A meeting's duration, date and time in the plan are fields as wide as their content (flex
 * 0 0 auto): a refused duration's message ("Skriv et helt antal minutter fra 1 til 2880 (fx 45,
 * …), eller lad feltet stå tomt.") made its field as wide as the whole sentence on one line, and
 * the plan cut it off at its right edge ("… stå tom"). It wraps within the plan now.
 */
describe("a plan field's message", () => {
  const setup = e2eWithBoard(paperExampleBoard);

  for (const viewport of [
    { width: 1366, height: 768, touch: false },
    { width: 1024, height: 768, touch: true },
  ]) {
    it(`shows whole beside the board at ${viewport.width}×${viewport.height}`, async () => {
      const { e2e, board } = setup;
      const { page } = await e2e.user({ viewport, hasTouch: viewport.touch });
      await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Kim' });
      await showPlan(page);
      const duration = page.getByTestId('plan-input-duration').first();
      await duration.fill('halvanden time');
      await duration.press('Enter');
      const alert = page.locator('.plan-field-duration [role="alert"]');
      await alert.waitFor({ state: 'visible', timeout: 3_000 });
      expect(await alert.innerText()).toContain('eller lad feltet stå tomt.');
      const fit = await alert.evaluate((element) => {
        const panel = element.closest('.plan-tab-panel');
        const box = element.getBoundingClientRect();
        const room = panel?.getBoundingClientRect();
        return {
          overflow: panel ? panel.scrollWidth - panel.clientWidth : -1,
          past: room ? Math.round(box.right - room.right) : 1e9,
        };
      });
      expect(fit.overflow).toBe(0);
      expect(fit.past).toBeLessThanOrEqual(0);
      expect(e2e.pageErrors).toEqual([]);
    });
  }
});
