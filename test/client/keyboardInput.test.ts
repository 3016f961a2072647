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
