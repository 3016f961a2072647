// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { FormPalette } from '../../../client/panels/FormPalette.tsx';
import { PeoplePool } from '../../../client/panels/PeoplePool.tsx';
import { placeTargets } from '../../../client/panels/usePlaceMenu.ts';
import type { BoardActions } from '../../../client/sync/actions.ts';
import { addMeeting } from '../../../shared/ops/index.ts';
import { extraMeeting, paperExampleBoard } from '../../helpers/boards.ts';
import {
  byTestId,
  click,
  getByTestId,
  pointer,
  press,
  release,
  panelOnBoard,
  type FakeCanvas,
  type Mounted,
  type PanelOnBoard,
  type SidePanelProps,
} from './harness.ts';

/**
 * A pool or palette row as a menu button: its menu of meetings is the way to
 * place a person or a form without dragging (keyboard, screen reader, touch).
 */

let panel: PanelOnBoard;
let doc: Y.Doc;
let actions: BoardActions;
let canvas: FakeCanvas;
let view: Mounted;

const props = (overrides: Partial<SidePanelProps> = {}) => panel.props(overrides);
/** Re-renders with the document's current state, as the board page does on every update. */
const rerender = (overrides: Partial<SidePanelProps> = {}) => panel.rerender(overrides);

beforeEach(() => {
  panel = panelOnBoard(PeoplePool);
  ({ doc, actions, canvas, view } = panel);
});

afterEach(() => {
  panel.dispose();
  vi.restoreAllMocks();
});

