import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../shared/i18n/index.ts';
import { parseClientRoute } from '../../shared/protocol.ts';
import { loadLang, saveLang } from './device.ts';
import type { BoardPage as BoardPageComponent } from '../board/BoardPage.tsx';
import type { LandingPage as LandingPageComponent } from './LandingPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

// Each route loads only its own code: the landing page has no canvas, the
// board page no import validation (issue 6: JavaScript loaded at start).
const importBoardPage = () => import('../board/BoardPage.tsx').then((module) => module.BoardPage);
const importLandingPage = () => import('./LandingPage.tsx').then((module) => module.LandingPage);
const LazyBoardPage = lazy(() => importBoardPage().then((page) => ({ default: page })));
const LazyLandingPage = lazy(() => importLandingPage().then((page) => ({ default: page })));

/** Page components already loaded when the app first renders. */
export interface PreloadedPages {
  readonly BoardPage?: typeof BoardPageComponent;
  readonly LandingPage?: typeof LandingPageComponent;
}

/**
 * Loads the page the app opens on before its first render: a lazy page would
 * show a fallback first and be revealed only after React's Suspense throttle
 * (up to 300 ms later), all on the way to the board (issue 4: interactive
 * within 1 s). Pages reached later load lazily. A failed load leaves it to the lazy path.
 */
export async function preloadPageFor(path: string): Promise<PreloadedPages> {
  const route = parseClientRoute(path);
  try {
    if (route?.kind === 'landing') return { LandingPage: await importLandingPage() };
    if (route !== null) return { BoardPage: await importBoardPage() };
  } catch {
    // Offline without the file cached, say: the lazy page retries and Suspense shows it.
  }
  return {};
}

/** Routes: `/` landing, `/b/<id>` edit, `/v/<viewId>` view; anything else: not found. */
export function App({ preloaded = {} }: { preloaded?: PreloadedPages }) {
  const BoardPage = preloaded.BoardPage ?? LazyBoardPage;
  const LandingPage = preloaded.LandingPage ?? LazyLandingPage;
  const [path, setPath] = useState(() => location.pathname);
  const [lang, setLangState] = useState<Lang>(loadLang);

  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const navigate = useCallback((to: string) => {
    history.pushState(null, '', to);
    setPath(to);
  }, []);
  const setLang = useCallback((next: Lang) => {
    saveLang(next);
    setLangState(next);
  }, []);

  return (
    <Suspense fallback={null}>
      {renderRoute({ BoardPage, LandingPage }, path, lang, setLang, navigate)}
    </Suspense>
  );
}

function renderRoute(
  pages: {
    BoardPage: typeof BoardPageComponent | typeof LazyBoardPage;
    LandingPage: typeof LandingPageComponent | typeof LazyLandingPage;
  },
  path: string,
  lang: Lang,
  setLang: (lang: Lang) => void,
  navigate: (to: string) => void,
) {
  const { BoardPage, LandingPage } = pages;
  const route = parseClientRoute(path);
  if (route === null) return <NotFoundPage lang={lang} setLang={setLang} navigate={navigate} />;
  switch (route.kind) {
    case 'landing':
      return <LandingPage lang={lang} setLang={setLang} navigate={navigate} />;
    case 'edit':
      return (
        <BoardPage
          key={route.id}
          id={route.id}
          readOnly={false}
          lang={lang}
          setLang={setLang}
          navigate={navigate}
        />
      );
    case 'view':
      return (
        <BoardPage
          key={route.viewId}
          id={route.viewId}
          readOnly
          lang={lang}
          setLang={setLang}
          navigate={navigate}
        />
      );
  }
}
