import { useEffect, useRef } from 'react';

/**
 * Calls `onHide` when the page goes (a reload, a closed tab, a link followed) while `active`:
 * a field being typed in gets no blur then, and what it holds would be lost unseen.
 */
export function usePageHide(active: boolean, onHide: () => void): void {
  const latest = useRef(onHide);
  latest.current = onHide;
  useEffect(() => {
    if (!active) return;
    const hide = () => latest.current();
    window.addEventListener('pagehide', hide);
    return () => window.removeEventListener('pagehide', hide);
  }, [active]);
}
