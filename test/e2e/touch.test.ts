import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { headerButtonRect } from '../../client/canvas/boardGeometry.ts';
import {
  e2eWithBoard,
  center,
  fetchBoard,
  dragFromTo,
  fitBoard,
  mustRect,
  noteIds,
  notePosition,
  openBoard,
  showPlan,
  sleep,
  waitUntil,
  type Point,
  type Rect,
} from './harness.ts';
import { fingerTaps, gesture, touch } from './touchInput.ts';

async function mustBox(box: Promise<Rect | null> | Rect | null): Promise<Rect> {
  const found = await box;
  if (!found) throw new Error('not on screen');
  return found;
}

const camera = (page: Page) =>
  page.evaluate(() => window.__netvaerkstavle?.camera() ?? { x: 0, y: 0, zoom: 0 });

/** Issue 4: the board works with touch (tablets, interactive whiteboards). */
describe('touch on the board', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  // First: the next test moves n1.
  it('a double tap on a post-it opens its editor with the cursor in the contribution', async () => {
    const { e2e, board } = setup;
    const { page, context } = await e2e.user({ hasTouch: true });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Tavle' });
    const cdp = await context.newCDPSession(page);
    const { tap, doubleTap } = fingerTaps(cdp);
    const tapButton = async (testId: string) =>
      tap(center(await mustBox(page.getByTestId(testId).boundingBox())));
    // One tap shows what a mouse user reads in the tooltip: the post-it's check.
    await tap(center(await mustRect(page, 'note', 'n1')));
    const hint = page.getByTestId('board-tap-hint');
    await hint.waitFor({ state: 'visible', timeout: 3_000 });
    expect(await hint.innerText()).toContain('er ikke knyttet til en inddragelsesform');
    await sleep(500); // past the double-tap window

    await doubleTap(center(await mustRect(page, 'note', 'n1')));
    await hint.waitFor({ state: 'hidden', timeout: 3_000 });
    const editor = page.getByRole('dialog', { name: 'Rediger post-it' });
    await editor.waitFor({ state: 'visible', timeout: 3_000 });
    // The focus must survive what the browser does after a tap (its compatibility mouse events).
    await sleep(300);
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      return {
        inEditor: active?.closest('[role="dialog"]') !== null,
        first: active?.hasAttribute('data-editor-first') ?? false,
      };
    });
    expect(focused).toEqual({ inEditor: true, first: true });
    // No keyboard hints on a touch screen.
    const keysHint = editor.getByText('Enter gemmer');
    expect(await keysHint.count()).toBe(1);
    expect(await keysHint.isVisible()).toBe(false);

    // Without a keyboard: the editor's own buttons cancel, and delete.
    await tapButton('editor-cancel');
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });
    await doubleTap(center(await mustRect(page, 'note', 'f2')));
    await editor.waitFor({ state: 'visible', timeout: 3_000 });
    await tapButton('editor-delete');
    await editor.waitFor({ state: 'hidden', timeout: 3_000 });
    await waitUntil(async () => !(await noteIds(page)).includes('f2'), 'f2 deleted');
    expect(await noteIds(page)).toContain('n1');
    expect(e2e.pageErrors).toEqual([]);
  });

  it("a long press, a pen's barrel button or a right click on the board opens no browser menu", async () => {
    const { e2e, board } = setup;
    const { page, context } = await e2e.user({ hasTouch: true });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Tavle' });
    // Whether the page kept the browser's menu ("Save image as…" for the canvas) from opening.
    await page.evaluate(() => {
      const shown: string[] = [];
      (window as unknown as { __menus: string[] }).__menus = shown;
      window.addEventListener('contextmenu', (event) => {
        const where = (event.target as HTMLElement).closest<HTMLElement>('[data-testid]');
        shown.push(`${where?.dataset['testid'] ?? 'page'}:${event.defaultPrevented}`);
      });
    });
    const menus = () => page.evaluate(() => (window as unknown as { __menus: string[] }).__menus);
    const note = center(await mustRect(page, 'note', 'n1'));
    await page.mouse.click(note.x, note.y, { button: 'right' });
    // A pen's barrel button is its right button (a whiteboard's pen, a Surface pen).
    const cdp = await context.newCDPSession(page);
    const pen = (type: 'mousePressed' | 'mouseReleased') =>
      cdp.send('Input.dispatchMouseEvent', {
        type,
        x: note.x,
        y: note.y + 40,
        button: 'right',
        buttons: type === 'mousePressed' ? 2 : 0,
        clickCount: 1,
        pointerType: 'pen',
      });
    await pen('mousePressed');
    await pen('mouseReleased');
    await waitUntil(async () => (await menus()).length === 2, 'two context menu events');
    // Text fields keep theirs (paste on a touch screen is a long press).
    const title = center(await mustBox(page.getByTestId('board-title').boundingBox()));
    await page.mouse.click(title.x, title.y, { button: 'right' });
    await waitUntil(async () => (await menus()).length === 3, 'a third context menu event');
    expect(await menus()).toEqual(['board-canvas:true', 'board-canvas:true', 'board-title:false']);
    expect(await notePosition(page, 'n1')).toMatchObject({ lane: 'm1', x: 12, y: 12 });
    expect(e2e.pageErrors).toEqual([]);
  });

  it('a pinch whose first finger lands on a post-it zooms and leaves the post-it', async () => {
    const { e2e, board } = setup;
    const { page, context } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Tavle' });
    const cdp = await context.newCDPSession(page);
    const onNote = center(await mustRect(page, 'note', 'n1'));
    const placed = await notePosition(page, 'n1');
    const before = await camera(page);
    await gesture(
      cdp,
      [onNote, { x: onNote.x + 60, y: onNote.y + 40 }],
      [
        { x: onNote.x - 30, y: onNote.y - 20 },
        { x: onNote.x + 120, y: onNote.y + 80 },
      ],
    );
    expect((await camera(page)).zoom).toBeGreaterThan(before.zoom * 1.3);
    await sleep(200);
    expect(await notePosition(page, 'n1')).toEqual(placed);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('pinches to zoom, pans with two fingers and drags a post-it with one', async () => {
    const { e2e, board } = setup;
    const { page, context } = await e2e.user();
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Tavle' });
    const cdp = await context.newCDPSession(page);
    const area = await mustRect(page, 'lane', 'm1');
    const mid = center(area);

    // Two fingers apart: zoom in around their midpoint.
    const before = await camera(page);
    await gesture(
      cdp,
      [
        { x: mid.x - 40, y: mid.y },
        { x: mid.x + 40, y: mid.y },
      ],
      [
        { x: mid.x - 100, y: mid.y },
        { x: mid.x + 100, y: mid.y },
      ],
    );
    const zoomed = await camera(page);
    expect(zoomed.zoom).toBeGreaterThan(before.zoom * 1.8);

    // Two fingers moving together: pan, same zoom.
    await gesture(
      cdp,
      [
        { x: mid.x - 60, y: mid.y },
        { x: mid.x + 60, y: mid.y },
      ],
      [
        { x: mid.x - 160, y: mid.y + 50 },
        { x: mid.x - 40, y: mid.y + 50 },
      ],
    );
    const panned = await camera(page);
    expect(panned.zoom).toBeCloseTo(zoomed.zoom, 5);
    expect(panned.x).toBeLessThan(zoomed.x - 50);

    // One finger on a post-it drags it to another meeting, written once on release.
    await page.getByTestId('fit-board').click();
    await sleep(300);
    const note = center(await mustRect(page, 'note', 'n1'));
    const target = await mustRect(page, 'lane', 'm3');
    await gesture(cdp, [note], [{ x: target.x + target.width / 2, y: note.y + 60 }], 15);
    await waitUntil(async () => (await notePosition(page, 'n1'))?.lane === 'm3', 'n1 in m3');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('a second hand on the board does not disturb a drag; a post-it let go over the plan stays put', async () => {
    const { e2e, board } = setup;
    const { page, context } = await e2e.user({ viewport: { width: 1400, height: 900 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Tavle' });
    // n5's meeting 3 and meeting 2 in view (the start view ends before meeting 3's header).
    await fitBoard(page);
    const cdp = await context.newCDPSession(page);
    const zoom = (await camera(page)).zoom;
    const from = center(await mustRect(page, 'note', 'n5'));
    const target = await mustRect(page, 'lane', 'm2');
    const to = { x: target.x + target.width / 2, y: from.y + 80 };
    const other = { x: from.x - 300, y: from.y + 250 };

    // Finger 0 drags n5 towards meeting 2; finger 1 lands and moves meanwhile.
    await touch(cdp, 'touchStart', [from]);
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      const at = {
        x: from.x + ((to.x - from.x) * i) / steps,
        y: from.y + ((to.y - from.y) * i) / steps,
      };
      const second = { x: other.x + i * 8, y: other.y - i * 6 };
      await touch(
        cdp,
        i < 3 ? 'touchMove' : i === 3 ? 'touchStart' : 'touchMove',
        i < 3 ? [at] : [at, second],
      );
      await sleep(16);
    }
    await touch(cdp, 'touchEnd', []);
    await waitUntil(async () => (await notePosition(page, 'n5'))?.lane === 'm2', 'n5 in m2');
    expect((await camera(page)).zoom).toBeCloseTo(zoom, 5);

    // The mouse drags n5 out over the plan and lets go there: nothing moves.
    await showPlan(page);
    await fitBoard(page);
    const plan = await mustBox(page.getByTestId('plan-view').boundingBox());
    const canvas = await mustBox(page.getByTestId('board-canvas').boundingBox());
    // A post-it the plan does not cover.
    let grab: { id: string; at: Point } | null = null;
    for (const id of await noteIds(page)) {
      const at = center(await mustRect(page, 'note', id));
      if (at.x > canvas.x + 20 && at.x < canvas.x + canvas.width - 20 && at.y > canvas.y + 20) {
        grab = { id, at };
        break;
      }
    }
    if (!grab) throw new Error('no post-it in view beside the plan');
    const before = await notePosition(page, grab.id);
    await dragFromTo(page, grab.at, center(plan));
    await sleep(300);
    expect(await notePosition(page, grab.id)).toEqual(before);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('on a narrow upright screen, where the plan lies under the board, a post-it let go over it stays put', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ viewport: { width: 800, height: 1000 } });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Tavle' });
    await fitBoard(page);
    await showPlan(page);
    const plan = await mustBox(page.getByTestId('plan-view').boundingBox());
    // A post-it above the plan.
    let grab: { id: string; at: Point } | null = null;
    for (const id of await noteIds(page)) {
      const at = center(await mustRect(page, 'note', id));
      const free = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS',
        at,
      );
      if (free && at.y < plan.y - 10) {
        grab = { id, at };
        break;
      }
    }
    if (!grab) throw new Error('no post-it beside the plan');
    const before = await notePosition(page, grab.id);
    await dragFromTo(page, grab.at, { x: grab.at.x, y: plan.y + 60 });
    await sleep(300);
    expect(await notePosition(page, grab.id)).toEqual(before);
    expect(e2e.pageErrors).toEqual([]);
  });

  it("a finger's tap just under a meeting header's + Kerne, outside the drawn button, presses it; a mouse's does not", async () => {
    const { e2e, board } = setup;
    // A laptop-sized touch screen: the board opens at about 80 %, the buttons drawn ~29 px.
    const viewport = { width: 1280, height: 800 };
    const { page, context } = await e2e.user({ viewport, hasTouch: true });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Tavle' });
    const cdp = await context.newCDPSession(page);
    const jensIn = async () =>
      (await fetchBoard(e2e.url, board.id)).notes
        .filter((n) => n.kind === 'participant' && n.person === 'jens')
        .map((n) => n.lane);
    const before = await jensIn();
    // A meeting in view without the core participant.
    let target: { id: string; rect: Rect } | null = null;
    for (const id of ['m1', 'm2', 'm3', 'm4', 'm5']) {
      const rect = await mustRect(page, 'lane', id);
      if (!before.includes(id) && rect.x >= 0 && rect.x + rect.width <= viewport.width) {
        target = { id, rect };
        break;
      }
    }
    if (!target) throw new Error('no meeting in view without Jens');
    const { zoom } = await camera(page);
    const button = headerButtonRect('addCore');
    // Under the drawn button, within a finger's 44 px round its centre.
    const below = Math.min(8, (44 / zoom - button.height) / 2 - 2);
    expect(below * zoom).toBeGreaterThan(2);
    const at = {
      x: target.rect.x + (button.x + button.width / 2) * zoom,
      y: target.rect.y + (button.y + button.height + below) * zoom,
    };
    await page.mouse.click(at.x, at.y);
    await sleep(500);
    expect(await jensIn()).toEqual(before);
    await touch(cdp, 'touchStart', [at]);
    await touch(cdp, 'touchEnd', []);
    await waitUntil(async () => (await jensIn()).includes(target.id), 'Jens in the meeting');
    expect(e2e.pageErrors).toEqual([]);
  });
});
