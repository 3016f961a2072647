import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { headerButtonRect } from '../../client/canvas/boardGeometry.ts';
import {
  e2eWithBoard,
  center,
  download,
  dragFromTo,
  fetchBoard,
  mustRect,
  notePosition,
  openBoard,
  planRow,
  screenshot,
  sleep,
  showPlan,
  fitBoard,
} from './harness.ts';

/** Issue 6 §4: the read-only link shows the board; nothing can be changed; downloads work. */
describe('the read-only link', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('allows no editing (drag, double-click, keyboard, table) but downloads', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.viewUrl}`, { name: 'Gæst' });
    await showPlan(page);
    await fitBoard(page);
    const before = await fetchBoard(e2e.url, board.id);

    await page.getByTestId('readonly-badge').waitFor({ state: 'visible', timeout: 3_000 });
    expect((await page.getByTestId('readonly-badge').innerText()).toLowerCase()).toContain(
      'kun visning',
    );
    // The board's name for a screen reader offers no moving or editing keys either.
    const boardName = (await page.getByTestId('board-canvas').getAttribute('aria-label')) ?? '';
    expect(boardName).toContain('kun visning');
    expect(boardName).not.toContain('Alt');

    // No editing affordances in the panels, the toolbar or the table.
    for (const id of [
      'pool-add',
      'palette-add',
      'person-edit-jens',
      'person-delete-jens',
      'undo',
      'redo',
    ])
      expect(await page.getByTestId(id).count(), id).toBe(0);
    const fields = page
      .getByTestId('plan-view')
      .locator('input, select, textarea, [contenteditable="true"]');
    expect(await fields.count()).toBe(0);
    const row = await planRow(page, 'n1');
    expect(row).toMatchObject({ contribution: 'Oplæg om ensomhed', editable: false });

    // Drag a note to another lane: it stays.
    const note = await mustRect(page, 'note', 'n1');
    const lane3 = await mustRect(page, 'lane', 'm2');
    const startPos = await notePosition(page, 'n1');
    await dragFromTo(page, center(note), { x: lane3.x + lane3.width / 2, y: note.y + 200 }, 15);
    await sleep(300);
    expect(await notePosition(page, 'n1')).toEqual(startPos);

    // A drag from the pool creates nothing (if the pool is shown at all).
    const entry = await page.evaluate(() => window.__netvaerkstavle?.poolEntryRect('anna') ?? null);
    if (entry) {
      const lane = await mustRect(page, 'lane', 'm4');
      await dragFromTo(page, center(entry), center(lane), 15);
    }

    // Double-click: no editor; keyboard: Delete, Ctrl+D, Enter, Alt+arrows change nothing.
    const noteNow = center(await mustRect(page, 'note', 'n1'));
    await page.mouse.dblclick(noteNow.x, noteNow.y);
    await sleep(300);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.mouse.click(noteNow.x, noteNow.y);
    for (const key of [
      'Delete',
      'Backspace',
      'Control+d',
      'Enter',
      'Control+z',
      'Alt+ArrowRight',
      'Alt+ArrowLeft',
    ])
      await page.keyboard.press(key);
    // The arrows still go from post-it to post-it.
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.__netvaerkstavle?.selection())).toEqual(['f2']);
    // Double-click on an empty spot of a lane would create an idea note when editable.
    const empty = await mustRect(page, 'lane', 'm4');
    await page.mouse.dblclick(empty.x + empty.width / 2, empty.y + empty.height - 40);
    await sleep(500);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Where an editable lane's header has its ×: no question to delete, nothing deleted.
    const lane = await mustRect(page, 'lane', 'm1');
    const zoom = await page.evaluate(() => window.__netvaerkstavle?.camera().zoom ?? 0);
    const cross = headerButtonRect('delete');
    await page.mouse.click(
      lane.x + (cross.x + cross.width / 2) * zoom,
      lane.y + (cross.y + cross.height / 2) * zoom,
    );
    await sleep(500);
    expect(await page.getByTestId('confirm-dialog').count()).toBe(0);

    const after = await fetchBoard(e2e.url, board.id);
    expect(after).toEqual(before);
    expect(await page.evaluate(() => window.__netvaerkstavle?.noteIds().length)).toBe(
      before.notes.length,
    );

    // Downloads still work.
    const csv = await download(page, 'download-csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.bytes.toString('utf8')).toContain('Jens Jensen');
    const json = await download(page, 'download-json');
    expect(JSON.parse(json.bytes.toString('utf8').replace(/^\uFEFF/, ''))).toMatchObject({
      format: 'netvaerkstavle/board',
    });

    await screenshot(page, '4-read-only');
    expect(e2e.pageErrors).toEqual([]);
  });
});
