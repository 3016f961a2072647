import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { boardPixels } from './canvasPixels.ts';
import { scenarioBoard } from './fixtures.ts';
import {
  center,
  e2eWithBoard,
  mustRect,
  noteIds,
  openBoard,
  screenshot,
  sleep,
  waitConnected,
  waitUntil,
  type Point,
  type Rect,
} from './harness.ts';

/**
 * Issue 4: "a note being dragged … by someone shows who". A person dragged
 * from the participant pool, or a form from the palette, onto a meeting shows
 * the others the post-it it will become, under the dragger's name, while it
 * moves: with a mouse and with a finger alike (a tablet's drag reaches the
 * board no more than a mouse's: the panel's row holds the pointer).
 */

type Rgb = readonly [number, number, number];

/** The colour `page` shows `name` in (their avatar in the presence list). */
async function colourOf(page: Page, name: string): Promise<Rgb> {
  const avatar = page.getByTestId('presence-list').locator(`.avatar[title="${name}"]`);
  await avatar.waitFor();
  const css = await avatar.evaluate((element) => getComputedStyle(element).backgroundColor);
  const [r = 0, g = 0, b = 0] = (css.match(/\d+/g) ?? []).map(Number);
  return [r, g, b];
}

/** Pixels of `rect` in `rgb`, or (null) dark enough to be a post-it's ink. */
async function countPixels(page: Page, rect: Rect, rgb: Rgb | null): Promise<number> {
  const px = await boardPixels(page, rect);
  let count = 0;
  for (let i = 0; i < px.length; i += 3) {
    const [r = 0, g = 0, b = 0] = [px[i], px[i + 1], px[i + 2]];
    if (rgb === null) {
      if (r < 110 && g < 110 && b < 110) count++;
    } else if (
      Math.abs(r - rgb[0]) <= 14 &&
      Math.abs(g - rgb[1]) <= 14 &&
      Math.abs(b - rgb[2]) <= 14
    ) {
      count++;
    }
  }
  return count;
}

/**
 * Where the watcher sees a panel drag whose pointer is at `at`: the ghost's
 * title (its upper left quarter, clear of the cursor arrow, which points from
 * `at` down to the right) and the name tag above it.
 */
async function ghostAreas(page: Page, at: Point): Promise<{ title: Rect; tag: Rect }> {
  const zoom = await page.evaluate(() => window.__netvaerkstavle?.camera().zoom ?? 0);
  const note = await mustRect(page, 'note', 'n1');
  const [w, h] = [note.width, note.height];
  expect(zoom).toBeGreaterThan(0);
  return {
    title: { x: at.x - w / 2 + 6, y: at.y - h / 2 + 4, width: w / 2 - 12, height: h / 2 - 8 },
    tag: { x: at.x - w / 2, y: at.y - h / 2 - 24, width: w / 2, height: 20 },
  };
}

type Mover = {
  down(at: Point): Promise<void>;
  move(at: Point): Promise<void>;
  up(): Promise<void>;
};

const mouseOf = (page: Page): Mover => ({
  down: async (at) => {
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
  },
  move: (at) => page.mouse.move(at.x, at.y),
  up: () => page.mouse.up(),
});

/** Real touch input through the DevTools protocol (the page gets touch and pointer events). */
const fingerOf = (cdp: CDPSession): Mover => {
  const send = async (type: 'touchStart' | 'touchMove' | 'touchEnd', at: Point | null) => {
    await cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: at ? [{ x: at.x, y: at.y, id: 0 }] : [],
    });
  };
  return {
    down: (at) => send('touchStart', at),
    move: (at) => send('touchMove', at),
    up: () => send('touchEnd', null),
  };
};

/**
 * `dragger` drags a row of a side panel (`from`: the pool's person or the
 * palette's form `id`) into `meeting`; `watcher` (the same view of the board)
 * must see the post-it under the dragger's name before the drop, and the note
 * itself after it; after an Escape (`cancel`), neither.
 */
