import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/schema.ts';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, mustRect, openBoard, waitUntil } from './harness.ts';

/**
 * A lane header on screen cuts a long place with an ellipsis ("… · Borgerservicecentret i
 * Sun…"), and the place could be read whole only in the lane's editor. The header's tooltip
 * gives its date line whole, place and all; a lane without a place has no such line. A
 * sub-theme past the header's two lines is cut as well: the tooltip gives it whole, first.
 */
const LOCATION =
  'Borgerservicecentret i Sundhedshusets østfløj, mødelokale 3 på første sal, indgang fra Østergade';

/** Past the header's two lines: the header ends it with an ellipsis. */
const SUBTHEME =
  'Hvordan bruger vi borgernes egne erfaringer, når vi planlægger indsatser sammen med ' +
  'jobcentret, sundhedsplejen og de frivillige foreninger?';

function longFirstLocation(): Board {
  const board = scenarioBoard();
  const [first, second, ...rest] = board.meetings;
  if (!first || !second) throw new Error('no meetings');
  const meetings = [
    { ...first, location: LOCATION },
    { ...second, location: '', subtheme: SUBTHEME },
    ...rest,
  ];
  return { ...board, meetings };
}

describe("a lane header's tooltip", () => {
  const setup = e2eWithBoard(longFirstLocation);

  for (const link of ['edit', 'read-only'] as const) {
    it(`gives the date line whole, a long place and all, on the ${link} link`, async () => {
      const { e2e, board } = setup;
      const { page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
      const url = link === 'edit' ? board.editUrl : board.viewUrl;
      await openBoard(page, `${e2e.url}${url}`, { name: 'Anne' });
      const canvas = page.getByTestId('board-canvas');
      const tooltip = async () => (await canvas.getAttribute('title')) ?? '';
      const hoverHeader = async (id: string) => {
        const lane = await mustRect(page, 'lane', id);
        await page.mouse.move(lane.x + 20, lane.y + 30);
      };
      await hoverHeader('m1');
      await waitUntil(async () => (await tooltip()).includes(LOCATION), 'the place in the tooltip');
      expect((await tooltip()).split('\n')[0]).toBe(
        `12. januar 2027 · kl. 9.00 · 150 min. · ${LOCATION}`,
      );
      // The next meeting has no place: its header shows its date line whole. Its sub-theme is
      // cut short there: the tooltip gives it whole, and nothing else.
      await hoverHeader('m2');
      await waitUntil(async () => !(await tooltip()).includes(LOCATION), 'the next tooltip');
      expect(await tooltip()).toBe(SUBTHEME);
      expect(e2e.pageErrors).toEqual([]);
    });
  }
});
