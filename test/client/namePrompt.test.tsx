// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NamePrompt } from '../../client/board/NamePrompt.tsx';
import { byTestId, mount, typeInto, type Mounted } from './plan/harness.tsx';

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
    mounted = mount(<NamePrompt lang="da" setLang={() => {}} onDone={() => {}} />);
    const input = byTestId(mounted.container, 'name-input');
    const ok = byTestId(mounted.container, 'name-submit');
    const language = byTestId(mounted.container, 'lang-switch');
    // The language switch comes last, after OK (the browser moves from OK to it).
    expect(ok.compareDocumentPosition(language) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    language.focus();
    tab(language);
    expect(document.activeElement).toBe(input);
    tab(input, true);
    expect(document.activeElement).toBe(language);
  });

  it('has its own language switch, as the toolbar one is behind the modal', () => {
    const setLang = vi.fn();
    mounted = mount(<NamePrompt lang="da" setLang={setLang} onDone={() => {}} />);
    expect(mounted.container.textContent).toContain('Hvad hedder du?');
    act(() => byTestId(mounted!.container, 'lang-switch').click());
    expect(setLang).toHaveBeenCalledWith('en');
    mounted.unmount();
    mounted = mount(<NamePrompt lang="en" setLang={setLang} onDone={() => {}} />);
    expect(mounted.container.textContent).toContain('What is your name?');
    expect(byTestId(mounted.container, 'lang-switch').textContent).toBe('Dansk');
  });

  it('asks for a name before it is done: an empty or blank one is refused', () => {
    const onDone = vi.fn();
    mounted = mount(<NamePrompt lang="da" setLang={() => {}} onDone={onDone} />);
    const input = byTestId(mounted.container, 'name-input') as HTMLInputElement;
    expect(input.required).toBe(true);
    const submit = () =>
      act(() => {
        input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      });
    submit();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('says why a name of only spaces is refused, in the prompt’s language, until it is typed again', () => {
    const onDone = vi.fn();
    mounted = mount(<NamePrompt lang="en" setLang={() => {}} onDone={onDone} />);
    const input = byTestId(mounted.container, 'name-input') as HTMLInputElement;
    typeInto(input, '   ');
    act(() => {
      input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onDone).not.toHaveBeenCalled();
    const message = byTestId(mounted.container, 'name-blank');
    expect(message.textContent).toBe('Type a name, not only spaces.');
    expect(message.getAttribute('role')).toBe('alert');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(message.id);
    typeInto(input, '  Ane');
    expect(mounted.container.querySelector('[data-testid="name-blank"]')).toBeNull();
    act(() => {
      input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onDone).toHaveBeenCalledWith('Ane');
  });

  it('keeps a pasted name over 60 characters whole and says how long it may be, not cutting it unseen', () => {
    const onDone = vi.fn();
    mounted = mount(<NamePrompt lang="da" setLang={() => {}} onDone={onDone} />);
    const input = byTestId(mounted.container, 'name-input') as HTMLInputElement;
    expect(input.maxLength).toBe(-1);
    const pasted = 'Fatima Al-Hassan, Børne- og Ungeforvaltningen, Sundhedsplejen Nord';
    typeInto(input, pasted);
    act(() => {
      input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onDone).not.toHaveBeenCalled();
    expect(input.value).toBe(pasted);
    expect(byTestId(mounted.container, 'name-blank').textContent).toBe(
      `Teksten er for lang: ${pasted.length} tegn, højst 60. Gør den kortere – intet er gemt endnu.`,
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    typeInto(input, 'Fatima Al-Hassan');
    act(() => {
      input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onDone).toHaveBeenCalledWith('Fatima Al-Hassan');
  });
});
