import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import {
  e2eWithBoard,
  center,
  dragFromTo,
  mustRect,
  noteIds,
  notePosition,
  planRow,
  screenshot,
  waitUntil,
} from './harness.ts';

/**
 * Issue 6 §2: two users on one board. A drags a person from the pool into
 * meeting 2; B sees the note within a second and the row in the plan table.
 * A drops the note onto the form note; the row's "how" follows for both.
 */
describe('two users on one board', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('a pool drag by A shows up for B, and attaching to a form changes "how" for both', async () => {
    const { e2e, board } = setup;
    const { a, b } = await e2e.anneAndBent(board);
    const before = new Set(await noteIds(a.page));

    // A: from the pool entry to an empty spot of meeting 2's lane, below the form note.
    const entry = await mustRect(a.page, 'pool', 'anna');
    const lane = await mustRect(a.page, 'lane', 'm2');
    const form = await mustRect(a.page, 'note', 'f2');
    const target = { x: lane.x + lane.width / 2, y: form.y + form.height + 160 };
    await dragFromTo(a.page, center(entry), target, 25);
    const dropped = Date.now();

    // B sees it within a second of the drop (the clock starts at the mouse release).
    const created = await waitUntil(
      async () => (await noteIds(b.page)).find((id) => !before.has(id)),
      'B has the new note',
      1_000,
      20,
    );
    expect(Date.now() - dropped).toBeLessThan(1_000);
    expect(await noteIds(a.page)).toContain(created);
    expect(await notePosition(a.page, created)).toMatchObject({ lane: 'm2' });
    expect(await notePosition(b.page, created)).toMatchObject({ lane: 'm2' });
    const rowB = await waitUntil(() => planRow(b.page, created), 'B plan row', 2_000);
    expect(rowB.participant).toContain('Anna Andersen');
    expect(
      await b.page.getByTestId('plan-meeting-m2').getByTestId(`plan-row-${created}`).count(),
    ).toBe(1);
    expect(rowB.form).toBe('');

    // A: drop the note onto the form note → attached; "how" becomes the form for both.
    const note = await mustRect(a.page, 'note', created);
    const formNow = await mustRect(a.page, 'note', 'f2');
    await dragFromTo(a.page, center(note), center(formNow), 25);
    for (const page of [a.page, b.page]) {
      await waitUntil(
        async () => (await planRow(page, created))?.form === 'Workshop m. borgere',
        'row "how" is the form',
        3_000,
      );
    }
    // Stacked under the form, not on top of it.
    const attached = await mustRect(b.page, 'note', created);
    const formB = await mustRect(b.page, 'note', 'f2');
    expect(attached.y).toBeGreaterThanOrEqual(formB.y + formB.height - 1);

    await screenshot(a.page, '2-two-users-A');
    await screenshot(b.page, '2-two-users-B');
    expect(e2e.pageErrors).toEqual([]);
  });
});