const button = (id = 'soeren') => getByTestId(view.container, `person-place-${id}`);
/** A press released where it began, and its click: a click or a tap, not a drag. */
const tap = (element: Element, x = 50, y = 40) => {
  pointer(element, 'pointerdown', x, y);
  pointer(window, 'pointerup', x, y);
  click(element);
};
const menu = (id = 'soeren') => byTestId(view.container, `person-place-menu-${id}`);
const items = (id = 'soeren') => [
  ...(menu(id)?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
];
const labels = (id = 'soeren') => items(id).map((item) => item.textContent);
const focused = () => document.activeElement;

describe('a pool row as a menu button', () => {
  it('takes the focus, is described by the hint, and a press opens a menu of the meetings in board order, then parking', () => {
    const place = button();
    expect(place.getAttribute('role')).toBe('button');
    expect(place.tabIndex).toBe(0);
    expect(place.textContent).toContain('Søren S.');
    expect(place.getAttribute('aria-haspopup')).toBe('menu');
    expect(place.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(place.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Træk en person ind på et møde, eller klik på personen og vælg mødet.',
    );
    expect(menu()).toBeNull();
    tap(place);
    expect(place.getAttribute('aria-expanded')).toBe('true');
    const list = menu()?.querySelector('[role="menu"]');
    expect(place.getAttribute('aria-controls')).toBe(list?.id);
    expect(list?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(document.getElementById(list?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      'Sæt Søren S. på',
    );
    // As the lanes name them, with the sub-theme.
    expect(labels()).toEqual([
      'Netværksmøde 1: Hvad ved vi?',
      'Netværksmøde 2: Borgernes perspektiv',
      'Afsluttende møde',
      'Parkering',
    ]);
    expect(focused()).toBe(items()[0]);
  });

  it('opens on Enter with the focus on the first meeting, and takes that Enter from the board', () => {
    const boardSaw: boolean[] = [];
    const onWindowKey = (event: KeyboardEvent) => boardSaw.push(event.defaultPrevented);
    window.addEventListener('keydown', onWindowKey);
    try {
      press(button(), 'Enter');
    } finally {
      window.removeEventListener('keydown', onWindowKey);
    }
    // The board's Enter (edit the selected note) skips an Enter already taken.
    expect(boardSaw).toEqual([true]);
    expect(menu()).not.toBeNull();
    expect(focused()).toBe(items()[0]);
  });

  it('opens on Space and on ArrowDown too, taking the key from the page', () => {
    expect(press(button(), ' ').defaultPrevented).toBe(true);
    // On the keyup: the keyup of the key that opened it must not reach the first entry.
    expect(menu()).toBeNull();
    expect(release(button(), ' ').defaultPrevented).toBe(true);
    expect(focused()).toBe(items()[0]);
    press(focused()!, 'Escape');
    press(button(), 'ArrowDown');
    expect(focused()).toBe(items()[0]);
  });

  it('arrows move through the items, wrapping, and Enter places the note there; the focus returns to the row', () => {
    press(button(), 'ArrowDown');
    press(focused()!, 'ArrowDown');
    expect(focused()).toBe(items()[1]);
    press(focused()!, 'End');
    expect(focused()).toBe(items()[3]);
    press(focused()!, 'ArrowDown');
    expect(focused()).toBe(items()[0]);
    press(focused()!, 'ArrowUp');
    press(focused()!, 'Home');
    press(focused()!, 'ArrowDown');
    const enter = press(focused()!, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(canvas.placePerson).toHaveBeenCalledTimes(1);
    expect(canvas.placePerson).toHaveBeenCalledWith('soeren', 'm2');
    expect(menu()).toBeNull();
    expect(focused()).toBe(button());
    expect(button().getAttribute('aria-expanded')).toBe('false');
    // Said to screen readers, as the focus stays here.
    const status = getByTestId(view.container, 'pool-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('Søren S. er sat på „Netværksmøde 2: Borgernes perspektiv“.');
  });

  it('ArrowUp opens on the last item, the parking area, which parks the note', () => {
    press(button(), 'ArrowUp');
    expect(focused()).toBe(items()[3]);
    click(focused()!);
    expect(canvas.placePerson).toHaveBeenCalledWith('soeren', null);
    expect(getByTestId(view.container, 'pool-status').textContent).toBe(
      'Søren S. er sat i parkeringen.',
    );
  });

  it('Escape closes the menu, returns the focus to the row and leaves the board its selection', () => {
    const boardSaw: KeyboardEvent[] = [];
    const onWindowKey = (event: KeyboardEvent) => boardSaw.push(event);
    press(button(), 'Enter');
    window.addEventListener('keydown', onWindowKey);
    try {
      press(focused()!, 'Escape');
    } finally {
      window.removeEventListener('keydown', onWindowKey);
    }
    expect(boardSaw).toEqual([]);
    expect(menu()).toBeNull();
    expect(focused()).toBe(button());
    expect(canvas.placePerson).not.toHaveBeenCalled();
  });

  it('Tab leaves the menu closed, from the row', () => {
    press(button(), 'Enter');
    press(focused()!, 'Tab');
    expect(menu()).toBeNull();
    expect(focused()).toBe(button());
  });

  it('a press outside closes it; a press on the row again closes it too', () => {
    tap(button());
    pointer(document.body, 'pointerdown', 500, 500);
    expect(menu()).toBeNull();
    tap(button());
    tap(getByTestId(view.container, 'pool-entry-soeren'));
    expect(menu()).toBeNull();
    expect(canvas.placePerson).not.toHaveBeenCalled();
  });

  it('a mouse press leaves the focus nowhere, as on a plain row: after a drag, Enter edits the dropped note', () => {
    const search = getByTestId(view.container, 'pool-filter');
    search.focus();
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    button().dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    expect(focused()).toBe(document.body);
  });

  it('a drag from the row still drops, and opens no menu', () => {
    pointer(button(), 'pointerdown', 50, 40);
    pointer(window, 'pointermove', 420, 300);
    pointer(window, 'pointerup', 420, 300);
    expect(canvas.dropPerson).toHaveBeenCalledWith('soeren', 420, 300);
    expect(menu()).toBeNull();
  });

  it("a press on the row's ✎ opens the editor, not the menu", () => {
    tap(getByTestId(view.container, 'person-edit-soeren'));
    expect(menu()).toBeNull();
    expect(byTestId(view.container, 'person-form-soeren')).not.toBeNull();
  });

  it('is open on one row at a time, and a press in it drags nothing', () => {
    tap(button('soeren'));
    tap(button('helle'));
    expect(menu('soeren')).toBeNull();
    expect(menu('helle')).not.toBeNull();
    pointer(items('helle')[0]!, 'pointerdown', 50, 40);
    pointer(window, 'pointermove', 420, 300);
    pointer(window, 'pointerup', 420, 300);
    expect(document.querySelector('.panel-ghost')).toBeNull();
    expect(canvas.dropPerson).not.toHaveBeenCalled();
  });

  it('follows the board while open: a meeting added meanwhile is offered', () => {
    tap(button());
    addMeeting(doc, { kind: 'extra' }, 'someone-else');
    rerender();
    expect(labels()).toHaveLength(5);
    expect(labels()).toContain('Ekstramøde');
  });

  it('shows why a placing failed, and announces nothing', () => {
    canvas.placePerson.mockReturnValueOnce({
      ok: false,
      error: { code: 'not-found', detail: 'meeting m2 does not exist' },
    });
    tap(button());
    click(items()[1]!);
    expect(getByTestId(view.container, 'pool-error').textContent).toContain('findes ikke');
    expect(getByTestId(view.container, 'pool-status').textContent).toBe('');
  });

  it('speaks English when asked', () => {
    rerender({ lang: 'en' });
    tap(button());
    expect(menu()?.querySelector('.place-menu-title')?.textContent).toBe('Place Søren S. on');
    expect(labels()).toEqual([
      'Network meeting 1: Hvad ved vi?',
      'Network meeting 2: Borgernes perspektiv',
      'Final meeting',
      'Parking',
    ]);
    click(items()[0]!);
    expect(getByTestId(view.container, 'pool-status').textContent).toBe(
      'Søren S. placed on “Network meeting 1: Hvad ved vi?”.',
    );
  });

  it('says where the last placing went in the language switched to, the meeting named in it', () => {
    press(button(), 'Enter');
    click(items()[1]!);
    expect(getByTestId(view.container, 'pool-status').textContent).toBe(
      'Søren S. er sat på „Netværksmøde 2: Borgernes perspektiv“.',
    );
    rerender({ lang: 'en' });
    expect(getByTestId(view.container, 'pool-status').textContent).toBe(
      'Søren S. placed on “Network meeting 2: Borgernes perspektiv”.',
    );
  });

  it('is not there read-only, nor before the canvas is ready: the row is plain text then', () => {
    rerender({ readOnly: true, actions: null });
    const row = getByTestId(view.container, 'pool-entry-soeren');
    expect(byTestId(view.container, 'person-place-soeren')).toBeNull();
    expect(row.querySelector('[role="button"], [tabindex]')).toBeNull();
    tap(row);
    expect(menu()).toBeNull();
    rerender({ canvas: null });
    expect(byTestId(view.container, 'person-place-soeren')).toBeNull();
  });
});

describe('a palette row as a menu button', () => {
  it('places a form from the keyboard on the meeting picked', () => {
    view.render(<FormPalette {...props()} />);
    const place = getByTestId(view.container, 'palette-place-p1');
    expect(place.getAttribute('role')).toBe('button');
    press(place, 'Enter');
    expect(menu('p1')).toBeNull();
    expect(byTestId(view.container, 'palette-place-menu-p1')?.textContent).toContain(
      'Sæt Oplæg på',
    );
    press(focused()!, 'ArrowDown');
    press(focused()!, 'ArrowDown');
    press(focused()!, 'Enter');
    expect(canvas.placePaletteForm).toHaveBeenCalledWith('p1', 'final');
    expect(focused()).toBe(place);
    expect(getByTestId(view.container, 'palette-status').textContent).toBe(
      'Oplæg er sat på „Afsluttende møde“.',
    );
  });
});

describe('the meetings a menu offers', () => {
  it('numbers a title that would repeat, as the overview does, and keeps the sub-theme', () => {
    const board = paperExampleBoard();
    const meetings = [
      ...board.meetings,
      extraMeeting('x1'),
      { ...extraMeeting('x2'), subtheme: ' Med skolen ' },
    ];
    expect(placeTargets(meetings, 'da').map((t) => [t.id, t.label])).toEqual([
      ['m1', 'Netværksmøde 1: Hvad ved vi?'],
      ['m2', 'Netværksmøde 2: Borgernes perspektiv'],
      ['final', 'Afsluttende møde'],
      ['x1', 'Ekstramøde 1'],
      ['x2', 'Ekstramøde 2: Med skolen'],
      [null, 'Parkering'],
    ]);
  });
});
