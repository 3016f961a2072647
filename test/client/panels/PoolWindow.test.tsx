// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WINDOW_ABOVE_ROWS } from '../../../client/app/useRowWindow.tsx';
import { PeoplePool } from '../../../client/panels/PeoplePool.tsx';
import { generatedBoard } from '../../helpers/boards.ts';
import { stubListLayout, type ListLayout } from '../listLayout.ts';
import { getByTestId, panelOnBoard, typeInto, type PanelOnBoard } from './harness.ts';

/**
 * The windowed participant pool, over a stub layout (happy-dom lays nothing
 * out): the pool's scroll container is 400 px high, a row 45 px with 2 px
 * between rows (as `.panel-entry + .panel-entry` has it).
 */

const VIEW = 400;
const ROW = 45;
const SPACE = 2;
const PITCH = ROW + SPACE;
let layout: ListLayout | null = null;
let panel: PanelOnBoard | null = null;

afterEach(() => {
  panel?.dispose();
  panel = null;
  layout?.restore();
  layout = null;
  vi.restoreAllMocks();
});

/** An open editor makes its row this high. */
const EDITOR = 300;

function stubLayout(): void {
  layout = stubListLayout({
    view: VIEW,
    row: ROW,
    space: SPACE,
    bodyTag: 'UL',
    heightOf: (element) =>
      element.classList.contains('panel-entry--editing') ? EDITOR : undefined,
  });
}

const scrollTo = (top: number) => (layout as ListLayout).scrollTo(top);

/** Lets the deferred render of the whole pool run (PeoplePool renders a screenful first). */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const shownIds = () =>
  [...document.querySelectorAll('[data-testid^="pool-entry-"]')].map((row) =>
    (row.getAttribute('data-testid') ?? '').slice('pool-entry-'.length),
  );
const gapHeights = () =>
  [...document.querySelectorAll<HTMLElement>('.panel-window-gap')].map((gap) =>
    parseFloat(gap.style.height),
  );
/** The list's height as laid out (the stub's), rows, spaces and spacers together. */
const listHeight = () =>
  (layout as ListLayout).bodyHeight(document.querySelector('[data-testid="pool-panel"] ul')!);

async function showPool(people: number) {
  const board = generatedBoard({ notes: 600, people, meetings: 6 });
  panel = panelOnBoard(PeoplePool, board);
  await settle();
  return board.people.map((person) => person.id);
}

describe('participant pool windowing', () => {
  it('renders only the rows near the view of a long pool, with a spacer as high as the rest', async () => {
    stubLayout();
    const ids = await showPool(400);
    // The view (400 px) and as much again below it: 800 px of 47 px rows, in chunks of 20.
    expect(shownIds()).toEqual(ids.slice(0, 20));
    // The spacer stands in for exactly the rows it replaces, the space between them included.
    expect(gapHeights()).toEqual([380 * PITCH]);
    expect(listHeight()).toBe(400 * ROW + 399 * SPACE);
    const gap = document.querySelector('.panel-window-gap');
    expect(gap?.getAttribute('aria-hidden')).toBe('true');
    // A screen reader still hears where a row stands in the whole pool.
    const first = getByTestId(document.body, `pool-entry-${ids[0]}`);
    expect(first.getAttribute('aria-setsize')).toBe('400');
    expect(first.getAttribute('aria-posinset')).toBe('1');
  });

  it('follows the scroll, and the list keeps its height', async () => {
    stubLayout();
    const ids = await showPool(400);
    // View 9,400–9,800 px: rows 200–208, with a view either side, in chunks of 20.
    await scrollTo(-200 * PITCH);
    expect(shownIds()).toEqual(ids.slice(180, 220));
    expect(gapHeights()).toEqual([180 * PITCH, 180 * PITCH]);
    expect(listHeight()).toBe(400 * ROW + 399 * SPACE);
    const row = getByTestId(document.body, `pool-entry-${ids[180]}`);
    expect(row.getAttribute('aria-posinset')).toBe('181');
    await scrollTo(0);
    expect(shownIds()).toEqual(ids.slice(0, 20));
  });

  it('keeps the row holding the focus wherever the pool scrolls', async () => {
    stubLayout();
    const ids = await showPool(400);
    const id = ids[3] ?? '';
    const edit = getByTestId(document.body, `person-edit-${id}`);
    act(() => edit.focus());
    await scrollTo(-200 * PITCH);
    expect(shownIds()).toEqual([id, ...ids.slice(180, 220)]);
    expect(document.activeElement).toBe(edit);
    // Focus elsewhere: the row goes like the others.
    const filter = getByTestId(document.body, 'pool-filter') as HTMLInputElement;
    act(() => filter.focus());
    expect(shownIds()).toEqual(ids.slice(180, 220));
  });

  it('keeps a row open in its editor wherever the pool scrolls, out of the spacers’ sums', async () => {
    stubLayout();
    const ids = await showPool(400);
    const id = ids[3] ?? '';
    act(() => getByTestId(document.body, `person-edit-${id}`).click());
    const name = getByTestId(document.body, `person-form-${id}`).querySelector('input');
    if (!(name instanceof HTMLInputElement)) throw new Error('no name field');
    typeInto(name, 'Halvskrevet');
    const filter = getByTestId(document.body, 'pool-filter') as HTMLInputElement;
    act(() => filter.focus());
    await scrollTo(-200 * PITCH - (EDITOR - ROW));
    expect(shownIds()).toEqual(ids.slice(180, 220).filter((other) => other !== id));
    expect(document.querySelector(`[data-testid="person-form-${id}"] input`)).toBe(name);
    expect(name.value).toBe('Halvskrevet');
    // Every spacer counts 47 px rows: the tall editor row is not taken for a typical one.
    expect(gapHeights()).toEqual([3 * PITCH, 176 * PITCH, 180 * PITCH]);
    expect(document.activeElement).toBe(filter);
  });

  it('renders a filtered long pool whole once the matches are few', async () => {
    stubLayout();
    await showPool(400);
    const filter = getByTestId(document.body, 'pool-filter') as HTMLInputElement;
    typeInto(filter, 'Person 12');
    await settle();
    // "Person 12" and "Person 120"–"Person 129".
    expect(shownIds()).toHaveLength(11);
    expect(document.querySelector('.panel-window-gap')).toBeNull();
    const row = document.querySelector('[data-testid^="pool-entry-"]');
    expect(row?.hasAttribute('aria-setsize')).toBe(false);
  });

  it('leaves an everyday pool whole, layout or not', async () => {
    stubLayout();
    const ids = await showPool(WINDOW_ABOVE_ROWS);
    expect(shownIds()).toEqual(ids);
    expect(document.querySelector('.panel-window-gap')).toBeNull();
  });

  it('renders every row where there is no layout', async () => {
    const ids = await showPool(400);
    expect(shownIds()).toEqual(ids);
    expect(document.querySelector('.panel-window-gap')).toBeNull();
  });
});
