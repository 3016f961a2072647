import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E, fetchBoard, mustRect, screenshot, showPlan, waitReady } from './harness.ts';

/** Issue 6 §1: a new user creates a board on the landing page from the template. */
describe('creating a board on the landing page', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await E2E.start();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('shows the template: five network meetings and the final meeting', async () => {
    const { page } = await e2e.user();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${e2e.url}/`);
    await page.getByTestId('create-title').fill('Ensomhed blandt unge');
    // The landing page does not load the board's code (only board pages preload it).
    expect(scripts.filter((path) => path.includes('/BoardPage-'))).toEqual([]);
    await page.getByTestId('create-start').fill('2027-01-12');
    // A cleared count is not quietly one meeting: the page says what is wrong, in Danish.
    await page.getByTestId('create-meetings').fill('');
    await page.getByTestId('create-submit').click();
    await page
      .getByRole('alert')
      .getByText('Antal netværksmøder skal være et helt tal fra 0 til 20.')
      .waitFor({ timeout: 3_000 });
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByTestId('create-meetings').fill('5');
    await page.getByTestId('create-submit').click();

    await page.waitForURL(/\/b\/[^/]+$/, { timeout: 10_000 });
    await waitReady(page, { name: 'Ny bruger' });
    await showPlan(page);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    // The title is an input when the board is editable.
    await expect
      .poll(() => page.getByTestId('board-title').inputValue())
      .toBe('Ensomhed blandt unge');

    // The server has the template board …
    const board = await fetchBoard(e2e.url, id);
    expect(board.meetings.map((m) => m.kind)).toEqual([
      'network',
      'network',
      'network',
      'network',
      'network',
      'final',
    ]);
    expect(board.meetings[0]?.date).toBe('2027-01-12');

    // … and the user sees it: a lane on the board and a table per meeting, in order.
    const headings: string[] = [];
    for (const meeting of board.meetings) {
      const lane = await mustRect(page, 'lane', meeting.id);
      expect(lane.width).toBeGreaterThan(0);
      headings.push(await page.getByTestId(`plan-meeting-${meeting.id}`).innerText());
    }
    for (let n = 1; n <= 5; n++) expect(headings[n - 1]).toContain(`Netværksmøde ${n}`);
    expect(headings[5]).toContain('Afsluttende møde');
    // Lanes side by side in board order.
    const xs = await Promise.all(
      board.meetings.map(async (m) => (await mustRect(page, 'lane', m.id)).x),
    );
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);

    await screenshot(page, '1-create-board');

    // The title: Escape throws a change away, an emptied title stays as it was, Enter saves.
    const title = page.getByTestId('board-title');
    await title.fill('Noget andet');
    await title.press('Escape');
    expect(await title.inputValue()).toBe('Ensomhed blandt unge');
    await title.fill('');
    await title.press('Enter');
    expect(await title.inputValue()).toBe('Ensomhed blandt unge');
    await title.fill('Ensomhed blandt unge i Vejle');
    await title.press('Enter');
    await expect
      .poll(async () => (await fetchBoard(e2e.url, id)).title)
      .toBe('Ensomhed blandt unge i Vejle');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('seeds the method collection in English when the board is created from the English page', async () => {
    const { page } = await e2e.user();
    await page.goto(`${e2e.url}/`);
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('create-title').fill('Loneliness among young people');
    await page.getByTestId('create-start').fill('2027-01-12');
    await page.getByTestId('create-submit').click();
    await page.waitForURL(/\/b\/[^/]+$/, { timeout: 10_000 });
    await waitReady(page, { name: 'New user' });
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const board = await fetchBoard(e2e.url, id);
    expect(board.palette.map((form) => form.name)).toContain('Workshop with citizens');
    expect(board.palette.map((form) => form.name)).not.toContain('Workshop m. borgere');
    await page
      .getByTestId(`palette-entry-${board.palette[0]?.id}`)
      .getByText('Workshop with citizens')
      .waitFor();
    // The device remembers English; back in Danish, a new board is Danish again.
    await page.goto(`${e2e.url}/`);
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('create-title').fill('Ensomhed');
    await page.getByTestId('create-submit').click();
    await page.waitForURL(/\/b\/[^/]+$/, { timeout: 10_000 });
    const danish = await fetchBoard(e2e.url, new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(danish.palette[0]?.name).toBe('Workshop m. borgere');
    expect(e2e.pageErrors).toEqual([]);
  });
});
