// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PresenceSource, PresenceUser, RemotePresence } from '../../client/sync/presence.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import { boardWith, idea } from './boardFixture.ts';
import { act } from 'react';
import { byTestId, click, mount, waitForDom, type Mounted } from './plan/harness.tsx';

/**
 * An anonymous viewer sends no name; each client names them in its own
 * language, "Gæst" or "Guest", wherever presence names are shown.
 */

const { setUser } = vi.hoisted(() => {
  // Konva draws and measures on a 2D context, which happy-dom has not: a silent one will do.
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
    const context: Record<string | symbol, unknown> = {
      canvas: this,
      measureText: (text: string) => ({ width: text.length * 7 }),
      getImageData: () => ({ data: new Uint8ClampedArray(4) }),
    };
    return new Proxy(context, {
      get: (target, key) => (key in target ? target[key] : () => undefined),
      set: (target, key, value) => {
        target[key] = value;
        return true;
      },
    });
  } as unknown as typeof HTMLCanvasElement.prototype.getContext;
  return { setUser: vi.fn<(user: PresenceUser) => void>() };
});

// The board page without a server: a session that records what it is told to publish.
vi.mock('../../client/sync/useBoardSession.ts', () => ({
  useBoardSession: () => ({ presence: { setUser } }),
  useSessionState: () => null,
}));
vi.mock('../../client/sync/api.ts', () => ({
  fetchBoardMeta: () => new Promise(() => {}),
}));

const { BoardPage } = await import('../../client/board/BoardPage.tsx');
const { PresenceList } = await import('../../client/board/PresenceList.tsx');
const { PresenceRenderer } = await import('../../client/canvas/presenceRenderer.ts');
const { PRESENCE_KIT } = await import('../../client/canvas/lazyPresence.ts');
const { computeLayout } = await import('../../client/canvas/boardGeometry.ts');
const { Konva } = await import('../../client/canvas/konva.ts');

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  setUser.mockClear();
  localStorage.clear();
});

const anonymous = (clientId: number): RemotePresence => ({
  clientId,
  user: { name: '', color: '#1971c2', sessionId: `s${clientId}` },
  cursor: { x: 40, y: 40 },
  selection: [],
  dragging: { ids: ['n1'], dx: 5, dy: 5 },
  editing: 'n1',
});

describe('an anonymous viewer', () => {
  it('publishes no name, whatever language their page is in', () => {
    const page = (lang: Lang) => (
      <BoardPage
        id="vvvvvvvvvvvvvvvvvvvvvv"
        readOnly
        lang={lang}
        setLang={() => {}}
        navigate={() => {}}
      />
    );
    mounted = mount(page('da'));
    mounted.render(page('en'));
    expect(setUser).toHaveBeenCalled();
    expect(setUser.mock.calls.map(([user]) => user.name)).toEqual(setUser.mock.calls.map(() => ''));
  });
});

describe('the presence list', () => {
  it('names an anonymous user, others and yourself, in this page’s language', () => {
    const source: PresenceSource = {
      getRemote: () => [anonymous(2)],
      subscribe: () => () => {},
      setLocal: () => {},
      getLocalColor: () => '#e8590c',
    };
    const self: PresenceUser = { name: '', color: '#e8590c', sessionId: 'me' };
    const list = (lang: Lang) => <PresenceList presence={source} self={self} lang={lang} />;
    mounted = mount(list('en'));
    const titles = () =>
      [...byTestId(mounted!.container, 'presence-list').querySelectorAll('.avatar')].map(
        (avatar) => [avatar.getAttribute('title'), avatar.textContent],
      );
    expect(titles()).toEqual([
      ['Guest (you)', 'G'],
      ['Guest', 'G'],
    ]);
    mounted.render(list('da'));
    expect(titles()).toEqual([
      ['Gæst (dig)', 'G'],
      ['Gæst', 'G'],
    ]);
  });
});

/** Mette and six others on the board. */
const mette: PresenceUser = { name: 'Mette', color: '#e8590c', sessionId: 'me' };
function workshop(): PresenceSource {
  const others = ['Anne', 'Bent', 'Carla', 'Dorte', 'Erik', 'Frida'].map((name, i) => ({
    ...anonymous(10 + i),
    user: { name, color: '#1971c2', sessionId: `s${i}` },
  }));
  return {
    getRemote: () => others,
    subscribe: () => () => {},
    setLocal: () => {},
    getLocalColor: () => '#e8590c',
  };
}

