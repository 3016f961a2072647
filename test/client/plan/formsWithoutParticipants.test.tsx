// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { boardWithTwoForms, paperExampleBoard } from '../../helpers/boards.ts';
import {
  byTestId,
  click,
  liveBoard,
  mount,
  typeInto,
  type LiveBoard,
  type Mounted,
  cellTexts,
  showLivePlan,
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

function show(live: LiveBoard, options: Parameters<typeof showLivePlan>[1] = {}) {
  const shown = showLivePlan(live, options);
  mounted = shown.mounted;
  return shown;
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
      '(ingen deltagere knyttet til formen)',
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

  it('says "(no participants linked to the form)" in English, the form and its minutes beside it', () => {
    const { container } = show(liveBoard(boardWithTwoForms()), { readOnly: true, lang: 'en' });
    expect(cellTexts(byTestId(container, 'plan-form-f2'))).toEqual([
      '(no participants linked to the form)',
      '',
      'Oplæg (20 min)',
    ]);
  });
});
