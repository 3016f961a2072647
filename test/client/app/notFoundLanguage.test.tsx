// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../client/app/App.tsx';
import { byTestId, click, mount, type Mounted } from '../plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  localStorage.clear();
  history.replaceState(null, '', '/');
});

describe('the not-found page', () => {
  it('has the language switch, and switching turns the page into English', () => {
    history.replaceState(null, '', '/no/such/page');
    mounted = mount(<App />);
    const page = byTestId(mounted.container, 'not-found');
    expect(page.querySelector('h1')?.textContent).toBe('Tavlen findes ikke');

    click(byTestId(page, 'lang-switch'));

    expect(page.querySelector('h1')?.textContent).toBe('This board does not exist');
    expect(byTestId(page, 'lang-switch').textContent).toBe('Dansk');
    expect(document.documentElement.lang).toBe('en');
  });
});
