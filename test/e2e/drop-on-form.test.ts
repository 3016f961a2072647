import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/schema.ts';
import { scenarioBoard } from './fixtures.ts';
import {
  center,
  dragFromTo,
  e2eWithBoard,
  mustRect,
  noteIds,
  notePosition,
  screenshot,
  waitUntil,
  type Rect,
} from './harness.ts';

/**
 * Issue 4: "Drop a participant onto a form note to attach it: it stacks under
 * that form". The walkthrough's case: an unattached participant right under
 * the form, then two participants dropped onto the form one after the other.
 * Each lands in the form's stack, and the unattached note moves down below
 * them, for both users.
 */

const participant = (id: string, person: string, lane: string, x: number, y: number) => ({
  id,
  kind: 'participant' as const,
  lane,
  x,
  y,
  person,
  contribution: '',
  role: '',
  form: null,
});

function boardWithLooseNote(): Board {
  const board = scenarioBoard();
  return {
    ...board,
    notes: [
      ...board.notes,
      // Meeting 2's form "Workshop m. borgere" (f2) stands at 12, 12; Anna right under it, loose.
      participant('loose', 'anna', 'm2', 12, 134),
      participant('first', 'helle', 'm2', 204, 256),
      participant('second', 'jens', 'm1', 12, 256),
    ],
  };
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function dropOnForm(page: Page, id: string): Promise<void> {
  const note = await mustRect(page, 'note', id);
  const form = await mustRect(page, 'note', 'f2');
  await dragFromTo(page, center(note), center(form), 25);
}

describe('participants dropped onto a form', () => {
  const setup = e2eWithBoard(boardWithLooseNote);

  it('stack under it one after the other, the loose note moving down below them', async () => {
    const { e2e, board } = setup;
    const { a, b } = await e2e.anneAndBent(board);
    const where = (page: Page, id: string) => notePosition(page, id);

    await dropOnForm(a.page, 'first');
    await waitUntil(
      async () => (await where(a.page, 'first'))?.y === 134,
      'the first participant right under the form',
      3_000,
    );
    await dropOnForm(a.page, 'second');
    for (const page of [a.page, b.page]) {
      await waitUntil(
        async () => (await where(page, 'second'))?.y === 256,
        'the second participant under the first',
        3_000,
      );
      expect(await where(page, 'f2')).toEqual({ lane: 'm2', x: 12, y: 12 });
      expect(await where(page, 'first')).toEqual({ lane: 'm2', x: 12, y: 134 });
      expect(await where(page, 'second')).toEqual({ lane: 'm2', x: 12, y: 256 });
      expect(await where(page, 'loose')).toEqual({ lane: 'm2', x: 12, y: 378 });
    }

    // On screen: the form, then its two participants, each below the one before; no post-its overlap.
    const rects = new Map<string, Rect>();
    for (const id of await noteIds(a.page)) rects.set(id, await mustRect(a.page, 'note', id));
    const column = ['f2', 'first', 'second', 'loose'].map((id) => rects.get(id) as Rect);
    for (let i = 1; i < column.length; i++) {
      const [above, below] = [column[i - 1] as Rect, column[i] as Rect];
      expect(below.y).toBeGreaterThan(above.y + above.height);
      expect(Math.abs(below.x - above.x)).toBeLessThan(1);
    }
    const all = [...rects.entries()];
    for (const [i, [id, rect]] of all.entries()) {
      for (const [other, otherRect] of all.slice(i + 1)) {
        expect(overlaps(rect, otherRect), `${id} overlaps ${other}`).toBe(false);
      }
    }
    await screenshot(a.page, 'drop-on-form-stacked');
    expect(e2e.pageErrors).toEqual([]);
  });
});