async function panelDragSeen(
  dragger: { page: Page; name: string; pointer: Mover },
  watcher: Page,
  from: { kind: 'pool' | 'palette'; id: string },
  meeting: string,
  cancel = false,
): Promise<void> {
  const laneD = await mustRect(dragger.page, 'lane', meeting);
  const laneW = await mustRect(watcher, 'lane', meeting);
  expect(laneW).toEqual(laneD);
  const target = { x: laneD.x + laneD.width / 2, y: laneD.y + 330 };
  const { title, tag } = await ghostAreas(watcher, target);
  expect(await countPixels(watcher, title, null)).toBe(0);
  const colour = await colourOf(watcher, dragger.name);
  const before = new Set(await noteIds(watcher));

  const entry = center(await mustRect(dragger.page, from.kind, from.id));
  const { pointer } = dragger;
  await pointer.down(entry);
  const steps = 15;
  for (let i = 1; i <= steps; i++) {
    await pointer.move({
      x: entry.x + ((target.x - entry.x) * i) / steps,
      y: entry.y + ((target.y - entry.y) * i) / steps,
    });
    await sleep(16);
  }
  // The drag runs on the dragger's page: its own ghost follows the pointer.
  expect(await dragger.page.locator('.panel-ghost').count()).toBe(1);
  await waitUntil(
    async () => (await countPixels(watcher, title, null)) > 40,
    `the watcher sees the text of the post-it ${dragger.name} drags from the ${from.kind}`,
    5_000,
  );
  await waitUntil(
    async () => (await countPixels(watcher, tag, colour)) > 60,
    `the watcher sees ${dragger.name}’s name on it`,
    5_000,
  );
  await screenshot(watcher, `${from.kind}-drag-presence-${dragger.name}`);
  if (cancel) await dragger.page.keyboard.press('Escape');
  await pointer.up();
  // The drop: the note arrives and the ghost goes; a cancel: the ghost goes.
  if (!cancel) {
    await waitUntil(
      async () => (await noteIds(watcher)).some((id) => !before.has(id)),
      'the dropped note on the watcher’s board',
      5_000,
    );
  }
  await waitUntil(
    async () => (await countPixels(watcher, tag, colour)) === 0,
    `the ghost gone after the ${cancel ? 'cancel' : 'drop'}`,
    5_000,
  );
  if (cancel) {
    // Nothing was made, and nothing of the post-it is left behind.
    expect(await countPixels(watcher, title, null)).toBe(0);
    expect(await noteIds(dragger.page)).toEqual([...before]);
  }
}

/** Two users on a board of their own, one on a tablet (touch) and one with a mouse. */
async function tabletAndLaptop(setup: ReturnType<typeof e2eWithBoard>) {
  const { e2e, board } = setup;
  const tablet = await e2e.user({ hasTouch: true });
  const laptop = await e2e.user();
  await openBoard(tablet.page, `${e2e.url}${board.editUrl}`, { name: 'Tavle' });
  await openBoard(laptop.page, `${e2e.url}${board.editUrl}`, { name: 'Bent' });
  await waitConnected(tablet.page);
  await waitConnected(laptop.page);
  const finger = fingerOf(await tablet.context.newCDPSession(tablet.page));
  return {
    tablet: { page: tablet.page, name: 'Tavle', pointer: finger },
    laptop: { page: laptop.page, name: 'Bent', pointer: mouseOf(laptop.page) },
  };
}

describe('a person dragged from the participant pool', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('shows the others the post-it under the dragger’s name, with a finger as with a mouse', async () => {
    const { tablet, laptop } = await tabletAndLaptop(setup);
    await panelDragSeen(tablet, laptop.page, { kind: 'pool', id: 'anna' }, 'm1');
    await panelDragSeen(laptop, tablet.page, { kind: 'pool', id: 'helle' }, 'm2');
    expect(setup.e2e.pageErrors).toEqual([]);
  }, 120_000);
});

describe('a form dragged from the palette', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('shows the others its post-it under the dragger’s name, with a finger as with a mouse, until the drop or a cancel', async () => {
    const { tablet, laptop } = await tabletAndLaptop(setup);
    await panelDragSeen(laptop, tablet.page, { kind: 'palette', id: 'pal-dialog' }, 'm1', true);
    await panelDragSeen(tablet, laptop.page, { kind: 'palette', id: 'pal-oplaeg' }, 'm1');
    await panelDragSeen(laptop, tablet.page, { kind: 'palette', id: 'pal-dialog' }, 'm2');
    expect(setup.e2e.pageErrors).toEqual([]);
  }, 120_000);
});
