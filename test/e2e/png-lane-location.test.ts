import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../client/canvas/boardGeometry.ts';
import { INK, INK_MUTED } from '../../client/canvas/colors.ts';
import { laneX, type Rect } from '../../shared/layout.ts';
import type { Board } from '../../shared/schema.ts';
import { pngPixelsNear, type Rgb } from './canvasPixels.ts';
import { scenarioBoard } from './fixtures.ts';
import { framesBeforeTasks } from './browserHelpers.ts';
import { RESULTS_DIR, download, e2eWithBoard, openBoard } from './harness.ts';

/**
 * A lane header's long location in the PNG: the date line ran out at the lane's edge with an
 * ellipsis ("… · Borgerservicecentret i Sun…"). In the picture the minutes move to the title's
 * row (the picture has no buttons there) and the location wraps on the lines below the date,
 * which start below the sub-theme's lines.
 */
const LOCATION =
  'Borgerservicecentret i Sundhedshusets østfløj, mødelokale 3 på første sal, indgang fra Østergade';

function longLocations(): Board {
  const board = scenarioBoard();
  return { ...board, meetings: board.meetings.map((m) => ({ ...m, location: LOCATION })) };
}

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

describe("the PNG's lane headers", () => {
  const setup = e2eWithBoard(longLocations);

  it('wrap a long location below the date instead of cutting it, the minutes beside the title', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    // As on a busy machine (the CI run that failed): frames come before the render's task.
    await framesBeforeTasks(page);
    const png = await download(page, 'download-png');
    // To look at: test-results/png-lane-location.png.
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, 'png-lane-location.png'), png.bytes);
    const { bounds } = computeLayout(longLocations());
    const scale = png.bytes.readUInt32BE(16) / (bounds.width + 64);
    // The PNG's 32 px of padding, and its band of one title line (40) and the room below (24).
    const left = 32 - bounds.x + laneX(0);
    const top = 32 + 64 - bounds.y;
    /** Pixels of a text colour in a box of the first lane's header. */
    const textIn = async (colour: string, box: Rect) =>
      (
        await pngPixelsNear(page, png.bytes, rgb(colour), {
          columns: {
            left: Math.round((left + box.x) * scale),
            count: Math.round(box.width * scale),
          },
          rows: { top: Math.round((top + box.y) * scale), count: Math.round(box.height * scale) },
        })
      ).count;
    // The location's second line (y 105–119, right half): the old header had nothing there.
    expect(await textIn(INK_MUTED, { x: 200, y: 106, width: 120, height: 12 })).toBeGreaterThan(40);
    // The minutes at the title row's right end ("0 / 150 min.").
    expect(await textIn(INK, { x: 290, y: 14, width: 80, height: 20 })).toBeGreaterThan(40);
    // Nothing below the header's lines: the location fitted above the lane's content.
    expect(await textIn(INK_MUTED, { x: 14, y: 141, width: 350, height: 4 })).toBe(0);
    expect(e2e.pageErrors).toEqual([]);
  });
});
