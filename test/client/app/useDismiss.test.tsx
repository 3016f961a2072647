// @vitest-environment happy-dom
import { act, useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDismiss } from '../../../client/app/useDismiss.ts';
import { byTestId, mount, type Mounted } from '../plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** A menu as the toolbar's are built: a button, and a popover with items while open. */
function Menu() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useDismiss(open, root, () => setOpen(false));
  return (
    <div ref={root}>
      <button type="button" data-testid="trigger" onClick={() => setOpen(true)}>
        Menu
      </button>
      {open && (
        <div data-testid="popover">
          <button type="button" data-testid="item">
            Item
          </button>
        </div>
      )}
    </div>
  );
}

const escape = () =>
  act(() => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });

describe('useDismiss', () => {
  it('gives the focus back to the menu’s button when Escape closes it from inside', () => {
    mounted = mount(<Menu />);
    const { container } = mounted;
    act(() => byTestId(container, 'trigger').click());
    act(() => byTestId(container, 'item').focus());
    escape();
    expect(container.querySelector('[data-testid="popover"]')).toBeNull();
    expect(document.activeElement).toBe(byTestId(container, 'trigger'));
  });

  it('leaves the focus alone when it was elsewhere', () => {
    mounted = mount(<Menu />);
    const { container } = mounted;
    const outside = document.createElement('input');
    document.body.append(outside);
    act(() => byTestId(container, 'trigger').click());
    outside.focus();
    escape();
    expect(container.querySelector('[data-testid="popover"]')).toBeNull();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});
