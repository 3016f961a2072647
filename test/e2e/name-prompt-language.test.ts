import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, sleep } from './harness.ts';

/**
 * OK on the name prompt with nothing typed: the field's `required` stopped the form, and the
 * browser said why in a bubble in its own language ("Please fill out this field." over the
 * Danish prompt of an English browser). The prompt says it itself, in the page's language, as
 * it did for a name of spaces.
 */
describe('the name prompt sent empty', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it("says what is missing in the page's language, not in the browser's", async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await page.goto(`${e2e.url}${board.editUrl}`);
    const input = page.getByTestId('name-input');
    await input.waitFor({ timeout: 10_000 });
    await page.getByTestId('name-submit').click();
    const message = page.getByTestId('name-blank');
    await message.waitFor({ timeout: 3_000 });
    expect(await message.textContent()).toBe('Skriv et navn, ikke kun mellemrum.');
    // No bubble of the browser's: the field is not held invalid by the browser's own check.
    expect(await input.evaluate((field) => (field as HTMLInputElement).form?.noValidate)).toBe(
      true,
    );
    await sleep(100);
    expect(await input.isVisible()).toBe(true);
    expect(e2e.pageErrors).toEqual([]);
  });
});
