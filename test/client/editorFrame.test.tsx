// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorFrame } from '../../client/canvas/editorFrame.tsx';
import type { CanvasController } from '../../client/canvas/controller.ts';
import { byTestId, click, mount, pressKey, type Mounted } from './plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** What EditorFrame uses of the controller: the camera, the view size, the save hook. */
function fakeController(container: HTMLDivElement | null = null): CanvasController {
  const fake = {
    camera: { x: 0, y: 0, zoom: 1 },
    size: { width: 1000, height: 800 },
    onCamera: () => () => {},
    editorSave: null,
    container,
  };
  return fake as unknown as CanvasController;
}

function show() {
  const calls: string[] = [];
  mounted = mount(
    <EditorFrame
      controller={fakeController()}
      board={{ x: 0, y: 0, width: 100, height: 100 }}
      label="Rediger post-it"
      hint="Enter gemmer"
      lang="da"
      onSave={() => calls.push('save')}
      onCancel={() => calls.push('cancel')}
      onDelete={() => calls.push('delete')}
      deleteLabel="Slet"
    >
      <input data-testid="field" />
    </EditorFrame>,
  );
  return { container: mounted.container, calls };
}

/** An editor with one field whose saves and cancels do nothing. */
function quietEditor(controller: CanvasController) {
  return (
    <EditorFrame
      controller={controller}
      board={{ x: 0, y: 0, width: 100, height: 100 }}
      label="Rediger post-it"
      hint=""
      lang="da"
      onSave={() => {}}
      onCancel={() => {}}
    >
      <input data-testid="field" />
    </EditorFrame>
  );
}

describe('the editor frame', () => {
  it('saves, cancels and deletes with its buttons (for screens without a keyboard)', () => {
    const { container, calls } = show();
    expect(byTestId(container, 'editor-save').textContent).toBe('Gem');
    click(byTestId(container, 'editor-cancel'));
    click(byTestId(container, 'editor-delete'));
    click(byTestId(container, 'editor-save'));
    expect(calls).toEqual(['cancel', 'delete', 'save']);
  });

  it('saves on Enter in a field, but Enter on Annuller or Slet does what the button says', () => {
    const { container, calls } = show();
    pressKey(byTestId(container, 'field'), 'Enter');
    expect(calls).toEqual(['save']);
    calls.length = 0;
    for (const id of ['editor-cancel', 'editor-delete']) pressKey(byTestId(container, id), 'Enter');
    // The browser turns Enter on a focused button into a click; the frame must not save instead.
    expect(calls).toEqual([]);
    pressKey(byTestId(container, 'field'), 'Escape');
    expect(calls).toEqual(['cancel']);
  });

  it('gives the focus back to what opened it when it closes (a plan row button, the board)', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    mounted = mount(quietEditor(fakeController()));
    expect(document.activeElement).toBe(byTestId(mounted.container, 'field'));
    mounted.render(<p />);
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('gives the focus to the board when what opened it is gone', () => {
    const board = document.createElement('div');
    board.tabIndex = 0;
    document.body.append(board);
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    mounted = mount(quietEditor(fakeController(board)));
    opener.remove();
    mounted.render(<p />);
    expect(document.activeElement).toBe(board);
    board.remove();
  });

  it('keeps Tab inside: from its last button to its first field and back', () => {
    const { container } = show();
    const field = byTestId(container, 'field');
    const save = byTestId(container, 'editor-save');
    save.focus();
    act(() => {
      save.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }),
      );
    });
    expect(document.activeElement).toBe(field);
    act(() => {
      field.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Tab',
          shiftKey: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    });
    expect(document.activeElement).toBe(save);
  });
});
