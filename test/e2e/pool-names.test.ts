import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/schema.ts';
import { createTemplateBoard } from '../../shared/template.ts';
import { e2eWithBoard, openBoard, screenshot } from './harness.ts';

const person = (id: string, name: string, affiliation: string, core: boolean): Person => ({
  id,
  name,
  affiliation,
  category: 'professional',
  core,
});

/**
 * A core participant's name shares its line with the "Kerne" badge only when
 * both fit: on a laptop two core participants cut off after a few letters
 * ("Anne Han…", "Peter Mat…") could not be told apart.
 */
describe('participant pool names', () => {
  const setup = e2eWithBoard(() => ({
    ...createTemplateBoard({ title: 'Navne', start: '2027-01-11' }),
    people: [
      person('anne', 'Anne Hansen', 'Ungdomsskolen', true),
      person('peter', 'Peter Mathiesen', 'SSP', true),
      person('ib', 'Ib', 'ØS', true),
      person('lise', 'Lise Lund', 'Jobcentret', false),
    ],
  }));

  it('shows core participants’ whole names at 1366×768, the badge below a long one', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    const shown = (id: string) =>
      page
        .getByTestId(`pool-entry-${id}`)
        .locator('.panel-entry-name')
        .evaluate((name) => ({
          whole: name.scrollWidth <= name.clientWidth,
          text: name.textContent,
        }));
    for (const id of ['anne', 'peter', 'ib', 'lise']) {
      expect(await shown(id), id).toMatchObject({ whole: true });
    }
    // A short name keeps its badge beside it.
    const ib = page.getByTestId('pool-entry-ib');
    const nameBox = await ib.locator('.panel-entry-name').boundingBox();
    const badgeBox = await ib.locator('.pool-core').boundingBox();
    expect(Math.abs((badgeBox?.y ?? 0) - (nameBox?.y ?? 100))).toBeLessThan(8);
    await screenshot(page, 'pool-names');
  });
});
