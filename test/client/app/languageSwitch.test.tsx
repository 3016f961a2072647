// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageSwitch } from '../../../client/app/LanguageSwitch.tsx';
import type { Lang } from '../../../shared/i18n/index.ts';
import { byTestId, click, mount, type Mounted } from '../plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** The button's accessible name as a screen reader computes it for a labelled or plain button. */
function accessibleName(button: HTMLElement): string {
  return (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
}

function show(lang: Lang) {
  const setLang = vi.fn<(lang: Lang) => void>();
  mounted = mount(<LanguageSwitch lang={lang} setLang={setLang} />);
  return { button: byTestId(mounted.container, 'lang-switch'), setLang };
}

describe('the language button', () => {
  it.each([
    ['da', 'English', 'en'],
    ['en', 'Dansk', 'da'],
  ] as const)('in %s is named by the word it shows, %s (WCAG 2.5.3)', (lang, shown, other) => {
    const { button, setLang } = show(lang);
    expect(button.textContent).toBe(shown);
    expect(accessibleName(button)).toContain(shown);
    click(button);
    expect(setLang).toHaveBeenCalledWith(other);
  });

  it('marks only the shown word as the other language, not its hint', () => {
    const { button } = show('da');
    expect(button.hasAttribute('lang')).toBe(false);
    const marked = button.querySelectorAll('[lang]');
    expect(
      [...marked].map((element) => [element.getAttribute('lang'), element.textContent]),
    ).toEqual([['en', 'English']]);
    expect(button.title).toBe('Sprog');
  });
});
