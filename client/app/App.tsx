import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../shared/i18n/index.ts';
import { parseClientRoute } from '../../shared/protocol.ts';
import { loadLang, saveLang } from './device.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

// Each route loads only its own code: the landing page has no canvas, the
// board page no import validation (issue 6: JavaScript loaded at start).
const BoardPage = lazy(() =>
  import('../board/BoardPage.tsx').then((module) => ({ default: module.BoardPage })),
);
const LandingPage = lazy(() =>
  import('./LandingPage.tsx').then((module) => ({ default: module.LandingPage })),
);

/** Routes: `/` landing, `/b/<id>` edit, `/v/<viewId>` view; anything else: not found. */
export function App() {
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

  return <Suspense fallback={null}>{renderRoute(path, lang, setLang, navigate)}</Suspense>;
}

function renderRoute(
  path: string,
  lang: Lang,
  setLang: (lang: Lang) => void,
  navigate: (to: string) => void,
) {
  const route = parseClientRoute(path);
  if (route === null) return <NotFoundPage lang={lang} navigate={navigate} />;
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
