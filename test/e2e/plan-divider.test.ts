import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import {
  center,
  e2eWithBoard,
  mustRect,
  noteIds,
  openBoard,
  screenshot,
  showPlan,
  sleep,
  waitReady,
  waitUntil,
  type Point,
  type Rect,
} from './harness.ts';

/**
 * Issue 4: the plan beside the board had a fixed width (under it on an upright
 * tablet, a fixed 42 %); at 1366×768 with the side panels and the plan open,
 * meeting 2's header was cut. The divider between them gives either more room.
 */

const ctx = e2eWithBoard(() => scenarioBoard());

/**
 * Counts React commits (the page's and the canvas's renderer) through the
 * hook React DevTools would use: a divider drag should commit nothing per frame.
 */
const COUNT_COMMITS = `
  window.__commits = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, isDisabled: false, renderers: new Map(),
    inject() { return 1; }, checkDCE() {},
    onCommitFiberRoot() { window.__commits++; }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
  };`;
const commits = (page: Page) =>
  page.evaluate(() => (window as unknown as { __commits: number }).__commits);

async function boardAt(viewport: { width: number; height: number }, hasTouch = false) {
  const user = await ctx.e2e.user({ viewport, hasTouch });
  await user.context.addInitScript(COUNT_COMMITS);
  await openBoard(user.page, `${ctx.e2e.url}${ctx.board.editUrl}`);
  await showPlan(user.page);
  await settle(user.page);
  return user;
}

/** The canvas takes its size in the frame after the layout changed (a ResizeObserver). */
const settle = (page: Page) => page.waitForTimeout(300);

/** The divider's input loads at the first hover, focus or touch: slowly here, as on a slow network. */
const slowDividerInput = (context: BrowserContext) =>
  context.route(/planDividerInput-[\w-]+\.js$/, async (route) => {
    await sleep(800);
    await route.continue();
  });

