import { describe, expect, it } from 'vitest';
import { generatedBoard } from '../helpers/boards.ts';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, openBoard, screenshot, showPlan } from './harness.ts';
import { lineEnds } from './lineEnds.ts';

/**
 * The plan's Overblik tab: loaded when first opened, and at 1366 px with
 * twelve meetings wider than the plan, so it scrolls sideways. The people's
 * names stay in view while it does (they scrolled away with the meetings).
 */
describe('the plan overview', () => {
  const setup = e2eWithBoard(() => generatedBoard({ notes: 60, people: 12, meetings: 12 }));

  it('opens on first use and keeps the names in view while the meetings scroll sideways', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await showPlan(page);
    await page.getByTestId('plan-tab-overview').click();
    const overview = page.getByTestId('plan-overview');
    await overview.waitFor({ state: 'visible', timeout: 10_000 });

    const place = () =>
      page.evaluate(() => {
        const panel = document.querySelector('.plan-tab-panel');
        const name = document.querySelector('.plan-overview-table tbody th');
        if (!panel || !name) throw new Error('no overview');
        panel.scrollLeft = panel.scrollWidth;
        const box = panel.getBoundingClientRect();
        const cell = name.getBoundingClientRect();
        return {
          scrolled: panel.scrollLeft,
          nameLeft: Math.round(cell.left - box.left),
          nameRight: Math.round(cell.right - box.left),
          panelWidth: Math.round(box.width),
          // The cell in front where the name stands: the name, not a meeting's cell over it.
          onTop: document
            .elementFromPoint(cell.left + 4, cell.top + cell.height / 2)
            ?.closest('th')
            ?.isSameNode(name),
        };
      });
    const at = await place();
    expect(at.scrolled).toBeGreaterThan(100);
    expect(at.nameLeft).toBeGreaterThanOrEqual(0);
    expect(at.nameRight).toBeLessThanOrEqual(at.panelWidth);
    expect(at.onTop).toBe(true);
    await screenshot(page, 'plan-overview-scrolled');
    expect(e2e.pageErrors).toEqual([]);
  });
});

/**
 * A name or affiliation with a word longer than the plan is wide (an e-mail
 * address, a long compound) made the sticky name column as wide as that word:
 * at 1366 px it covered the whole plan, and the meetings scrolled under it, out
 * of reach. The word breaks; shorter words stay whole.
 */
describe('the plan overview with a long word in a name', () => {
  const email = 'marie-louise.skovgaard-christiansen@boernogunge.kommune.dk';
  const setup = e2eWithBoard(() => {
    const board = scenarioBoard();
    return {
      ...board,
      people: board.people.map((person) =>
        person.id === 'jens' ? { ...person, affiliation: email } : person,
      ),
    };
  });

  it('keeps the meetings in view beside the names', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await showPlan(page);
    await page.getByTestId('plan-tab-overview').click();
    await page.getByTestId('plan-overview').waitFor({ state: 'visible', timeout: 10_000 });
    const at = await page.evaluate(() => {
      const panel = document.querySelector('.plan-tab-panel');
      const name = document.querySelector('[data-testid="overview-person-jens"] th');
      const meeting = document.querySelector('[data-testid="overview-col-m1"]');
      if (!panel || !name || !meeting) throw new Error('no overview');
      const box = panel.getBoundingClientRect();
      return {
        panelWidth: Math.round(box.width),
        nameWidth: Math.round(name.getBoundingClientRect().width),
        meetingLeft: Math.round(meeting.getBoundingClientRect().left - box.left),
        // "Jens Jensen," keeps its words whole: the name's first line.
        firstLine: (name as HTMLElement).innerText.split('\n')[0],
      };
    });
    await screenshot(page, 'plan-overview-long-word');
    expect(at.nameWidth).toBeLessThan(at.panelWidth / 2);
    expect(at.meetingLeft).toBeLessThan(at.panelWidth - 40);
    expect(at.firstLine?.startsWith('Jens Jensen')).toBe(true);
    expect(e2e.pageErrors).toEqual([]);
  });
});

/**
 * A long compound in a name broke anywhere, without a hyphen ("Beskæftigelsesforvaltni|ngen"):
 * Chromium here has no hyphenation dictionary, so `hyphens: auto` does nothing. The long words
 * now carry soft hyphens at their syllables (shared/hyphenate.ts): a line breaks between words,
 * at a hyphen, or at a syllable with its hyphen shown.
 */
describe('the plan overview with long compounds in names', () => {
  const setup = e2eWithBoard(() => {
    const board = scenarioBoard();
    return {
      ...board,
      people: board.people.map((person) =>
        person.id === 'jens'
          ? { ...person, affiliation: 'Beskæftigelsesforvaltningens Ungdomsuddannelsesvejledning' }
          : person.id === 'helle'
            ? { ...person, name: 'Helle Sundhedsplejerskeuddannelsen-Hansen' }
            : person,
      ),
    };
  });

  it('breaks them at a syllable with a hyphen, never mid-word without one', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 1024, height: 768 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    await showPlan(page);
    await page.getByTestId('plan-tab-overview').click();
    await page.getByTestId('plan-overview').waitFor({ state: 'visible', timeout: 10_000 });
    const breaks = await lineEnds(page, '.plan-overview-table tbody th');
    await screenshot(page, 'plan-overview-long-compounds');
    // The names do break (the column is narrower than the words).
    expect(breaks.filter((end) => end.endsWith('\u00ad')).length).toBeGreaterThan(0);
    // Each break: after a space, a hyphen or a soft hyphen (shown as one), nowhere else.
    for (const end of breaks) expect(end).toMatch(/[\s\-\u00ad]/);
    expect(e2e.pageErrors).toEqual([]);
  });
});
