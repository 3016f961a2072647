import type { Page } from 'playwright-core';
import { center, mustRect, sleep, type Point, type Rect } from '../../e2e/harness.ts';
import type { RemotePeer } from './peer.ts';
import {
  canvasRect,
  frames,
  pageNow,
  renderedNotes,
  startFrames,
  stopFrames,
  visibleNotes,
  type FrameStats,
} from './page.ts';

/**
 * The measured gestures of the browser benchmark, each with real mouse and
 * wheel input aimed through the test hook, each sampled frame by frame.
 */

const DRAG_MOVES = 120;
const PAN_STEPS = 60;
const WHEEL_STEPS = 20;

/** A visible note in the first lane whose lane `span` lanes further is (at least partly) on screen. */
async function dragPlan(
  page: Page,
  lanes: readonly string[],
  avoid: ReadonlySet<string>,
  span: number,
): Promise<{ id: string; from: Point; to: Point; toLane: string | null }> {
  const area = await canvasRect(page);
  const notes = await visibleNotes(page, area);
  for (let start = 0; start + span < lanes.length; start++) {
    const lane = lanes[start];
    const candidates = notes.filter((n) => n.lane === lane && !avoid.has(n.id));
    const note = candidates[Math.floor(candidates.length / 2)];
    if (!note) continue;
    const target = await mustRect(page, 'lane', lanes[start + span] ?? '');
    const from = center(note.rect);
    // The target lane's middle, clamped into the canvas (a wide board may show only part of it).
    const to = {
      x: clamp(target.x + target.width / 2, area.x + 10, area.x + area.width - 10),
      y: clamp(from.y + 40, area.y + 10, area.y + area.height - 10),
    };
    return { id: note.id, from, to, toLane: lanes[start + span] ?? null };
  }
  // Too few lanes on screen: drag as far right as the canvas allows.
  const note = notes.find((n) => !avoid.has(n.id));
  if (!note) throw new Error('no visible note to drag');
  const from = center(note.rect);
  return { id: note.id, from, to: { x: area.x + area.width - 10, y: from.y + 40 }, toLane: null };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Drags one note `span` lanes on (default three) with 120 pointer moves; frames from before pointer-down. */
export async function measureDrag(
  page: Page,
  lanes: readonly string[],
  avoid: Set<string>,
  peer?: { peer: RemotePeer; notes: number },
  span = 3,
): Promise<FrameStats & { remoteMoves?: number; landedInTarget: boolean }> {
  const plan = await dragPlan(page, lanes, avoid, span);
  avoid.add(plan.id);
  if (peer) {
    const area = await canvasRect(page);
    const others = (await visibleNotes(page, area))
      .map((n) => n.id)
      .filter((id) => !avoid.has(id))
      .slice(0, peer.notes);
    peer.peer.moves = 0;
    peer.peer.start(others, 10);
    await sleep(300);
  }
  await page.mouse.move(plan.from.x, plan.from.y);
  await frames(page, 3);
  await startFrames(page);
  await page.mouse.down();
  await page.mouse.move(plan.to.x, plan.to.y, { steps: DRAG_MOVES });
  const frameStats = await stopFramesAfterUp(page);
  // Sanity: the note really went three lanes further.
  const landed = await page.evaluate(
    (id) => window.__netvaerkstavle?.notePosition(id)?.lane ?? null,
    plan.id,
  );
  const stats = { ...frameStats, landedInTarget: landed !== null && landed === plan.toLane };
  if (peer) {
    peer.peer.stop();
    return { ...stats, remoteMoves: peer.peer.moves };
  }
  return stats;
}

/** Ends the gesture at pointer-up, then samples 400 ms more for the drop frame. */
async function stopFramesAfterUp(page: Page): Promise<FrameStats> {
  const end = await pageNow(page);
  await page.mouse.up();
  return stopFrames(page, 400, end);
}

/** Pans with the middle button held (a pan anywhere, like Space+drag) in 60 steps. */
export async function measurePan(page: Page): Promise<FrameStats> {
  const area = await canvasRect(page);
  const from = { x: area.x + area.width * 0.8, y: area.y + area.height * 0.6 };
  const to = { x: area.x + area.width * 0.2, y: area.y + area.height * 0.4 };
  await page.mouse.move(from.x, from.y);
  await frames(page, 3);
  await startFrames(page);
  await page.mouse.down({ button: 'middle' });
  await page.mouse.move(to.x, to.y, { steps: PAN_STEPS });
  const end = await pageNow(page);
  await page.mouse.up({ button: 'middle' });
  return stopFrames(page, 200, end);
}

/** 20 Ctrl+wheel steps at the canvas centre (a plain wheel pans): ten in, ten out, one per frame. */
export async function measureZoom(page: Page): Promise<FrameStats> {
  const area = await canvasRect(page);
  const c = center(area);
  await page.mouse.move(c.x, c.y);
  await frames(page, 3);
  await page.keyboard.down('Control');
  await startFrames(page);
  // In five, out five, twice: back at the starting zoom, never at the zoom limits
  // (from the opening 75 %, ten steps in would reach the 400 % maximum).
  for (let i = 0; i < WHEEL_STEPS; i++) {
    await page.mouse.wheel(0, Math.floor(i / 5) % 2 === 0 ? -100 : 100);
    await frames(page, 1);
  }
  // 400 ms more: the frames that draw the post-its in full once the zoom rests.
  const stats = await stopFrames(page, 400, await pageNow(page));
  await page.keyboard.up('Control');
  return stats;
}

/**
 * Zooms out with the wheel, anchored on the first lane, until the lane three
 * lanes further is on screen too (the app opens at 75 %, where a drag across
 * three lanes would leave the canvas). Returns the zoom.
 */
export async function showFourLanes(page: Page, lanes: readonly string[]): Promise<number> {
  const area = await canvasRect(page);
  for (let i = 0; i < 20; i++) {
    const first = await mustRect(page, 'lane', lanes[0] ?? '');
    const fourth = await mustRect(page, 'lane', lanes[3] ?? '');
    if (fourth.x + fourth.width / 2 < area.x + area.width - 10 && first.x >= area.x) break;
    if (first.x < area.x) {
      // The start view may begin just right of the first lane's edge: bring it in with a plain
      // wheel (a pan), else zooming about a point right of it never shows its edge.
      await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
      await page.mouse.wheel(first.x - area.x - 20, 0);
      await frames(page, 2);
      continue;
    }
    const anchor = clamp(first.x, area.x + 10, area.x + area.width - 10);
    await page.mouse.move(anchor, area.y + area.height / 2);
    // A plain wheel pans the board; Ctrl+wheel (and a trackpad pinch) zooms.
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 100);
    await page.keyboard.up('Control');
    await frames(page, 2);
  }
  // Let the zoom rest (the post-its drawn in full again) before the next gesture is measured.
  await sleep(400);
  return page.evaluate(() => window.__netvaerkstavle?.camera().zoom ?? 0);
}

/** Fits the board (toolbar button, else the `0` shortcut) and times until every note is drawn. */
export async function fitBoard(page: Page, total: number, area: Rect): Promise<number> {
  const button = page.getByTestId('fit-board');
  const t0 = await pageNow(page);
  if ((await button.count()) > 0) await button.first().click();
  else {
    // Focus the canvas with a click on empty board space, then the shortcut.
    await page.mouse.click(area.x + 4, area.y + area.height - 4);
    await page.keyboard.press('0');
  }
  const deadline = Date.now() + 20_000;
  for (
    let rendered = await renderedNotes(page);
    rendered < total;
    rendered = await renderedNotes(page)
  ) {
    if (Date.now() > deadline) throw new Error(`fit: ${rendered} of ${total} notes rendered`);
    await frames(page, 1);
  }
  await frames(page, 1);
  return (await pageNow(page)) - t0;
}
