import {
  Suspense,
  lazy,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
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

/**
 * A lazily loaded part that renders at once where it is loaded already (the
 * second add form of a session, a test that loaded it first): a React.lazy
 * component suspends on its first render even when its module is in. Until
 * then nothing stands in its place; a failed load shows the retry notice.
 */
export function preloadablePart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): { readonly Part: ComponentType<P>; readonly preload: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (part) => (loaded = part),
      (error: unknown) => {
        loading = null; // a retry loads again
        throw error;
      },
    ));
  const Lazy = lazyPart(preload);
  function Part(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded part would remount it.
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return (
      <Suspense fallback={null}>
        <Chosen {...props} />
      </Suspense>
    );
  }
  return { Part, preload };
}

/** What a keyboard can reach, for the focus after a retry (disabled controls left out). */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Where the notice stood: the loaded part's nodes come in between `before` and `after`. */
interface Spot {
  readonly parent: Node;
  readonly before: Node | null;
  readonly after: Node | null;
}

/** The focus to the first control of what now stands at `spot`. */
function focusFirstAt(spot: Spot): void {
  let node = spot.before ? spot.before.nextSibling : spot.parent.firstChild;
  for (; node !== null && node !== spot.after; node = node.nextSibling) {
    if (!(node instanceof HTMLElement)) continue;
    const target = node.matches(FOCUSABLE) ? node : node.querySelector<HTMLElement>(FOCUSABLE);
    if (target) return target.focus();
  }
}

function retrying<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  // The part once a retry has loaded it: React.lazy keeps this component for good, so a
  // part closed and opened again (the share panel) must not ask for the retry again.
  let loaded: ComponentType<P> | null = null;
  return function PartNotLoaded(props: P) {
    const [Part, setPart] = useState<ComponentType<P> | null>(() => loaded);
    const [trying, setTrying] = useState(false);
    const notice = useRef<HTMLParagraphElement>(null);
    // Set when the retry had the focus: the notice and its button go once the part is in.
    const focusAt = useRef<Spot | null>(null);
    useLayoutEffect(() => {
      const spot = focusAt.current;
      focusAt.current = null;
      if (Part !== null && spot !== null) focusFirstAt(spot);
    }, [Part]);
    if (Part !== null) return <Part {...props} />;
    const asked = (props as { lang?: unknown }).lang;
    const lang = isLang(asked) ? asked : DEFAULT_LANG;
    const retry = () => {
      if (trying) return;
      setTrying(true);
      load().then(
        (part) => {
          loaded = part;
          // A keyboard user who pressed the retry goes on in the part they asked for, not
          // from the page's start; a focus that moved elsewhere meanwhile stays there.
          const p = notice.current;
          const active = document.activeElement;
          if (
            p?.parentNode &&
            (active === null || active === document.body || p.contains(active))
          ) {
            focusAt.current = {
              parent: p.parentNode,
              before: p.previousSibling,
              after: p.nextSibling,
            };
          }
          setPart(() => part);
        },
        () => setTrying(false),
      );
    };
    return (
      <p ref={notice} className="part-not-loaded" role="status">
        {translate(S.partNotLoaded, lang)}{' '}
        {/* aria-disabled, not disabled: a disabled button would drop the focus to the page. */}
        <button type="button" aria-disabled={trying} onClick={retry}>
          {translate(S.tryAgain, lang)}
        </button>
      </p>
    );
  };
}
