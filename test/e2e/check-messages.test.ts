import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import {
  center,
  e2eWithBoard,
  mustRect,
  openBoard,
  showPlan,
  sleep,
  waitUntil,
} from './harness.ts';

/**
 * Issue 6 (start-up JavaScript): the plan checks' messages load when a check
 * is first shown, the checks tab or a post-it's tooltip (client/plan/checkWording.ts).
 * In the scenario, Jens's post-it in meeting 1 has no involvement form.
 */

const ctx = e2eWithBoard(() => scenarioBoard());
const MESSAGES_CHUNK = /\/assets\/checks-[\w-]+\.js$/;
/** The tab's list of findings (ChecksList.tsx), loaded with the messages. */
const LIST_CHUNK = /\/assets\/ChecksList-[\w-]+\.js$/;
const JENS_NO_FORM =
  /^Jens Jensen på .*Netværksmøde 1: Undertema 1.* er ikke knyttet til en inddragelsesform\.$/;

/** Whether the page has asked for the chunk (the messages' by default), from now on. */
function watchMessagesChunk(page: Page, chunk = MESSAGES_CHUNK): () => boolean {
  let asked = false;
  page.on('request', (request) => {
    if (chunk.test(new URL(request.url()).pathname)) asked = true;
  });
  return () => asked;
}

const checkTexts = (page: Page) =>
  page.locator('[data-testid="checks-panel"] .plan-check-message').allTextContents();

describe('the checks messages and their list, loaded when first shown', () => {
  it('are not loaded with the board; the checks tab loads and shows them', async () => {
    const { page } = await ctx.e2e.user();
    const asked = watchMessagesChunk(page);
    const askedList = watchMessagesChunk(page, LIST_CHUNK);
    await openBoard(page, `${ctx.e2e.url}${ctx.board.editUrl}`);
    await showPlan(page);
    await sleep(500);
    expect(asked()).toBe(false);
    expect(askedList()).toBe(false);

    await page.getByTestId('plan-tab-checks').click();
    await waitUntil(async () => (await checkTexts(page)).length > 0, 'the checks listed');
    expect(asked()).toBe(true);
    expect(askedList()).toBe(true);
    expect(await checkTexts(page)).toContainEqual(expect.stringMatching(JENS_NO_FORM));
    expect(ctx.e2e.pageErrors).toEqual([]);
  });

  it("a post-it's tooltip says its check once the mouse has rested there and the messages are here", async () => {
    const { page } = await ctx.e2e.user();
    await openBoard(page, `${ctx.e2e.url}${ctx.board.editUrl}`);
    const asked = watchMessagesChunk(page);
    const at = center(await mustRect(page, 'note', 'n1'));
    await page.mouse.move(at.x, at.y);
    // Not fetched on the way to a drag: only once the mouse has rested on the check.
    await sleep(200);
    expect(asked()).toBe(false);
    // No tooltip while they load, then the resting mouse's tooltip is worded without a move.
    await waitUntil(
      async () =>
        JENS_NO_FORM.test((await page.getByTestId('board-canvas').getAttribute('title')) ?? ''),
      "the post-it's check as its tooltip",
    );
    expect(ctx.e2e.pageErrors).toEqual([]);
  });

  it('a failed load (offline) shows the notice in the tab, and its retry the checks', async () => {
    // No service worker: it would answer from its cache what the route below refuses.
    const context = await ctx.e2e.browser.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: 'da-DK',
      serviceWorkers: 'block',
    });
    try {
      await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
      const page = await context.newPage();
      let offline = true;
      await context.route(MESSAGES_CHUNK, (route) =>
        offline ? route.abort('internetdisconnected') : route.continue(),
      );
      await openBoard(page, `${ctx.e2e.url}${ctx.board.editUrl}`);
      await showPlan(page);
      await page.getByTestId('plan-tab-checks').click();
      const notice = page.locator('.plan-tab-panel .part-not-loaded');
      await notice.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await notice.textContent()).toContain('Prøv igen');

      offline = false;
      await notice.getByRole('button').click();
      await waitUntil(async () => (await checkTexts(page)).length > 0, 'the checks listed');
      expect(await checkTexts(page)).toContainEqual(expect.stringMatching(JENS_NO_FORM));
      expect(await notice.count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
