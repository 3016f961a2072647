import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { RESULTS_DIR, createBoard, download, e2eWithBoard, openBoard } from './harness.ts';

/**
 * The PNG's board title wraps: a long one was cut with an ellipsis at the image's edge. The
 * band above the board grows by a line (40 px, 80 at the PNG's 2×) for each line more.
 */
const LONG =
  'Netværk om ensomhed blandt unge i overgangen fra grundskole til ungdomsuddannelse og job, med ' +
  'kommunens ungdomsskole, sundhedsplejen, SSP, foreningerne og de unge selv, Aarhus Kommune 2027';

describe('the PNG download', () => {
  const setup = e2eWithBoard(() => scenarioBoard(LONG));

  it('wraps a long board title, the band growing by its lines', async () => {
    const { e2e, board } = setup;
    const short = await createBoard(e2e.url, scenarioBoard());
    const { page } = await e2e.user();
    const heightOf = async (url: string) => {
      await openBoard(page, `${e2e.url}${url}`, { name: 'Anne' });
      const png = await download(page, 'download-png');
      // To look at: test-results/png-title-long.png and -short.png.
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(
        join(RESULTS_DIR, `png-title-${url === board.editUrl ? 'long' : 'short'}.png`),
        png.bytes,
      );
      return { width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) };
    };
    const one = await heightOf(short.editUrl);
    const long = await heightOf(board.editUrl);
    expect(long.width).toBe(one.width);
    const more = long.height - one.height;
    expect(more).toBeGreaterThanOrEqual(80);
    expect(more % 80).toBe(0);
    expect(e2e.pageErrors).toEqual([]);
  });
});