describe('the presence list of a full workshop', () => {
  it('shows three others as avatars and the rest as one "+N" naming them', () => {
    mounted = mount(<PresenceList presence={workshop()} self={mette} lang="da" />);
    const list = byTestId(mounted.container, 'presence-list');
    expect(
      [...list.querySelectorAll('.avatar:not(.avatar-more)')].map((a) => a.getAttribute('title')),
    ).toEqual(['Mette (dig)', 'Anne', 'Bent', 'Carla']);
    const more = byTestId(list, 'presence-more');
    expect(more.textContent).toBe('+3');
    expect(more.getAttribute('title')).toBe('Dorte, Erik, Frida');
    expect(list.getAttribute('title')).toBe('7 på tavlen');
  });

  it('names everyone to a screen reader, and opens the "+N" as a list by keyboard or touch', async () => {
    mounted = mount(<PresenceList presence={workshop()} self={mette} lang="da" />);
    const list = byTestId(mounted.container, 'presence-list');
    expect(list.getAttribute('aria-label')).toBe('7 på tavlen');
    expect(
      [...list.querySelectorAll('.avatar:not(.avatar-more)')].map((a) => [
        a.getAttribute('role'),
        a.getAttribute('aria-label'),
      ]),
    ).toEqual([
      ['img', 'Mette (dig)'],
      ['img', 'Anne'],
      ['img', 'Bent'],
      ['img', 'Carla'],
    ]);
    const more = byTestId(list, 'presence-more');
    // A summary: a button the keyboard reaches, named after the people it stands for.
    expect(more.tagName).toBe('SUMMARY');
    expect(more.getAttribute('aria-label')).toBe('Også på tavlen: Dorte, Erik, Frida');
    expect(list.querySelector('[data-testid="presence-more-list"]')).toBeNull();
    more.focus();
    click(more);
    await waitForDom(() => list.querySelector('[data-testid="presence-more-list"]') !== null);
    expect(
      [...byTestId(list, 'presence-more-list').querySelectorAll('li')].map((li) => li.textContent),
    ).toEqual(['Dorte', 'Erik', 'Frida']);
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(list.querySelector('[data-testid="presence-more-list"]')).toBeNull();
    expect(document.activeElement).toBe(more);
  });
});

describe('the canvas', () => {
  it('labels an anonymous user’s cursor, drag and open editor in this page’s language, also after a switch', () => {
    let lang: Lang = 'en';
    const layer = new Konva.Layer();
    const layout = computeLayout(boardWith([idea('n1', 'meetingAAA1', 12, 12)]));
    const renderer = new PresenceRenderer(PRESENCE_KIT, layer, () => ({
      layout,
      people: new Map(),
      palette: [],
      lang,
    }));
    const labels = () =>
      layer
        .find(
          (node: { getAttr(name: string): unknown }) => typeof node.getAttr('label') === 'string',
        )
        .map((tag) => tag.getAttr('label') as string)
        .sort();
    renderer.update([anonymous(2)]);
    expect(labels()).toEqual(['Guest', 'Guest', '✎ Guest']);
    lang = 'da';
    renderer.refresh([anonymous(2)]);
    expect(labels()).toEqual(['Gæst', 'Gæst', '✎ Gæst']);
    renderer.destroy();
  });

  it('shows one name tag while someone drags: on the dragged post-its, not also at the cursor', () => {
    const layer = new Konva.Layer();
    const layout = computeLayout(boardWith([idea('n1', 'meetingAAA1', 12, 12)]));
    const renderer = new PresenceRenderer(PRESENCE_KIT, layer, () => ({
      layout,
      people: new Map(),
      palette: [],
      lang: 'da',
    }));
    const shownTags = () =>
      layer
        .find(
          (node: { getAttr(name: string): unknown }) => typeof node.getAttr('label') === 'string',
        )
        .filter((tag) => tag.isVisible())
        .map((tag) => tag.getAttr('label') as string);
    const dragging = { ...anonymous(2), editing: null };
    renderer.update([dragging]);
    expect(shownTags()).toEqual(['Gæst']);
    renderer.update([{ ...dragging, dragging: null }]);
    expect(shownTags()).toEqual(['Gæst']);
    renderer.destroy();
  });
});
