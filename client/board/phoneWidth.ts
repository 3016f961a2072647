import { useSyncExternalStore } from 'react';

/**
 * A phone's width: the toolbar is one row scrolled sideways (toolbar.css) and
 * the side panels lie over the board (workspace.css). Keep the three in step.
 */
export const PHONE_QUERY = '(max-width: 700px)';

export const isPhoneWidth = (): boolean => window.matchMedia(PHONE_QUERY).matches;

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the window is a phone's width now (follows a rotation or a resize). */
export const usePhoneWidth = (): boolean => useSyncExternalStore(subscribe, isPhoneWidth);
