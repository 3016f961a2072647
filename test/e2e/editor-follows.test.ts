import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openEditorOn, planRow, screenshot, waitUntil } from './harness.ts';

/**
 * An open post-it editor in a live workshop: B's changes show in the fields A
 * has not typed in, A's typing is never overwritten, a field both changed
 * says so under it, and A's save writes only what A typed.
 */
describe('an open editor follows the others', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  /** B changes a field of n1's row in the plan table. */
  const bChanges = async (page: Page, field: 'role' | 'contribution', value: string) => {
    const input = page.getByTestId('plan-row-n1').getByTestId(`plan-input-${field}`);
    await input.fill(value);
    await input.press('Enter');
  };

  it("shows B's change in a field A has not typed in, keeps A's typing, and saves both", async () => {
    const { e2e, board } = setup;
    const { a, b } = await e2e.anneAndBent(board);
    const editor = await openEditorOn(a.page, 'n1');
    const contribution = editor.getByLabel('Hvad skal personen bidrage med?');
    const role = editor.getByLabel('Rolle', { exact: true });
    expect(await role.inputValue()).toBe('facilitator');

    // A types in what the person contributes (the field the editor opens in).
    await contribution.fill('Viden om SFO');
    // B changes the role meanwhile: A's open editor shows it.
    await bChanges(b.page, 'role', 'ordstyrer');
    await expect.poll(() => role.inputValue(), { timeout: 3_000 }).toBe('ordstyrer');
    expect(await contribution.inputValue()).toBe('Viden om SFO');

    // B changes the contribution too: A's text stays, and a hint under it says what B wrote.
    await bChanges(b.page, 'contribution', 'Fortæller om projektet');
    const hint = editor.locator('.changed-by-other');
    await hint.waitFor({ state: 'visible', timeout: 3_000 });
    expect(await hint.innerText()).toBe('Ændret af en anden: „Fortæller om projektet“');
    expect(await contribution.inputValue()).toBe('Viden om SFO');
    // A goes on typing where the caret was.
    expect(await contribution.evaluate((el) => el === document.activeElement)).toBe(true);
    await a.page.keyboard.type(' og skolen');
    expect(await contribution.inputValue()).toBe('Viden om SFO og skolen');
    await screenshot(a.page, 'editor-follows-A');

    await a.page.keyboard.press('Enter');
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });
    const both = { contribution: 'Viden om SFO og skolen', role: 'ordstyrer' };
    for (const [page, who] of [
      [a.page, 'A'],
      [b.page, 'B'],
    ] as const) {
      await waitUntil(
        async () => {
          const row = await planRow(page, 'n1');
          return row?.contribution === both.contribution && row.role === both.role;
        },
        `${who}: A's contribution and B's role`,
        3_000,
      );
    }
    expect(e2e.pageErrors).toEqual([]);
  });
});
