import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, screenshot, showPlan } from './harness.ts';
import { lineEnds } from './lineEnds.ts';

/**
 * The plan's participant column breaks names between words: at 1366 px beside
 * both side panels "Socialforvaltninge|n" and "Netværkskoordina|tor" were cut
 * in the middle, the column (28 % of the plan) being narrower than the word.
 * The column now takes the plan's longest word, up to 38 % of the plan. A long
 * word carries soft hyphens at its syllables (shared/hyphenate.ts), as in the
 * overview: a word wider than the column breaks at a syllable with its hyphen
 * (it was cut anywhere, without one), and nothing sticks out sideways.
 */

/** One word, wider than 38 % of the plan beside the board. */
const TOO_LONG = 'Beskæftigelsesforvaltningensintegrationssekretariat';

function longNames() {
  const board = scenarioBoard();
  board.people = board.people.map((person) =>
    person.id === 'jens'
      ? { ...person, name: 'Netværkskoordinator Jens', affiliation: 'Socialforvaltningen' }
      : person.id === 'anna'
        ? { ...person, affiliation: TOO_LONG }
        : person,
  );
  board.notes.push({
    id: 'n-anna',
    kind: 'participant',
    lane: 'm4',
    x: 12,
    y: 12,
    person: 'anna',
    contribution: '',
    role: '',
    form: null,
  });
  return board;
}

const PARTICIPANTS = '[data-testid="plan-cell-participant"]';

/** Each line end in the participant cells: after a space, a hyphen or a soft hyphen, nowhere else. */
async function expectBreaksBetweenWordsOrSyllables(page: Page): Promise<string[]> {
  const ends = await lineEnds(page, PARTICIPANTS);
  for (const end of ends) expect(end).toMatch(/[\s\-\u00ad]/);
  return ends;
}

/** The participant cells' text as copying takes it: without the soft hyphens' spans. */
function copiedNames(page: Page): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((cell) => {
        const copy = cell.cloneNode(true) as Element;
        for (const hyphen of copy.querySelectorAll('.soft-hyphen')) hyphen.remove();
        return copy.textContent ?? '';
      }),
    PARTICIPANTS,
  );
}

describe('plan participant names', () => {
  const setup = e2eWithBoard(longNames);

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`break between words, or at a syllable with its hyphen, at ${viewport.width} px beside both side panels`, async () => {
      const { e2e, board } = setup;
      const { page } = await e2e.user({ viewport });
      await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
      await showPlan(page);
      await page.getByTestId('pool-panel').waitFor({ state: 'visible' });
      await page.getByTestId('plan-row-n-anna').scrollIntoViewIfNeeded();
      await screenshot(page, `plan-names-whole-${viewport.width}`);
      // The word wider than the column breaks at a syllable, with its hyphen.
      const ends = await expectBreaksBetweenWordsOrSyllables(page);
      expect(ends.some((end) => end.endsWith('\u00ad'))).toBe(true);
      expect(await copiedNames(page)).toContain(`Anna Andersen, ${TOO_LONG}`);
      const layout = await page.evaluate(() => {
        const panel = document.querySelector('.plan-tab-panel');
        const how = document.querySelector('[data-testid="plan-row-n1"] select');
        return {
          overflow: panel ? panel.scrollWidth - panel.clientWidth : -1,
          form: how?.getBoundingClientRect().width ?? 0,
        };
      });
      expect(layout.overflow).toBe(0);
      expect(layout.form).toBeGreaterThanOrEqual(120);
      expect(e2e.pageErrors).toEqual([]);
    });
  }
});

/** More rows than a plan renders at once (WINDOW_ABOVE_ROWS, 150): the last meeting holds 160 more. */
function longNamesWindowed() {
  const board = longNames();
  for (let i = 0; i < 160; i++) {
    board.notes.push({
      id: `n-more-${i}`,
      kind: 'participant',
      lane: 'm5',
      x: 12 + (i % 8) * 30,
      y: 12 + Math.floor(i / 8) * 30,
      person: 'helle',
      contribution: '',
      role: '',
      form: null,
    });
  }
  return board;
}

describe('plan participant names in a plan that renders only the rows near its view', () => {
  const setup = e2eWithBoard(longNamesWindowed);

  // Its first commit has no row yet: the column took the longest word only after the first change.
  it('break between words or at syllables from the start, before any change', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await showPlan(page);
    await page.getByTestId('pool-panel').waitFor({ state: 'visible' });
    await page.getByTestId('plan-row-n1').waitFor({ state: 'visible' });
    expect(await page.locator('.plan-window-gap').count()).toBeGreaterThan(0);
    await expectBreaksBetweenWordsOrSyllables(page);
    // Not vacuous: the words cut before are on screen.
    const names = await copiedNames(page);
    expect(names.some((name) => name.includes('Socialforvaltningen'))).toBe(true);
    expect(e2e.pageErrors).toEqual([]);
  });
});
