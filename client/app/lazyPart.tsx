import { lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import { DEFAULT_LANG, isLang } from '../../shared/i18n/lang.ts';
import { translate } from '../../shared/i18n/translate.ts';

/**
 * A part of the page loaded on first use (issue 6: start-up JavaScript) whose
 * loading may fail: offline before the part was ever fetched, or after a new
 * version replaced its file. React takes the whole page down for a lazy
 * component that fails to load, so a failure shows a short notice with a
 * retry in the part's place instead.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() =>
    load().then(
      (Part) => ({ default: Part }),
      () => ({ default: retrying(load) }),
    ),
  );
}

function retrying<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  // The part once a retry has loaded it: React.lazy keeps this component for good, so a
  // part closed and opened again (the share panel) must not ask for the retry again.
  let loaded: ComponentType<P> | null = null;
  return function PartNotLoaded(props: P) {
    const [Part, setPart] = useState<ComponentType<P> | null>(() => loaded);
    const [trying, setTrying] = useState(false);
    if (Part !== null) return <Part {...props} />;
    const asked = (props as { lang?: unknown }).lang;
    const lang = isLang(asked) ? asked : DEFAULT_LANG;
    const retry = () => {
      setTrying(true);
      load().then(
        (part) => {
          loaded = part;
          setPart(() => part);
        },
        () => setTrying(false),
      );
    };
    return (
      <p className="part-not-loaded" role="status">
        {translate(S.partNotLoaded, lang)}{' '}
        <button type="button" disabled={trying} onClick={retry}>
          {translate(S.tryAgain, lang)}
        </button>
      </p>
    );
  };
}
