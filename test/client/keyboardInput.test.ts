// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { CanvasController } from '../../client/canvas/controller.ts';
import { attachKeyboardInput } from '../../client/canvas/keyboardInput.ts';
import { computeLayout } from '../../client/canvas/boardGeometry.ts';
import { focusTarget } from '../../client/canvas/canvasHandle.ts';
import { LANE_WIDTH } from '../../shared/layout.ts';
import { boardWith, idea } from './boardFixture.ts';

let detach: (() => void) | null = null;
afterEach(() => {
  detach?.();
  detach = null;
  document.body.replaceChildren();
});

/** What the key handler reads of the controller while an editor is open. */
function withOpenEditor(container?: HTMLElement) {
  const calls = { cancelled: 0 };
  const fake = {
    container,
    editing: { kind: 'note', id: 'n1' },
    editorCancel: () => (calls.cancelled += 1),
    readOnly: false,
    props: { selection: [] },
  };
  detach = attachKeyboardInput(fake as unknown as CanvasController);
  return calls;
}

const escapeOn = (target: EventTarget) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
  );

describe('Alt+Left while an editor is open', () => {
  it('is not the browser’s Back when the board has the focus (the editor’s text would go with the page)', () => {
    const board = document.createElement('div');
    board.tabIndex = 0;
    document.body.append(board);
    withOpenEditor(board);
    const back = new KeyboardEvent('keydown', {
      key: 'ArrowLeft',
      altKey: true,
      bubbles: true,
      cancelable: true,
    });
    board.dispatchEvent(back);
    expect(back.defaultPrevented).toBe(true);
    const elsewhere = new KeyboardEvent('keydown', {
      key: 'ArrowLeft',
      altKey: true,
      bubbles: true,
      cancelable: true,
    });
    document.body.dispatchEvent(elsewhere);
    expect(elsewhere.defaultPrevented).toBe(false);
  });
});

describe('Escape while an editor is open', () => {
  it('cancels the editor when the focus has left it for the page', () => {
    const calls = withOpenEditor();
    escapeOn(document.body);
    expect(calls.cancelled).toBe(1);
  });

  it('leaves it alone when the Escape is meant for another field (the pool search, a select)', () => {
    const calls = withOpenEditor();
    const search = document.createElement('input');
    search.type = 'search';
    const select = document.createElement('select');
    document.body.append(search, select);
    escapeOn(search);
    escapeOn(select);
    expect(calls.cancelled).toBe(0);
  });
});

describe('Enter with one post-it selected', () => {
  function withSelection() {
    const opened: string[] = [];
    const fake = {
      editing: null,
      readOnly: false,
      props: { selection: ['n1'] },
      layout: { noteById: new Map([['n1', {}]]) },
      openEditor: (target: { id: string }) => opened.push(target.id),
    };
    detach = attachKeyboardInput(fake as unknown as CanvasController);
    return opened;
  }

  const enterOn = (target: EventTarget) =>
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    );

  it('opens its editor from the board or the page', () => {
    const opened = withSelection();
    enterOn(document.body);
    expect(opened).toEqual(['n1']);
  });

  it('leaves Enter to a focused button or menu entry, which it presses (a panel row’s ✎ or ✕)', () => {
    const opened = withSelection();
    const button = document.createElement('button');
    const item = document.createElement('div');
    item.setAttribute('role', 'menuitem');
    document.body.append(button, item);
    enterOn(button);
    enterOn(item);
    expect(opened).toEqual([]);
  });
});

describe('Enter on a plan row’s name', () => {
  it('presses it while another post-it is selected, and edits its post-it once that is the one selected', () => {
    const opened: string[] = [];
    const selection = ['n2'];
    const fake = {
      editing: null,
      readOnly: false,
      props: { selection },
      layout: {
        noteById: new Map([
          ['n1', {}],
          ['n2', {}],
        ]),
      },
      openEditor: (target: { id: string }) => opened.push(target.id),
    };
    detach = attachKeyboardInput(fake as unknown as CanvasController);
    const name = document.createElement('button');
    name.setAttribute('data-board-enter', 'n1');
    document.body.append(name);
    const enter = () =>
      name.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
      );
    enter();
    expect(opened).toEqual([]);
    selection.splice(0, 1, 'n1');
    enter();
    expect(opened).toEqual(['n1']);
  });
});

