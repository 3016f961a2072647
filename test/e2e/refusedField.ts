import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** The page's danger colour, as computed styles give it. */
function danger(page: Page): Promise<string> {
  return page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.color = 'var(--danger)';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
}

/**
 * A side panel form's refusal of `field` (its name attribute): one message,
 * under that field and above `next`, linked to the field, which is marked
 * aria-invalid with the danger border; the form's buttons in the viewport.
 */
export async function expectRefusedField(
  page: Page,
  form: Locator,
  field: string,
  next: string,
): Promise<void> {
  const input = form.locator(`[name="${field}"]`);
  const alert = form.getByRole('alert');
  await alert.waitFor();
  expect(await alert.count()).toBe(1);
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  expect(await input.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe(
    await danger(page),
  );
  expect(await input.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
  const top = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().top);
  expect(await top(alert)).toBeGreaterThan(await top(input));
  expect(await top(alert)).toBeLessThan(await top(form.locator(`[name="${next}"]`)));
  const height = page.viewportSize()?.height ?? 0;
  for (const name of [/^(Tilføj|Gem)$/, /^(Luk|Annuller)$/]) {
    const box = await form.getByRole('button', { name }).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
  }
}
