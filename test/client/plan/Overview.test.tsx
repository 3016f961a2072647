// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overview } from '../../../client/plan/Overview.tsx';
import type { PlanFocusTarget } from '../../../client/plan/types.ts';
import { projectPlan } from '../../../shared/projection.ts';
import type { Board } from '../../../shared/schema.ts';
import { extraMeeting, paperExampleBoard } from '../../helpers/boards.ts';
import { byTestId, click, copiedText, mount, type Mounted } from './harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/**
 * The paper example with the core participant last in the pool, Helle twice
 * in the first meeting and a politician at the second.
 */
function overviewBoard(): Board {
  const board = paperExampleBoard();
  const [jens, ...others] = board.people;
  board.people = [
    ...others,
    { id: 'pia', name: 'Pia P.', affiliation: 'Byrådet', category: 'politician', core: false },
    jens!,
  ];
  board.notes.push(
    {
      id: 'n4',
      kind: 'participant',
      lane: 'm1',
      x: 220,
      y: 134,
      person: 'helle',
      contribution: '',
      role: '',
      form: null,
    },
    {
      id: 'n5',
      kind: 'participant',
      lane: 'm2',
      x: 12,
      y: 12,
      person: 'pia',
      contribution: '',
      role: '',
      form: null,
    },
  );
  return board;
}

function show(board: Board, lang: 'da' | 'en' = 'da') {
  const onFocus = vi.fn<(target: PlanFocusTarget) => void>();
  mounted = mount(<Overview plan={projectPlan(board)} lang={lang} onFocus={onFocus} />);
  return { container: byTestId(mounted.container, 'plan-overview'), onFocus };
}

const rowCells = (row: Element) => [...row.children].map((cell) => cell.textContent);

describe('overview: who comes when', () => {
  it('lists core participants first, then the pool in its order', () => {
    const { container } = show(overviewBoard());
    const people = [...container.querySelectorAll('tbody tr')].map((tr) =>
      tr.getAttribute('data-testid'),
    );
    expect(people).toEqual([
      'overview-person-jens',
      'overview-person-helle',
      'overview-person-soeren',
      'overview-person-pia',
    ]);
  });

  it('has a column per meeting and marks attendance with ✓, or the count of notes', () => {
    const { container } = show(overviewBoard());
    const header = [...container.querySelectorAll('thead th')].map((th) => copiedText(th));
    expect(header).toEqual([
      'Netværksdeltager',
      'Kategori',
      'Netværksmøde 112. januar 2027',
      'Netværksmøde 29. februar 2027',
      'Afsluttende møde11. maj 2027',
    ]);
    expect(rowCells(byTestId(container, 'overview-person-jens'))).toEqual([
      'Jens J., ØS Kerne',
      'Fagprofessionel',
      '✓',
      '',
      '',
    ]);
    expect(rowCells(byTestId(container, 'overview-person-helle'))).toEqual([
      'Helle H., SPO',
      'Fagprofessionel',
      '2',
      '',
      '',
    ]);
    expect(rowCells(byTestId(container, 'overview-person-pia'))).toEqual([
      'Pia P., Byrådet',
      'Politiker',
      '',
      '✓',
      '',
    ]);
  });

  it('names a citizen without an affiliation "Citizen" in English, "Borger" in Danish', () => {
    const board = paperExampleBoard();
    board.people = board.people.map((p) => (p.id === 'soeren' ? { ...p, affiliation: '' } : p));
    const name = (lang: 'da' | 'en') =>
      show(board, lang).container.querySelector('[data-testid="overview-person-soeren"] th')
        ?.textContent;
    expect(name('da')).toBe('Søren S., Borger');
    mounted?.unmount();
    expect(name('en')).toBe('Søren S., Citizen');
  });

  it('shows a typed affiliation "Borger" as typed in English too', () => {
    // The paper example's Søren has "Borger" typed as his affiliation.
    const name = show(paperExampleBoard(), 'en').container.querySelector(
      '[data-testid="overview-person-soeren"] th',
    )?.textContent;
    expect(name).toBe('Søren S., Borger');
  });

  it('counts distinct people per category per meeting at the foot', () => {
    const { container } = show(overviewBoard());
    expect(rowCells(byTestId(container, 'overview-count-professional'))).toEqual([
      'Fagprofessionel',
      '',
      '2',
      '0',
      '0',
    ]);
    expect(rowCells(byTestId(container, 'overview-count-citizen'))).toEqual([
      'Borger',
      '',
      '1',
      '0',
      '0',
    ]);
    expect(rowCells(byTestId(container, 'overview-count-politician'))).toEqual([
      'Politiker',
      '',
      '0',
      '1',
      '0',
    ]);
    expect(rowCells(byTestId(container, 'overview-count-total'))).toEqual([
      'I alt',
      '',
      '3',
      '1',
      '0',
    ]);
    const categories = [...container.querySelectorAll('tfoot th')].map((th) => th.textContent);
    expect(categories).toEqual([
      'Borger',
      'Fagprofessionel',
      'Ekstern',
      'Referenceleder',
      'Politiker',
      'Andet',
      'I alt',
    ]);
  });

  it('names categories and meetings in English for English users', () => {
    const { container } = show(overviewBoard(), 'en');
    const categories = [...container.querySelectorAll('tfoot th')].map((th) => th.textContent);
    expect(categories).toEqual([
      'Citizen',
      'Professional',
      'External',
      'Reference leader',
      'Politician',
      'Other',
      'Total',
    ]);
    expect(byTestId(container, 'overview-col-m2').textContent).toBe(
      'Network meeting 29 February 2027',
    );
  });

  it('numbers two extra meetings, so their columns can be told apart, in either language', () => {
    const board = overviewBoard();
    for (const id of ['x1', 'x2']) board.meetings.splice(2, 0, extraMeeting(id));
    const heading = (container: HTMLElement, id: string) =>
      byTestId(container, `overview-col-${id}`).querySelector('button')?.textContent;
    const da = show(board).container;
    expect(['x2', 'x1'].map((id) => heading(da, id))).toEqual(['Ekstramøde 1', 'Ekstramøde 2']);
    expect(heading(da, 'm1')).toBe('Netværksmøde 1');
    mounted?.unmount();
    const en = show(board, 'en').container;
    expect(['x2', 'x1'].map((id) => heading(en, id))).toEqual([
      'Extra meeting 1',
      'Extra meeting 2',
    ]);
  });

  it('focuses a lane when its column heading is clicked', () => {
    const { container, onFocus } = show(overviewBoard());
    click(byTestId(container, 'overview-col-final').querySelector('button') as Element);
    expect(onFocus).toHaveBeenCalledWith({ kind: 'lane', id: 'final' });
  });
});