async function box(page: Page, selector: string): Promise<Rect> {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} has no box`);
  return found;
}

/** The middle of a post-it well inside the board's canvas. */
async function noteInView(page: Page, canvas: Rect): Promise<Point> {
  for (const id of await noteIds(page)) {
    const at = center(await mustRect(page, 'note', id));
    const across = at.x > canvas.x + 20 && at.x < canvas.x + canvas.width - 20;
    if (across && at.y > canvas.y + 20 && at.y < canvas.y + canvas.height - 20) return at;
  }
  throw new Error('no post-it in view');
}

/** ← on the divider: the plan one step wider. */
async function stepWider(page: Page, before: { plan: Rect }) {
  await page.getByTestId('plan-divider').focus();
  await page.keyboard.press('ArrowLeft');
  await waitUntil(
    async () => (await box(page, '.plan-area')).width > before.plan.width + 20,
    'the plan a step wider',
  );
}

const sizes = async (page: Page) => ({
  canvas: await box(page, '[data-testid="board-canvas"]'),
  plan: await box(page, '.plan-area'),
  divider: await box(page, '[data-testid="plan-divider"]'),
  value: Number(await page.getByTestId('plan-divider').getAttribute('aria-valuenow')),
});

async function touchDrag(cdp: CDPSession, from: Point, to: Point, steps = 15): Promise<void> {
  const at = (i: number) => [
    { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps, id: 0 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
    await sleep(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Records every width given to a canvas in the page (Konva's stage sizes its layers' canvases). */
const RECORD_CANVAS_WIDTHS = `
  window.__canvasWidths = [];
  const width = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'width');
  Object.defineProperty(HTMLCanvasElement.prototype, 'width', {
    get: width.get,
    set(value) {
      if (this.isConnected) window.__canvasWidths.push(value);
      width.set.call(this, value);
    },
  });`;

describe('the divider between the board and the plan', () => {
  it('a plan width this device remembered is there when the board opens: the canvas takes one width, not the default first', async () => {
    const user = await ctx.e2e.user({ viewport: { width: 1920, height: 1080 } });
    await user.context.addInitScript(RECORD_CANVAS_WIDTHS);
    await user.context.addInitScript(() => localStorage.setItem('netvaerkstavle.planWidth', '700'));
    const { page } = user;
    await openBoard(page, `${ctx.e2e.url}${ctx.board.editUrl}`);
    await settle(page);
    expect((await sizes(page)).plan.width).toBeCloseTo(700, 0);
    const widths = await page.evaluate(
      () => (window as unknown as { __canvasWidths: number[] }).__canvasWidths,
    );
    // The stage starts at 1 px wide, then takes the canvas area's width, once.
    const canvasWidth = Math.round((await sizes(page)).canvas.width);
    expect([...new Set(widths.filter((width) => width > 1))]).toEqual([canvasWidth]);
    expect(ctx.e2e.pageErrors).toEqual([]);
  });

  it('at 1366×768 beside the side panels, a mouse drag gives the board room, the keys move it, and a reload keeps it', async () => {
    const { page } = await boardAt({ width: 1366, height: 768 });
    const divider = page.getByTestId('plan-divider');
    expect(await divider.getAttribute('role')).toBe('separator');
    expect(await divider.getAttribute('aria-orientation')).toBe('vertical');
    expect(await divider.getAttribute('aria-label')).toBe('Skillelinje mellem tavle og plan');
    expect(await divider.getAttribute('aria-controls')).toBe('plan-area');
    const before = await sizes(page);
    expect(before.value).toBe(Math.round(before.plan.width));
    const lane = await mustRect(page, 'lane', 'm1');

    const grip = center(before.divider);
    const renders = await commits(page);
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) {
      await page.mouse.move(grip.x + i * 10, grip.y + (i % 3));
      await sleep(16);
    }
    await page.mouse.up();
    await settle(page);
    // The canvas followed without rendering the board (nor its post-its) in React per frame.
    expect((await commits(page)) - renders).toBeLessThanOrEqual(2);
    const dragged = await sizes(page);
    expect(dragged.plan.width).toBeCloseTo(before.plan.width - 200, -1);
    expect(dragged.canvas.width).toBeCloseTo(before.canvas.width + 200, -1);
    expect(dragged.value).toBe(Math.round(dragged.plan.width));
    // The board stays under the same place: no jump.
    expect(await mustRect(page, 'lane', 'm1')).toEqual(lane);
    // Meeting 2's header, cut before, now shows whole.
    const second = await mustRect(page, 'lane', 'm2');
    expect(second.x + second.width).toBeLessThanOrEqual(dragged.canvas.x + dragged.canvas.width);
    await screenshot(page, 'plan-divider-1366');

    // The keys: ← gives the plan a step more, Home its least, End its most.
    await divider.focus();
    await page.keyboard.press('ArrowLeft');
    expect((await sizes(page)).plan.width).toBeCloseTo(dragged.plan.width + 40, 0);
    await page.keyboard.press('Home');
    expect((await sizes(page)).value).toBe(Number(await divider.getAttribute('aria-valuemin')));
    await page.keyboard.press('End');
    const most = await sizes(page);
    expect(most.value).toBe(Number(await divider.getAttribute('aria-valuemax')));
    // The board keeps a meeting's width.
    expect(most.canvas.width).toBeGreaterThanOrEqual(319);
    // And keeps it in a window made smaller, the divider saying so.
    await page.setViewportSize({ width: 1100, height: 768 });
    await settle(page);
    const narrow = await sizes(page);
    expect(narrow.canvas.width).toBeGreaterThanOrEqual(319);
    expect(narrow.plan.width).toBeGreaterThanOrEqual(280);
    expect(narrow.value).toBe(Math.round(narrow.plan.width));
    expect(Number(await divider.getAttribute('aria-valuemax'))).toBe(narrow.value);
    await page.setViewportSize({ width: 1366, height: 768 });
    await settle(page);
    expect((await sizes(page)).plan.width).toBeCloseTo(most.plan.width, 0);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    const chosen = await sizes(page);

    await openBoard(page, page.url());
    await showPlan(page);
    await settle(page);
    const reloaded = await sizes(page);
    expect(reloaded.plan.width).toBeCloseTo(chosen.plan.width, 0);
    expect(reloaded.canvas.width).toBeCloseTo(chosen.canvas.width, 0);

    // A double-click: the plan's default width again (38 % of the screen), remembered too.
    await page.mouse.dblclick(center(reloaded.divider).x, center(reloaded.divider).y);
    await settle(page);
    expect((await sizes(page)).plan.width).toBeCloseTo(before.plan.width, 0);
    expect(await page.evaluate(() => localStorage.getItem('netvaerkstavle.planWidth'))).toBe('');

    // What the device holds is not a size: the default.
    await page.evaluate(() => localStorage.setItem('netvaerkstavle.planWidth', '-40'));
    await openBoard(page, page.url());
    await showPlan(page);
    await settle(page);
    expect((await sizes(page)).plan.width).toBeCloseTo(before.plan.width, 0);
    expect(ctx.e2e.pageErrors).toEqual([]);
  });

  it('on an upright 768×1024 touch screen, a finger drags the plan under the board taller, and a reload keeps it', async () => {
    const { page, context } = await boardAt({ width: 768, height: 1024 }, true);
    const divider = page.getByTestId('plan-divider');
    expect(await divider.getAttribute('aria-orientation')).toBe('horizontal');
    const before = await sizes(page);
    // Wide enough for a finger.
    expect(before.divider.height).toBeGreaterThanOrEqual(24);
    expect(before.divider.width).toBe(768);
    const lane = await mustRect(page, 'lane', 'm1');

    const grip = center(before.divider);
    const cdp = await context.newCDPSession(page);
    const renders = await commits(page);
    await touchDrag(cdp, grip, { x: grip.x + 5, y: grip.y - 150 });
    await settle(page);
    expect((await commits(page)) - renders).toBeLessThanOrEqual(2);
    const dragged = await sizes(page);
    expect(dragged.plan.height).toBeCloseTo(before.plan.height + 150, -1);
    expect(dragged.canvas.height).toBeCloseTo(before.canvas.height - 150, -1);
    expect(dragged.canvas.width).toBe(768);
    expect(await mustRect(page, 'lane', 'm1')).toEqual(lane);
    await screenshot(page, 'plan-divider-upright-tablet');

    await divider.focus();
    await page.keyboard.press('ArrowDown');
    const chosen = await sizes(page);
    expect(chosen.plan.height).toBeCloseTo(dragged.plan.height - 40, 0);

    await openBoard(page, page.url());
    await showPlan(page);
    await settle(page);
    const reloaded = await sizes(page);
    expect(reloaded.plan.height).toBeCloseTo(chosen.plan.height, 0);
    // Beside the board (a wide screen) keeps its own size: none chosen there.
    expect(await page.evaluate(() => localStorage.getItem('netvaerkstavle.planWidth'))).toBeNull();
    expect(ctx.e2e.pageErrors).toEqual([]);
  });

  it('Enter on the divider while its input still loads resets the plan, and does not open the selected post-it', async () => {
    const { page, context } = await boardAt({ width: 1920, height: 1080 });
    // The plan a step wider first, so that Enter has a default size to go back to.
    const before = await sizes(page);
    await stepWider(page, before);
    await page.reload();
    await waitReady(page);
    await settle(page);
    const wider = await sizes(page);
    expect(wider.plan.width).toBeGreaterThan(before.plan.width + 20);
    const note = await noteInView(page, wider.canvas);
    await slowDividerInput(context);
    await page.mouse.click(note.x, note.y);
    await page.getByTestId('plan-divider').focus();
    await page.keyboard.press('Enter');
    await waitUntil(
      async () => (await sizes(page)).plan.width < wider.plan.width - 20,
      'the plan back at its default size',
    );
    expect(await page.getByRole('dialog', { name: 'Rediger post-it' }).count()).toBe(0);
    expect(ctx.e2e.pageErrors).toEqual([]);
  });

  it('a mouse press let go off the divider while its input loads starts no drag once it has loaded', async () => {
    const { page, context } = await boardAt({ width: 1920, height: 1080 });
    await slowDividerInput(context);
    const before = await sizes(page);
    const grip = center(before.divider);
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    await page.mouse.move(grip.x - 200, grip.y, { steps: 4 });
    await page.mouse.up();
    await sleep(1_200); // loaded, and the press replayed
    // Hovering over the divider, no button down, moves nothing.
    await page.mouse.move(grip.x, grip.y, { steps: 4 });
    await page.mouse.move(grip.x - 120, grip.y, { steps: 6 });
    await settle(page);
    expect((await sizes(page)).plan.width).toBeCloseTo(before.plan.width, 0);
    expect(await page.locator('.plan-divider.dragging').count()).toBe(0);
    expect(ctx.e2e.pageErrors).toEqual([]);
  });

  it('at a 1920×1080 whiteboard, a key pressed while the divider’s input still loads moves it, and a pen drags it', async () => {
    const { page, context } = await boardAt({ width: 1920, height: 1080 });
    await slowDividerInput(context);
    const before = await sizes(page);
    await stepWider(page, before);
    const keyed = await sizes(page);
    expect(keyed.plan.width).toBeCloseTo(before.plan.width + 40, 0);

    // A pen (the pointer events of an interactive whiteboard's stylus).
    const cdp = await context.newCDPSession(page);
    const grip = center(keyed.divider);
    const pen = (type: 'mousePressed' | 'mouseReleased' | 'mouseMoved', x: number, buttons = 1) =>
      cdp.send('Input.dispatchMouseEvent', {
        type,
        x,
        y: grip.y,
        button: 'left',
        buttons,
        clickCount: 1,
        pointerType: 'pen',
      });
    await pen('mouseMoved', grip.x, 0);
    await pen('mousePressed', grip.x);
    for (let i = 1; i <= 10; i++) {
      await pen('mouseMoved', grip.x - i * 15);
      await sleep(16);
    }
    await pen('mouseReleased', grip.x - 150, 0);
    await settle(page);
    const penned = await sizes(page);
    expect(penned.plan.width).toBeCloseTo(keyed.plan.width + 150, -1);
    expect(penned.canvas.width).toBeCloseTo(keyed.canvas.width - 150, -1);
    expect(ctx.e2e.pageErrors).toEqual([]);
  });
});
