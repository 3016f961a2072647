import { useEffect, type RefObject } from 'react';

/**
 * Marks a side panel's list `data-fits` while it has nothing to scroll, so its
 * rows can take every direction of a finger as a drag (panels.css). A row says
 * `touch-action: pan-y` so a finger up or down scrolls a long list; on a list
 * that cannot scroll the browser took such a finger anyway and cancelled the
 * drag: at a whiteboard, a form dragged from the method collection (low on the
 * screen) up to a meeting more steeply than 45° was never placed.
 */
export function watchListFits(list: HTMLElement): () => void {
  const update = () => {
    // One pixel of slack: scrollHeight rounds where clientHeight does not.
    const fits = list.scrollHeight <= list.clientHeight + 1;
    if (fits !== list.hasAttribute('data-fits')) list.toggleAttribute('data-fits', fits);
  };
  update();
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(update);
  observer.observe(list);
  // The rows' list grows and shrinks as people and forms come and go.
  for (const child of Array.from(list.children)) observer.observe(child);
  return () => observer.disconnect();
}

/** `watchListFits` on the list `ref` holds, for the component's life. */
export function useListFits(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const list = ref.current;
    return list ? watchListFits(list) : undefined;
  }, [ref]);
}