describe('arrow keys', () => {
  /** A board of two post-its side by side in the first meeting; the board element holds the focus. */
  function onBoard(readOnly = false) {
    const selection: string[] = [];
    const dropped: unknown[] = [];
    const container = document.createElement('div');
    const liveRegion = document.createElement('div');
    document.body.append(container, liveRegion);
    const board = boardWith([
      idea('n1', 'meetingAAA1', 12, 12),
      idea('n2', 'meetingAAA1', 204, 12),
    ]);
    const fake = {
      editing: null,
      readOnly,
      container,
      liveRegion,
      layout: computeLayout(board),
      people: new Map(),
      camera: { x: 0, y: 0, zoom: 1 },
      size: { width: 4000, height: 4000 },
      props: {
        lang: 'da',
        selection,
        actions: {
          dropNotes: (moves: unknown) => {
            dropped.push(moves);
            return { ok: true };
          },
        },
      },
      select: (ids: string[]) => selection.splice(0, selection.length, ...ids),
      setCamera: () => {},
      deleteSelection: () => !readOnly,
      // The copy of n1 shows as n2 once the board has rendered it.
      duplicateSelection: () => (readOnly ? null : ['n2']),
      afterRender: null as (() => void) | null,
    };
    detach = attachKeyboardInput(fake as unknown as CanvasController);
    const press = (target: EventTarget, key: string, altKey = false) => {
      const event = new KeyboardEvent('keydown', { key, altKey, bubbles: true, cancelable: true });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    return { selection, dropped, container, liveRegion, press, fake };
  }

  it('on the board: select the first post-it, then the next one that way, and say which', () => {
    const { selection, container, liveRegion, press } = onBoard();
    expect(press(container, 'ArrowDown')).toBe(true);
    expect(selection).toEqual(['n1']);
    press(container, 'ArrowRight');
    expect(selection).toEqual(['n2']);
    expect(liveRegion.textContent).toBe('Idé: n2 — Netværksmøde 1');
  });

  it('say what Delete deleted and what Ctrl+D copied, once the copies show; on a read-only board nothing', () => {
    const { container, liveRegion, press, fake } = onBoard();
    press(container, 'ArrowDown');
    press(container, 'Delete');
    expect(liveRegion.textContent).toBe('Slettet: Idé: n1 — Netværksmøde 1');
    const ctrlD = new KeyboardEvent('keydown', { key: 'd', ctrlKey: true, bubbles: true });
    container.dispatchEvent(ctrlD);
    fake.afterRender?.();
    expect(liveRegion.textContent).toBe('Kopieret: Idé: n2 — Netværksmøde 1');
    detach?.();
    const readOnly = onBoard(true);
    readOnly.press(readOnly.container, 'ArrowDown');
    readOnly.press(readOnly.container, 'Delete');
    expect(readOnly.liveRegion.textContent).toBe('Idé: n1 — Netværksmøde 1');
  });

  it('go on from where they were when someone else deletes the selected post-it', () => {
    const { selection, container, press, fake } = onBoard();
    press(container, 'ArrowDown');
    press(container, 'ArrowRight');
    expect(selection).toEqual(['n2']);
    // n2 is deleted elsewhere; a post-it stands further right.
    fake.layout = computeLayout(
      boardWith([idea('n1', 'meetingAAA1', 12, 12), idea('n3', 'meetingAAA1', 396, 12)]),
    );
    press(container, 'ArrowRight');
    expect(selection).toEqual(['n3']);
  });

  it('stay the page’s elsewhere: on a button, in a text field', () => {
    const { selection, press } = onBoard();
    const button = document.createElement('button');
    const input = document.createElement('input');
    document.body.append(button, input);
    expect(press(button, 'ArrowDown')).toBe(false);
    expect(press(input, 'ArrowDown')).toBe(false);
    expect(press(input, 'ArrowRight', true)).toBe(false);
    expect(selection).toEqual([]);
  });

  it('with Alt move the selection to the next meeting; read-only, nothing moves (and Alt+Left is not Back)', () => {
    const editable = onBoard();
    editable.press(editable.container, 'ArrowDown');
    editable.press(editable.container, 'ArrowRight', true);
    expect(editable.dropped).toEqual([[{ id: 'n1', lane: 'meetingBBB2', x: 12, y: 12 }]]);
    detach?.();
    const readOnly = onBoard(true);
    readOnly.press(readOnly.container, 'ArrowDown');
    expect(readOnly.selection).toEqual(['n1']);
    expect(readOnly.press(readOnly.container, 'ArrowLeft', true)).toBe(true);
    expect(readOnly.dropped).toEqual([]);
  });

  it('with Alt keep a new meeting’s lane focus that still waits for its render', () => {
    // The toolbar's "add meeting" asks the board to show the new lane (focusTarget), which the
    // board lays out only at its next render; Alt+Right comes before that render.
    const { container, liveRegion, press, fake } = onBoard();
    const cameras: { x: number; y: number; zoom: number }[] = [];
    Object.assign(fake, { setCamera: (camera: (typeof cameras)[number]) => cameras.push(camera) });
    const controller = fake as unknown as CanvasController;
    press(container, 'ArrowDown');
    focusTarget(controller, { kind: 'lane', id: 'meetingNEW4' });
    press(container, 'ArrowRight', true);
    // The render: the new meeting stands last, the post-it in the next meeting.
    const board = boardWith([
      idea('n1', 'meetingBBB2', 12, 12),
      idea('n2', 'meetingAAA1', 204, 12),
    ]);
    const added = { ...board.meetings[0]!, id: 'meetingNEW4' };
    fake.layout = computeLayout({ ...board, meetings: [...board.meetings, added] });
    const run = fake.afterRender;
    fake.afterRender = null;
    run?.();
    const lane = fake.layout.laneById.get('meetingNEW4')!;
    // Centred on the new lane (a 4000-wide view at zoom 1), its header at the top.
    expect(cameras).toContainEqual({ zoom: 1, x: 2000 - lane.x - LANE_WIDTH / 2, y: 16 });
    // And the move was told, as without the waiting focus.
    expect(liveRegion.textContent).toBe('Idé: n1 — Netværksmøde 2');
  });
});

describe('Delete on a plan row', () => {
  /** A plan of rows (their name buttons) in a tab panel; the board deletes the selection's rows. */
  function planOf(ids: readonly string[], selected: string) {
    const panel = document.createElement('div');
    panel.setAttribute('role', 'tabpanel');
    panel.tabIndex = -1;
    const buttons = ids.map((id) => {
      const button = document.createElement('button');
      button.setAttribute('data-board-enter', id);
      return button;
    });
    panel.append(...buttons);
    document.body.append(panel);
    const fake = {
      editing: null,
      readOnly: false,
      layout: computeLayout(boardWith([])),
      people: new Map(),
      liveRegion: null,
      props: { lang: 'da', selection: [selected] },
      deleteSelection: () => !!buttons.find((b) => b.dataset['boardEnter'] === selected)?.remove(),
    };
    detach = attachKeyboardInput(fake as unknown as CanvasController);
    const row = buttons[ids.indexOf(selected)]!;
    row.focus();
    row.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Delete', bubbles: true, cancelable: true }),
    );
    return { panel, buttons };
  }

  it('moves the focus to the next row, as in a list', () => {
    const { buttons } = planOf(['n1', 'n2', 'n3'], 'n2');
    expect(document.activeElement).toBe(buttons[2]);
  });

  it('to the previous row after the last one, and to the plan after the only one', () => {
    const { buttons } = planOf(['n1', 'n2'], 'n2');
    expect(document.activeElement).toBe(buttons[0]);
    detach?.();
    document.body.replaceChildren();
    const { panel } = planOf(['n5'], 'n5');
    expect(document.activeElement).toBe(panel);
  });
});
