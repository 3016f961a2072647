// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EAGER_FORM_OPTIONS } from '../../../client/plan/PlanRowView.tsx';
import { WINDOW_ABOVE_ROWS } from '../../../client/app/useRowWindow.tsx';
import { agendaLength } from '../../../shared/plan-agenda.ts';
import { projectPlan } from '../../../shared/projection.ts';
import { PERSON_CATEGORIES } from '../../../shared/schema.ts';
import { generatedBoard, paperExampleBoard } from '../../helpers/boards.ts';
import { stubListLayout, type ListLayout } from '../listLayout.ts';
import {
  LivePlan,
  blurField,
  byTestId,
  liveBoard,
  mount,
  typeInto,
  waitForDom,
  type Mounted,
} from './harness.tsx';

/**
 * The windowed plan table. happy-dom lays nothing out, so by itself every row
 * renders (the degraded mode the other plan tests run in); "layout" below is
 * a stub: an 800 px plan panel, rows 40 px high, and every table body
 * starting at the same `top` px from the panel's top.
 */

// 600 notes rendered in happy-dom: 2-6 s a test alone, 40-60 s on a 2-core machine under
// heavy load. The limit is for a hung test.
vi.setConfig({ testTimeout: 180_000 });

let mounted: Mounted | null = null;
let layout: ListLayout | null = null;
const ROW = 40;

afterEach(() => {
  mounted?.unmount();
  mounted = null;
  layout?.restore();
  layout = null;
  vi.restoreAllMocks();
});

function stubLayout(): void {
  layout = stubListLayout({ view: 800, row: ROW, bodyTag: 'TBODY' });
}

/** The plan table scrolled so that the bodies start at `top` px (negative: scrolled into them). */
const scrollTo = (top: number) => (layout as ListLayout).scrollTo(top);

/** 600 notes in 6 lanes: m0 has 80 participant rows and 20 forms. */
const bigBoard = () => generatedBoard({ notes: 600, people: 200, meetings: 6 });

const rowIds = (meeting: Element) =>
  [...meeting.querySelectorAll('[data-testid^="plan-row-"]')].map((row) =>
    (row.getAttribute('data-testid') ?? '').slice('plan-row-'.length),
  );

function show(board = bigBoard()) {
  const live = liveBoard(board);
  mounted = mount(<LivePlan live={live} lang="da" readOnly={false} onFocus={() => {}} />);
  const m0 = byTestId(mounted.container, 'plan-meeting-m0');
  const meeting = projectPlan(board).meetings[0];
  const order = meeting?.rows.map((row) => row.noteId) ?? [];
  // The table's lines: the rows and, in their places, the forms nobody has joined.
  const lines = meeting ? agendaLength(meeting) : 0;
  return { live, m0, order, lines };
}

