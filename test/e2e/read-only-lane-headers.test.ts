import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioBoard } from './fixtures.ts';
import { e2eWithBoard, fitBoard, openBoard, sleep } from './harness.ts';

/** Records every text the page draws on a canvas (the lane headers are drawn with fillText). */
const RECORD_CANVAS_TEXTS = `
  window.__canvasTexts = new Set();
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
    window.__canvasTexts.add(String(text));
    return fillText.call(this, text, ...rest);
  };`;

async function drawnTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...(window as unknown as { __canvasTexts: Set<string> }).__canvasTexts,
  ]);
}

/**
 * QA: on a read-only link the headers of meetings without a sub-theme showed the italic
 * "Undertema …", an invitation to type where nothing can be typed. Only an editable board
 * shows it; read-only, an empty sub-theme shows nothing.
 */
describe('a meeting header without a sub-theme', () => {
  const setup = e2eWithBoard(() => {
    const board = scenarioBoard();
    return {
      ...board,
      meetings: board.meetings.map((m) => (m.id === 'm2' ? { ...m, subtheme: '' } : m)),
    };
  });

  it('invites a sub-theme on the edit link, and shows none on the read-only link', async () => {
    const { e2e, board } = setup;
    const shown = async (url: string) => {
      const { context, page } = await e2e.user({ viewport: { width: 1366, height: 768 } });
      await context.addInitScript(RECORD_CANVAS_TEXTS);
      await openBoard(page, `${e2e.url}${url}`, { name: 'Gæst' });
      await fitBoard(page);
      await sleep(300);
      const texts = await drawnTexts(page);
      await context.close();
      return texts;
    };
    const editing = await shown(board.editUrl);
    expect(editing).toContain('Undertema 1');
    expect(editing).toContain('Undertema …');
    const viewing = await shown(board.viewUrl);
    expect(viewing).toContain('Undertema 1');
    expect(viewing).not.toContain('Undertema …');
    expect(e2e.pageErrors).toEqual([]);
  });
});
