import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from './fixtures.ts';
import { headerButtonRect } from '../../client/canvas/boardGeometry.ts';
import {
  boardSized,
  e2eWithBoard,
  fetchBoard,
  mustRect,
  openBoard,
  screenshot,
  sleep,
  waitConnected,
  waitUntil,
} from './harness.ts';
import { fingerTaps } from './touchInput.ts';

/**
 * Deleting a meeting, a person or a form asks first in the page itself, in the page's language
 * (a Danish page in an English browser says _Slet_ / _Annuller_, not "OK" / "Cancel"), and not
 * with `window.confirm`, which stopped the page, other users' edits too, while it was open.
 */
describe('the delete confirmation', () => {
  const setup = e2eWithBoard(() => scenarioBoard());

  it('asks in the page’s language, not the browser’s; Escape and Annuller keep, Slet deletes, the focus comes back', async () => {
    const { e2e, board } = setup;
    const { page } = await e2e.user({ locale: 'en-US' });
    const browserDialogs = countBrowserDialogs(page);
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Anne' });
    const dialog = page.getByTestId('confirm-dialog');
    const people = async () => (await fetchBoard(e2e.url, board.id)).people.map((p) => p.id);

    // A Danish page in an English browser: Danish.
    const jens = page.getByTestId('person-delete-jens');
    await jens.click();
    await dialog.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await dialog.getAttribute('role')).toBe('alertdialog');
    expect(await dialog.locator('p').innerText()).toBe(
      'Slet „Jens Jensen“ fra deltagerlisten? Personens post-it på tavlen slettes også. Du kan fortryde.',
    );
    expect(await dialog.getByRole('button').allInnerTexts()).toEqual(['Annuller', 'Slet']);
    // Modal (the page behind is inert), the focus on the safe answer.
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    expect(await focusedTestId(page)).toBe('confirm-cancel');
    await screenshot(page, 'confirm-delete-da');

    // By keyboard, from the row's delete button: asked, answered, and was Jens kept?
    const ask = async () => {
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'visible', timeout: 5_000 });
    };
    const answer = async (key: string) => {
      await page.keyboard.press(key);
      await dialog.waitFor({ state: 'detached', timeout: 2_000 });
    };
    const keptWithFocusBack = async () => {
      expect(await people()).toContain('jens');
      expect(await focusedTestId(page)).toBe('person-delete-jens');
    };
    // Escape cancels, Enter on the focused Annuller too; the focus is back on the row's button.
    await answer('Escape');
    await keptWithFocusBack();
    await ask();
    await answer('Enter');
    await keptWithFocusBack();
    // Tab to Slet, Enter: deleted.
    await ask();
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('confirm-delete');
    await answer('Enter');
    await waitUntil(async () => !(await people()).includes('jens'), 'Jens deleted');

    // Switched to English: English, whatever the browser; a click on Cancel keeps the form.
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    const form = page.getByTestId('palette-delete-pal-oplaeg');
    await form.click();
    await dialog.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await dialog.locator('p').innerText()).toBe(
      'Delete “Oplæg” from the method collection? Its post-its already on the board stay. You can undo this.',
    );
    expect(await dialog.getByRole('button').allInnerTexts()).toEqual(['Cancel', 'Delete']);
    await screenshot(page, 'confirm-delete-en');
    await dialog.getByTestId('confirm-cancel').click();
    await dialog.waitFor({ state: 'detached', timeout: 2_000 });
    expect(await focusedTestId(page)).toBe('palette-delete-pal-oplaeg');
    const palette = async () => (await fetchBoard(e2e.url, board.id)).palette.map((p) => p.id);
    expect(await palette()).toContain('pal-oplaeg');
    await form.click();
    await dialog.getByTestId('confirm-delete').click();
    await waitUntil(async () => !(await palette()).includes('pal-oplaeg'), 'Oplæg deleted');

    expect(browserDialogs()).toBe(0);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('asks before a lane header’s × deletes its meeting, by touch on a tablet, and fits there', async () => {
    const { e2e, board } = setup;
    const viewport = { width: 1024, height: 768 };
    const { page, context } = await e2e.user({ viewport, hasTouch: true });
    const browserDialogs = countBrowserDialogs(page);
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Tavle' });
    await boardSized(page);
    const { tap } = fingerTaps(await context.newCDPSession(page));
    const meetings = async () => (await fetchBoard(e2e.url, board.id)).meetings.map((m) => m.id);
    const lane = await mustRect(page, 'lane', 'm1');
    const { zoom } = await page.evaluate(() => window.__netvaerkstavle?.camera() ?? { zoom: 0 });
    const button = headerButtonRect('delete');
    const cross = {
      x: lane.x + (button.x + button.width / 2) * zoom,
      y: lane.y + (button.y + button.height / 2) * zoom,
    };
    const focusBefore = await focusedTestId(page);

    await tap(cross);
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await dialog.locator('p').innerText()).toContain('Slet „Netværksmøde 1');
    // Whole on the screen, its buttons a finger's 44 px high, Slet red.
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0).toBe(true);
    expect(
      box && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height,
    ).toBe(true);
    for (const id of ['confirm-cancel', 'confirm-delete'])
      expect((await dialog.getByTestId(id).boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(
      await dialog
        .getByTestId('confirm-delete')
        .evaluate((b) => getComputedStyle(b).backgroundColor),
    ).toBe('rgb(201, 42, 42)');
    await screenshot(page, 'confirm-delete-tablet');

    await dialog.getByTestId('confirm-cancel').tap();
    await dialog.waitFor({ state: 'detached', timeout: 2_000 });
    expect(await meetings()).toContain('m1');
    expect(await focusedTestId(page)).toBe(focusBefore);

    await sleep(500); // past the double-tap window of the × tapped before
    await tap(cross);
    await dialog.waitFor({ state: 'visible', timeout: 5_000 });
    await dialog.getByTestId('confirm-delete').tap();
    await waitUntil(async () => !(await meetings()).includes('m1'), 'meeting 1 deleted');
    expect(browserDialogs()).toBe(0);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('fits a phone, its buttons one above the other, a finger’s size', async () => {
    const { e2e, board } = setup;
    const phone = { width: 360, height: 640 };
    const { page } = await e2e.user({ viewport: phone, hasTouch: true, isMobile: true });
    await openBoard(page, `${e2e.url}${board.editUrl}`, { name: 'Mette' });
    await page.getByTestId('toggle-panels').tap();
    await page.getByTestId('person-delete-anna').tap();
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor({ state: 'visible', timeout: 5_000 });
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= phone.width).toBe(true);
    expect(box && box.y >= 0 && box.y + box.height <= phone.height).toBe(true);
    const cancel = await dialog.getByTestId('confirm-cancel').boundingBox();
    const confirm = await dialog.getByTestId('confirm-delete').boundingBox();
    expect(cancel && confirm && confirm.y >= cancel.y + cancel.height).toBe(true);
    expect(cancel?.height).toBeGreaterThanOrEqual(44);
    expect(confirm?.width).toBe(cancel?.width);
    await screenshot(page, 'confirm-delete-phone');
    await dialog.getByTestId('confirm-cancel').tap();
    await dialog.waitFor({ state: 'detached', timeout: 2_000 });
    expect((await fetchBoard(e2e.url, board.id)).people.map((p) => p.id)).toContain('anna');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('lets others’ edits in while it is open; what they deleted meanwhile is said, not failed on', async () => {
    const { e2e, board } = setup;
    const { a, b } = await e2e.anneAndBent(board);
    await waitConnected(a.page);
    await waitConnected(b.page);
    const dialogOf = (page: Page) => page.getByTestId('confirm-dialog');

    // Anne is asked about Helle; meanwhile Bent deletes Helle, and Anne's pool shows it at once.
    await a.page.getByTestId('person-delete-helle').click();
    await dialogOf(a.page).waitFor({ state: 'visible', timeout: 5_000 });
    await b.page.getByTestId('person-delete-helle').click();
    await dialogOf(b.page).getByTestId('confirm-delete').click();
    await a.page.getByTestId('pool-entry-helle').waitFor({ state: 'detached', timeout: 5_000 });
    expect(await dialogOf(a.page).isVisible()).toBe(true);
    // Anne confirms: the panel says it is gone already.
    await dialogOf(a.page).getByTestId('confirm-delete').click();
    await dialogOf(a.page).waitFor({ state: 'detached', timeout: 2_000 });
    expect(await a.page.getByTestId('pool-error').innerText()).toBe(
      'Det findes ikke længere – måske har en anden lige slettet det.',
    );

    // The same for a meeting asked about from the plan: Bent's delete shows on Anne's board
    // (its notice) while she is asked; her Slet then changes nothing more.
    const block = a.page.getByTestId('plan-meeting-m3');
    await block.getByTestId('plan-meeting-actions').click();
    await block.getByTestId('plan-meeting-delete').click();
    await dialogOf(a.page).waitFor({ state: 'visible', timeout: 5_000 });
    const bentBlock = b.page.getByTestId('plan-meeting-m3');
    await bentBlock.getByTestId('plan-meeting-actions').click();
    await bentBlock.getByTestId('plan-meeting-delete').click();
    await dialogOf(b.page).getByTestId('confirm-delete').click();
    await a.page
      .getByTestId('meeting-deleted-notice')
      .waitFor({ state: 'visible', timeout: 5_000 });
    const before = await fetchBoard(e2e.url, board.id);
    await dialogOf(a.page).getByTestId('confirm-delete').click();
    await dialogOf(a.page).waitFor({ state: 'detached', timeout: 2_000 });
    expect((await fetchBoard(e2e.url, board.id)).meetings).toEqual(before.meetings);
    expect(e2e.pageErrors).toEqual([]);
  });
});

async function focusedTestId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
}

/** How many of the browser's own dialogs (`window.confirm`) the page opened, dismissing each. */
function countBrowserDialogs(page: Page): () => number {
  let count = 0;
  page.on('dialog', (dialog) => {
    count++;
    void dialog.dismiss();
  });
  return () => count;
}