describe('plan table windowing', () => {
  it('renders every row where there is no layout', () => {
    const { m0, order } = show();
    expect(order).toHaveLength(80);
    expect(rowIds(m0)).toEqual(order);
    expect(m0.querySelector('.plan-window-gap')).toBeNull();
  });

  it('renders only the rows near the view, with a spacer for the rest', () => {
    stubLayout();
    const { m0, order, lines } = show();
    // The view (800 px) and a screen below it: 1,600 px of 40 px rows.
    expect(rowIds(m0)).toEqual(order.slice(0, 40));
    const gap = m0.querySelector<HTMLElement>('.plan-window-gap');
    expect(gap?.style.height).toBe(`${(lines - 40) * ROW}px`);
    expect(gap?.getAttribute('aria-hidden')).toBe('true');
  });

  it('follows the scroll and drops the rows left far behind', async () => {
    stubLayout();
    const { m0, order } = show();
    await scrollTo(-2_000);
    // View 2,000–2,800 px: rows 50–70, with a screen either side, in chunks of 20.
    expect(rowIds(m0)).toEqual(order.slice(20, 80));
    const gaps = [...m0.querySelectorAll<HTMLElement>('.plan-window-gap')];
    expect(gaps.map((g) => g.style.height)).toEqual([`${20 * ROW}px`]);
    await scrollTo(0);
    expect(rowIds(m0)).toEqual(order.slice(0, 40));
  });

  it('keeps the row being typed in, and its draft, wherever the plan scrolls', async () => {
    stubLayout();
    const { live, m0, order } = show();
    const id = order[2] ?? '';
    const input = byTestId<HTMLInputElement>(
      byTestId(m0, `plan-row-${id}`),
      'plan-input-contribution',
    );
    typeInto(input, 'Halvskrevet');
    await scrollTo(-2_000);
    expect(rowIds(m0)).toEqual([id, ...order.slice(20, 80)]);
    expect(byTestId(m0, `plan-row-${id}`).contains(input)).toBe(true);
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe('Halvskrevet');
    // Leaving the field saves it, and then the row goes like the others.
    blurField(input);
    expect(live.ops).toEqual(['updateNote']);
    expect(rowIds(m0)).toEqual(order.slice(20, 80));
  });

  it('leaves an everyday board whole, layout or not', () => {
    stubLayout();
    const board = paperExampleBoard();
    const rows = projectPlan(board).meetings.reduce((n, m) => n + m.rows.length, 0);
    expect(rows).toBeLessThanOrEqual(WINDOW_ABOVE_ROWS);
    const live = liveBoard(board);
    mounted = mount(<LivePlan live={live} lang="da" readOnly={false} onFocus={() => {}} />);
    expect(mounted.container.querySelectorAll('[data-testid^="plan-row-"]')).toHaveLength(rows);
    expect(mounted.container.querySelector('.plan-window-gap')).toBeNull();
  });
});

/** Each rendered row's aria-rowindex (spacers left out), heading row first. */
const rowIndices = (table: Element) =>
  [...table.querySelectorAll('tr:not(.plan-window-gap)')].map((row) =>
    row.getAttribute('aria-rowindex'),
  );
const span = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => String(from + i));

describe('windowed plan table for a screen reader', () => {
  it('counts every row of the table and numbers the rendered ones in it, heading first', async () => {
    stubLayout();
    const { m0, order, lines } = show();
    const table = m0.querySelector('table') as HTMLTableElement;
    expect(table.getAttribute('aria-rowcount')).toBe(String(lines + 1));
    expect(rowIndices(table)).toEqual(['1', ...span(2, 42)]);
    await scrollTo(-2_000);
    // The agenda from its 21st line to its end, and the heading row: numbered where they stand.
    expect(rowIndices(table)).toEqual(['1', ...span(22, lines + 2)]);
    expect(byTestId(m0, `plan-row-${order[20] ?? ''}`).getAttribute('aria-rowindex')).toBe('22');
  });

  it("renumbers the rows after one that leaves, touching neither their fields nor the meeting's", () => {
    stubLayout();
    const { live, m0, order } = show();
    const table = m0.querySelector('table') as HTMLTableElement;
    const changed: string[] = [];
    const note = (records: MutationRecord[]) => {
      for (const r of records) changed.push(`${(r.target as Element).tagName} ${r.attributeName}`);
    };
    const observer = new MutationObserver(note);
    observer.observe(m0, { subtree: true, attributes: true });
    // The first row's post-it goes: every rendered row after it moves up one.
    act(() => void live.actions.deleteNotes([order[0] ?? '']));
    note(observer.takeRecords());
    observer.disconnect();
    expect(rowIndices(table)).toEqual(['1', ...span(2, 42)]);
    // The rows' places change, and no field: a field set again is a row (or the meeting's fields) rendered again.
    expect(
      changed.filter((c) => !/^(TR aria-rowindex|TR style|TABLE aria-rowcount)$/.test(c)),
    ).toEqual([]);
    expect(changed.filter((c) => c === 'TR aria-rowindex').length).toBeGreaterThan(30);
  });

  it('leaves the numbering to the table itself when every row is rendered', () => {
    stubLayout();
    mounted = mount(
      <LivePlan
        live={liveBoard(paperExampleBoard())}
        lang="da"
        readOnly={false}
        onFocus={() => {}}
      />,
    );
    expect(mounted.container.querySelector('[aria-rowcount], [aria-rowindex]')).toBeNull();
  });
});

