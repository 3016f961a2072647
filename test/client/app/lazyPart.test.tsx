// @vitest-environment happy-dom
import { Suspense, act, type ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyPart, preloadablePart } from '../../../client/app/lazyPart.tsx';
import type { Lang } from '../../../shared/i18n/index.ts';
import { byTestId, click, mount, waitForDom, type Mounted } from '../plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function Panel(props: { lang: Lang; text: string }) {
  return <p data-testid="panel">{props.text}</p>;
}

describe('a part loaded on first use', () => {
  it('shows a notice with a retry in its place when its code fails to load, and the part after the retry', async () => {
    let attempts = 0;
    const Part = lazyPart<{ lang: Lang; text: string }>(() => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
        : Promise.resolve(Panel as ComponentType<{ lang: Lang; text: string }>);
    });
    mounted = mount(
      <div>
        <span data-testid="rest-of-page">Tavlen</span>
        <Suspense fallback="…">
          <Part lang="en" text="Links" />
        </Suspense>
      </div>,
    );
    const { container } = mounted;
    await waitForDom(() => container.querySelector('.part-not-loaded') !== null);
    expect(container.textContent).toContain('Tavlen');
    expect(container.textContent).toContain('could not be loaded');
    const retry = container.querySelector<HTMLButtonElement>('.part-not-loaded button');
    if (!retry) throw new Error('no retry button');
    click(retry);
    await waitForDom(() => container.querySelector('[data-testid="panel"]') !== null);
    expect(container.textContent).toContain('Links');
    expect(attempts).toBe(2);
  });

  it('once a retry has loaded it, opens the part straight away the next time (a panel closed and opened again)', async () => {
    let attempts = 0;
    const Part = lazyPart<{ lang: Lang; text: string }>(() => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
        : Promise.resolve(Panel as ComponentType<{ lang: Lang; text: string }>);
    });
    const open = () =>
      mount(
        <Suspense fallback="…">
          <Part lang="en" text="Links" />
        </Suspense>,
      );
    mounted = open();
    let { container } = mounted;
    await waitForDom(() => container.querySelector('.part-not-loaded') !== null);
    const retry = container.querySelector<HTMLButtonElement>('.part-not-loaded button');
    if (!retry) throw new Error('no retry button');
    click(retry);
    await waitForDom(() => container.querySelector('[data-testid="panel"]') !== null);
    mounted.unmount();
    mounted = open();
    container = mounted.container;
    expect(container.querySelector('.part-not-loaded')).toBeNull();
    expect(container.querySelector('[data-testid="panel"]')?.textContent).toBe('Links');
    expect(attempts).toBe(2);
  });

  /** A part that failed, beside a text field, with its retry focused and pressed once. */
  async function retryPressedWithFocus() {
    const { Part, retried, resolve } = failingOnce();
    mounted = mount(
      <div>
        <input data-testid="elsewhere" />
        <Suspense fallback="…">
          <Part lang="en" text="Links" />
        </Suspense>
      </div>,
    );
    const { container } = mounted;
    const retry = await retryButton(container);
    retry.focus();
    click(retry);
    await retried;
    return { container, retry, resolve };
  }

  it('keeps the focus on the retry while it loads, then gives it to the part’s first control', async () => {
    const { container, retry, resolve } = await retryPressedWithFocus();
    // Still the keyboard's place while the part loads (a disabled button would drop it).
    expect(document.activeElement).toBe(retry);
    resolve();
    await waitForDom(() => container.querySelector('[data-testid="panel-copy"]') !== null);
    expect(document.activeElement).toBe(byTestId(container, 'panel-copy'));
  });

  it('leaves the focus where the user took it while the part loaded', async () => {
    const { container, retry, resolve } = await retryPressedWithFocus();
    byTestId(container, 'elsewhere').focus();
    resolve();
    await waitForDom(() => container.querySelector('[data-testid="panel-copy"]') !== null);
    expect(document.activeElement).toBe(byTestId(container, 'elsewhere'));
  });
});

/** A part with a control, whose first load fails and whose second waits for `resolve`. */
function failingOnce() {
  let attempts = 0;
  let resolve = () => {};
  let started = () => {};
  const retried = new Promise<void>((done) => (started = done));
  const Part = lazyPart<{ lang: Lang; text: string }>(() => {
    attempts += 1;
    if (attempts === 1) return Promise.reject(new Error('Failed to fetch'));
    started();
    return new Promise<ComponentType<{ lang: Lang; text: string }>>((done) => {
      resolve = () => done(FocusPanel);
    });
  });
  return {
    Part,
    retried,
    resolve: () => act(() => resolve()),
  };
}

function FocusPanel(props: { lang: Lang; text: string }) {
  return (
    <div>
      <p>{props.text}</p>
      <button type="button" data-testid="panel-copy">
        Copy
      </button>
    </div>
  );
}

async function retryButton(container: HTMLElement): Promise<HTMLButtonElement> {
  await waitForDom(() => container.querySelector('.part-not-loaded button') !== null);
  return container.querySelector('.part-not-loaded button') as HTMLButtonElement;
}

describe('a part that renders at once once loaded (side-panel forms, the place menu)', () => {
  type PanelProps = { lang: Lang; text: string };

  it('renders in the same render once preloaded, without suspending', async () => {
    let loads = 0;
    const { Part, preload } = preloadablePart<PanelProps>(() => {
      loads += 1;
      return Promise.resolve(Panel as ComponentType<PanelProps>);
    });
    await preload();
    mounted = mount(<Part lang="da" text="Tilføj person" />);
    // No waiting: a form opened by a click is there when the click's render is.
    expect(byTestId(mounted.container, 'panel')?.textContent).toBe('Tilføj person');
    await preload();
    expect(loads).toBe(1);
  });

  it('loads on first render when not preloaded, and keeps what its user typed across re-renders', async () => {
    const { Part } = preloadablePart<PanelProps>(() =>
      Promise.resolve(Panel as ComponentType<PanelProps>),
    );
    mounted = mount(<Part lang="da" text="a" />);
    const { container } = mounted;
    await waitForDom(() => container.querySelector('[data-testid="panel"]') !== null);
    const first = byTestId(container, 'panel');
    mounted.render(<Part lang="da" text="b" />);
    // The same element: the loaded part did not replace the lazy one (a remount loses state).
    expect(byTestId(container, 'panel')).toBe(first);
    expect(first?.textContent).toBe('b');
  });

  it('shows the retry notice when its code fails to load, and loads again on retry', async () => {
    let attempts = 0;
    const { Part } = preloadablePart<PanelProps>(() => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
        : Promise.resolve(Panel as ComponentType<PanelProps>);
    });
    mounted = mount(<Part lang="en" text="Links" />);
    const { container } = mounted;
    await waitForDom(() => container.querySelector('.part-not-loaded') !== null);
    const retry = container.querySelector<HTMLButtonElement>('.part-not-loaded button');
    if (!retry) throw new Error('no retry button');
    click(retry);
    await waitForDom(() => container.querySelector('[data-testid="panel"]') !== null);
    expect(attempts).toBe(2);
  });
});
