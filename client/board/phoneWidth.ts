import { useSyncExternalStore } from 'react';

/**
 * A phone, upright (its width) or on its side (its height, 360-430 px): the toolbar is one row
 * scrolled sideways (toolbar.css, which does so for any window up to 640 px high) and the side
 * panels lie over the board (workspace.css, up to 900 px wide). Keep them in step. A short window
 * wider than that keeps its panels beside the board, so they need not start closed there.
 */
export const PHONE_QUERY = '(max-width: 700px), (max-height: 500px) and (max-width: 900px)';

export const isPhoneWidth = (): boolean => window.matchMedia(PHONE_QUERY).matches;

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the window is a phone's width now (follows a rotation or a resize). */
export const usePhoneWidth = (): boolean => useSyncExternalStore(subscribe, isPhoneWidth);
