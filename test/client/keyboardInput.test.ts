// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { CanvasController } from '../../client/canvas/controller.ts';
import { attachKeyboardInput } from '../../client/canvas/keyboardInput.ts';

let detach: (() => void) | null = null;
afterEach(() => {
  detach?.();
  detach = null;
  document.body.replaceChildren();
});

/** What the key handler reads of the controller while an editor is open. */
function withOpenEditor() {
  const calls = { cancelled: 0 };
  const fake = {
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
      props: { selection: [selected] },
      deleteSelection: () => buttons.find((b) => b.dataset['boardEnter'] === selected)?.remove(),
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
