// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { NamePrompt } from '../../client/board/NamePrompt.tsx';
import { byTestId, mount, type Mounted } from './plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const tab = (target: Element, shiftKey = false) =>
  act(() => {
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }),
    );
  });

describe('the name prompt', () => {
  it('keeps Tab inside itself, as a modal does (the board behind it is not reachable)', () => {
    mounted = mount(<NamePrompt lang="da" onDone={() => {}} />);
    const input = byTestId(mounted.container, 'name-input');
    const ok = byTestId(mounted.container, 'name-submit');
    ok.focus();
    tab(ok);
    expect(document.activeElement).toBe(input);
    tab(input, true);
    expect(document.activeElement).toBe(ok);
  });
});
