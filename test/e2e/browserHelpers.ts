import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestHook } from '../../client/testHook.ts';

/**
 * What the end-to-end tests do in a page: wait for the board, aim at things
 * through the test hook (client/testHook.ts), move the real mouse, read the
 * plan table, catch downloads, take screenshots.
 */

export const RESULTS_DIR = join(import.meta.dirname, '..', '..', 'test-results');

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type { TestHook };

/** `window` with the test hook (declared globally by client/testHook.ts). */
export type HookWindow = Window;
export type RectKind = 'note' | 'lane' | 'pool' | 'palette';

/**
 * Opens a board page (edit or view URL, absolute or a path on `base`) and
 * waits until the test hook reports it ready. Answers the display-name prompt
 * if it appears.
 */
export async function openBoard(
  page: Page,
  url: string,
  options: { name?: string; timeoutMs?: number } = {},
): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitReady(page, options);
}

/** Waits for `__netvaerkstavle.ready`, answering the name prompt if the app shows it. */
export async function waitReady(
  page: Page,
  options: { name?: string; timeoutMs?: number } = {},
): Promise<void> {
  const timeout = options.timeoutMs ?? 20_000;
  const deadline = Date.now() + timeout;
  const nameInput = page.getByTestId('name-input');
  while (Date.now() < deadline) {
    // The prompt is a modal over the board: answer it first, even when the board is ready.
    if (await nameInput.isVisible().catch(() => false)) {
      await nameInput.fill(options.name ?? 'Testbruger');
      await page.getByTestId('name-submit').click();
      await nameInput.waitFor({ state: 'hidden', timeout: 5_000 });
    }
    const ready = await page
      .evaluate(() => (window as HookWindow).__netvaerkstavle?.ready === true)
      .catch(() => false);
    if (ready && !(await nameInput.isVisible().catch(() => false))) return;
    await sleep(50);
  }
  throw new Error(`board not ready within ${timeout} ms: ${page.url()}`);
}

/** Opens the plan view beside the board (toolbar toggle, aria-pressed) if it is not open. */
export async function showPlan(page: Page): Promise<void> {
  const toggle = page.getByTestId('toggle-plan');
  // The plan loads lazily: trust the toggle's state, not the panel's visibility.
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await page.getByTestId('plan-view').waitFor({ state: 'visible', timeout: 10_000 });
}

/**
 * Waits until the board's canvas has taken its box's size (a ResizeObserver, at the next
 * rendering step, passes it on; the start view follows it), after a panel or the window changed.
 */
export async function boardSized(page: Page): Promise<void> {
  await waitUntil(
    () =>
      page.evaluate(() => {
        const board = document.querySelector<HTMLElement>('[data-testid="board-canvas"]');
        const layers = [...(board?.querySelectorAll('canvas') ?? [])];
        return (
          board !== null &&
          layers.length > 0 &&
          layers.every(
            (layer) =>
              layer.style.width === `${board.clientWidth}px` &&
              layer.style.height === `${board.clientHeight}px`,
          )
        );
      }),
    "the board's canvas at its box's size",
  );
}

/** Zooms to show the whole board (toolbar "Hele tavlen") and waits for the camera to settle. */
export async function fitBoard(page: Page): Promise<void> {
  await page.getByTestId('fit-board').click();
  let last = '';
  await waitUntil(
    async () => {
      const camera = JSON.stringify(await page.evaluate(() => window.__netvaerkstavle?.camera()));
      const settled = camera === last;
      last = camera;
      return settled;
    },
    'camera settles after fit',
    3_000,
    100,
  );
}

/** The screen rectangle (viewport CSS px) of a note, lane, pool entry or palette entry. */
export async function rectOf(page: Page, kind: RectKind, id: string): Promise<Rect | null> {
  return page.evaluate(
    ([k, i]) => {
      const hook = (window as HookWindow).__netvaerkstavle;
      if (!hook) return null;
      if (k === 'note') return hook.noteRect(i);
      if (k === 'lane') return hook.laneRect(i);
      if (k === 'pool') return hook.poolEntryRect(i);
      return hook.paletteEntryRect(i);
    },
    [kind, id] as const,
  );
}

export async function mustRect(page: Page, kind: RectKind, id: string): Promise<Rect> {
  const rect = await rectOf(page, kind, id);
  if (!rect) throw new Error(`no screen rectangle for ${kind} ${id}`);
  return rect;
}

export const center = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

export async function notePosition(
  page: Page,
  id: string,
): Promise<{ lane: string | null; x: number; y: number } | null> {
  return page.evaluate((i) => (window as HookWindow).__netvaerkstavle?.notePosition(i) ?? null, id);
}

export async function noteIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as HookWindow).__netvaerkstavle?.noteIds() ?? []);
}

/**
 * A real drag with the mouse: press at `from`, a small first step past the
 * drag threshold, then `steps` moves to `to`, release.
 */