describe('overview windowing', () => {
  it('renders the people near the view once there are many', async () => {
    stubLayout();
    const { live } = show();
    const container = mounted?.container as HTMLElement;
    act(() => byTestId(container, 'plan-tab-overview').click());
    await waitForDom(() => container.querySelector('[data-testid="plan-overview"]') !== null);
    const people = projectPlan(live.board()).overview.people.map((p) => p.personId);
    expect(people.length).toBeGreaterThan(WINDOW_ABOVE_ROWS);
    const shown = () =>
      [...container.querySelectorAll('[data-testid^="overview-person-"]')].map((row) =>
        (row.getAttribute('data-testid') ?? '').slice('overview-person-'.length),
      );
    // Rows guessed at 26 px until measured: 1,600 px took 80 rows; measured, those still do.
    expect(shown()).toEqual(people.slice(0, 80));
    // View 4,000–4,800 px: rows 100–120, with a screen either side, in chunks of 20.
    await scrollTo(-4_000);
    expect(shown()).toEqual(people.slice(80, 140));
    // The counts at the foot are the whole board's, whatever is shown.
    expect(byTestId(container, 'overview-count-total').textContent).not.toBe('');
  });

  it('counts every row for a screen reader, heading and counts at the foot too', async () => {
    stubLayout();
    const { live } = show();
    const container = mounted?.container as HTMLElement;
    act(() => byTestId(container, 'plan-tab-overview').click());
    await waitForDom(() => container.querySelector('[data-testid="plan-overview"]') !== null);
    const people = projectPlan(live.board()).overview.people.length;
    const table = byTestId(container, 'plan-overview').querySelector('table') as HTMLTableElement;
    const total = 1 + people + PERSON_CATEGORIES.length + 1;
    expect(table.getAttribute('aria-rowcount')).toBe(String(total));
    const foot = span(people + 2, total + 1);
    expect(rowIndices(table)).toEqual(['1', ...span(2, 82), ...foot]);
    await scrollTo(-4_000);
    expect(rowIndices(table)).toEqual(['1', ...span(82, 142), ...foot]);
    expect(byTestId(container, 'overview-count-total').getAttribute('aria-rowindex')).toBe(
      String(total),
    );
  });
});

describe('form choice in a lane with many forms', () => {
  const formSelect = (m0: Element, id: string) =>
    byTestId<HTMLSelectElement>(byTestId(m0, `plan-row-${id}`), 'plan-input-form');
  const labels = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent);

  it('lists only the chosen form until the choice gets the focus or the pointer', () => {
    const { live, m0, order } = show();
    const forms = live.board().notes.filter((n) => n.kind === 'form' && n.lane === 'm0');
    expect(forms.length).toBeGreaterThan(EAGER_FORM_OPTIONS);
    const withForm = order.find((id) => {
      const note = live.board().notes.find((n) => n.id === id);
      return note?.kind === 'participant' && note.form !== null;
    });
    const attached = live.board().notes.find((n) => n.id === withForm);
    const chosen = forms.find((f) => attached?.kind === 'participant' && f.id === attached.form);
    const select = formSelect(m0, withForm ?? '');
    expect(labels(select)).toEqual(['(ingen)', chosen?.kind === 'form' ? chosen.name : '']);
    expect(select.value).toBe(chosen?.id);

    act(() => select.focus());
    expect(select.options).toHaveLength(forms.length + 1);
    expect(select.value).toBe(chosen?.id);

    const other = formSelect(m0, order.find((id) => id !== withForm) ?? '');
    expect(other.options.length).toBeLessThanOrEqual(2);
    act(() => {
      other.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    });
    expect(other.options).toHaveLength(forms.length + 1);
    typeInto(other, forms[3]?.id ?? '');
    expect(live.ops).toEqual(['attachToForm']);
  });
});
