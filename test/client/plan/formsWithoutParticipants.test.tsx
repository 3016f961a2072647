// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanFocusTarget } from '../../../client/plan/types.ts';
import type { Board } from '../../../shared/schema.ts';
import { paperExampleBoard } from '../../helpers/boards.ts';
import {
  LivePlan,
  byTestId,
  click,
  liveBoard,
  mount,
  typeInto,
  type LiveBoard,
  type Mounted,
} from './harness.tsx';

/**
 * A form in a meeting that nobody is linked to yet is an item on the meeting's
 * agenda: the plan table shows it as a line in its place, as the exports do.
 */

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function show(live: LiveBoard, options: { readOnly?: boolean; lang?: 'da' | 'en' } = {}) {
  const onFocus = vi.fn<(target: PlanFocusTarget) => void>();
  mounted = mount(
    <LivePlan
      live={live}
      lang={options.lang ?? 'da'}
      readOnly={options.readOnly ?? false}
      onFocus={onFocus}
    />,
  );
  return { container: mounted.container, onFocus };
}

const cellTexts = (row: Element) =>
  ['participant', 'contribution', 'how'].map(
    (cell) => byTestId(row, `plan-cell-${cell}`).textContent,
  );

/** The paper example with a second form, "Oplæg" (20 min), beside the workshop in meeting 1. */
function boardWithTwoForms(): Board {
  const board = paperExampleBoard();
  board.notes.push({
    id: 'f2',
    kind: 'form',
    lane: 'm1',
    x: 220,
    y: 12,
    name: 'Oplæg',
    durationMinutes: 20,
    description: '',
  });
  return board;
}

describe('plan table: forms without participants', () => {
  it('shows a form nobody has joined yet as a row in its place, and drops it once someone joins', () => {
    const board = boardWithTwoForms();
    // "Oplæg" stands beside the workshop at the top: first on the agenda after the workshop's rows.
    board.notes.push({
      id: 'f3',
      kind: 'form',
      lane: 'm1',
      x: 12,
      y: 600,
      name: 'Fælles refleksion',
      durationMinutes: 30,
      description: '',
    });
    const live = liveBoard(board);
    const { container, onFocus } = show(live);
    const m1 = byTestId(container, 'plan-meeting-m1');
    const order = () =>
      [...m1.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-testid'));
    expect(order()).toEqual([
      'plan-row-n1',
      'plan-row-n2',
      'plan-row-n3',
      'plan-form-f2',
      'plan-form-f3',
    ]);
    expect(cellTexts(byTestId(m1, 'plan-form-f2'))).toEqual([
      '(ingen deltagere endnu)',
      '',
      'Oplæg (20 min.)',
    ]);
    expect(cellTexts(byTestId(m1, 'plan-form-f3'))[2]).toBe('Fælles refleksion (30 min.)');
    // Nothing to edit in it; a click shows the form note on the board.
    expect(byTestId(m1, 'plan-form-f2').querySelectorAll('input, select, textarea')).toHaveLength(
      0,
    );
    click(byTestId(byTestId(m1, 'plan-form-f2'), 'plan-cell-participant'));
    expect(onFocus).toHaveBeenCalledWith({ kind: 'note', id: 'f2' });

    typeInto(byTestId<HTMLSelectElement>(byTestId(m1, 'plan-row-n3'), 'plan-input-form'), 'f2');
    expect(order()).toEqual(['plan-row-n1', 'plan-row-n2', 'plan-row-n3', 'plan-form-f3']);
  });

  it('says "(no participants yet)" in English, the form and its minutes beside it', () => {
    const { container } = show(liveBoard(boardWithTwoForms()), { readOnly: true, lang: 'en' });
    expect(cellTexts(byTestId(container, 'plan-form-f2'))).toEqual([
      '(no participants yet)',
      '',
      'Oplæg (20 min)',
    ]);
  });
});