export async function dragFromTo(
  page: Page,
  from: Point,
  to: Point,
  steps = 20,
  options: { button?: 'left' | 'middle'; modifiers?: string[] } = {},
): Promise<void> {
  for (const key of options.modifiers ?? []) await page.keyboard.down(key);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down({ button: options.button ?? 'left' });
  await page.mouse.move(from.x + 6, from.y + 6, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up({ button: options.button ?? 'left' });
  for (const key of options.modifiers ?? []) await page.keyboard.up(key);
}

/** Double-clicks a post-it and waits for its editor. */
export async function openEditorOn(page: Page, noteId: string) {
  const note = center(await mustRect(page, 'note', noteId));
  await page.mouse.dblclick(note.x, note.y);
  const editor = page.getByRole('dialog', { name: 'Rediger post-it' });
  await editor.waitFor({ state: 'visible', timeout: 3_000 });
  return editor;
}

/**
 * What a plan-table row shows. Editable tables hold their values in fields:
 * the contribution input, the form select and the role input of the "how"
 * cell; a read-only table holds plain text. `how` is the cell's text either way
 * (for an editable row: the chosen form's name and the role).
 */
export interface PlanRowText {
  readonly participant: string;
  readonly contribution: string;
  readonly form: string;
  readonly role: string;
  readonly how: string;
  readonly editable: boolean;
}

export async function planRow(page: Page, noteId: string): Promise<PlanRowText | null> {
  const row = page.getByTestId(`plan-row-${noteId}`);
  if ((await row.count()) === 0) return null;
  return row.first().evaluate((tr) => {
    const cell = (name: string) => tr.querySelector(`[data-testid="plan-cell-${name}"]`);
    const text = (el: Element | null) => ((el as HTMLElement | null)?.innerText ?? '').trim();
    const value = (el: Element | null, selector: string): string | null => {
      const field = el?.querySelector(selector);
      if (field instanceof HTMLSelectElement) {
        const chosen = field.selectedOptions[0];
        return field.value === '' ? '' : (chosen?.textContent ?? '').trim();
      }
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)
        return field.value;
      return null;
    };
    const how = cell('how');
    const form = value(how, 'select');
    const role = value(how, '[data-testid="plan-input-role"]');
    const contribution = value(cell('contribution'), 'input, textarea');
    const editable = form !== null || contribution !== null;
    return {
      participant: text(cell('participant')),
      contribution: contribution ?? text(cell('contribution')),
      form: form ?? '',
      role: role ?? '',
      how: editable ? [form, role].filter(Boolean).join(' · ') : text(how),
      editable,
    };
  });
}

/** Clicks a download button (opening the toolbar's downloads menu first) and returns the file. */
export async function download(
  page: Page,
  testId: string,
): Promise<{ name: string; bytes: Buffer }> {
  const button = page.getByTestId(testId);
  if (!(await button.isVisible().catch(() => false))) {
    const menu = page.getByTestId('downloads-menu');
    if ((await menu.count()) > 0) await menu.locator('summary').click();
    await button.waitFor({ state: 'visible', timeout: 5_000 });
  }
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    button.click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/**
 * From now on the page's animation frames come at once, before any task that is waiting: the
 * order of a busy machine, where a frame was due while the app's render still sat in the task
 * queue. What waits frames for a render fails under it; what waits for the render itself holds.
 */
export async function framesBeforeTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    // Ids as the browser's (never 0, which callers use for "none"), and a cancel that holds.
    let last = 0;
    const cancelled = new Set<number>();
    window.requestAnimationFrame = (callback) => {
      const id = ++last;
      queueMicrotask(() => {
        if (!cancelled.delete(id)) callback(performance.now());
      });
      return id;
    };
    window.cancelAnimationFrame = (id) => {
      cancelled.add(id);
    };
  });
}

/** Saves a full-page screenshot as test-results/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Truthy<T> = Exclude<T, null | undefined | false | 0 | ''>;

/** Polls `check` until it returns a truthy value; throws with `what` on timeout. */
export async function waitUntil<T>(
  check: () => Promise<T> | T,
  what: string,
  timeoutMs = 5_000,
  intervalMs = 50,
): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as Truthy<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms: ${what} (last: ${String(last)})`);
    await sleep(intervalMs);
  }
}

/** The connection indicator's data-state: connected | connecting | offline. */
export async function connectionState(page: Page): Promise<string | null> {
  return page.getByTestId('connection-status').getAttribute('data-state', { timeout: 2_000 });
}

export async function waitConnected(page: Page, timeoutMs = 10_000): Promise<void> {
  await waitUntil(
    async () => (await connectionState(page).catch(() => null)) === 'connected',
    'connection-status connected',
    timeoutMs,
  );
}

export interface PageHeading {
  readonly level: number;
  readonly text: string;
}

/** The page's headings in document order, as a screen reader lists them. */
export async function pageHeadings(page: Page): Promise<PageHeading[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({
      level: Number(h.tagName.slice(1)),
      text: h.textContent ?? '',
    })),
  );
}

/** The headings that skip a level below the one before them (h2 then h4). */
export function headingJumps(levels: readonly PageHeading[]): PageHeading[] {
  return levels.filter((h, i) => i > 0 && h.level > (levels[i - 1]?.level ?? 0) + 1);
}
