import { createContext } from 'react';
import { flushSync } from 'react-dom';

/**
 * The scroll container of a windowed list (useRowWindow.tsx): marked in the
 * DOM, and watched for scrolls and resizes, one animation frame at a time.
 */

/** Marks a windowed list's scroll container: spread `WINDOW_SCROLL_PROPS` onto it. */
const WINDOW_SCROLL_ATTRIBUTE = 'data-window-scroll';
export const WINDOW_SCROLL_PROPS = { [WINDOW_SCROLL_ATTRIBUTE]: '' } as const;

/** Tells the windowed bodies to look at the geometry again: after a scroll, a resize or a layout change. */
export class ScrollViewport {
  private readonly listeners = new Set<() => void>();
  private frame = 0;
  private readonly onEvent = () => this.schedule();

  subscribe(listener: () => void): () => void {
    if (this.listeners.size === 0) {
      // Capture: scroll events do not bubble, and the list's container is the one that scrolls.
      window.addEventListener('scroll', this.onEvent, { capture: true, passive: true });
      window.addEventListener('resize', this.onEvent);
    }
    this.listeners.add(listener);
    // One more look once everything is mounted: a body above may have settled its height since.
    this.schedule();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      window.removeEventListener('scroll', this.onEvent, { capture: true });
      window.removeEventListener('resize', this.onEvent);
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    };
  }

  /** Re-checks every body in the next frame (once, however often it is asked). */
  schedule(): void {
    if (this.frame !== 0 || this.listeners.size === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      // Rendered before this frame paints, so a fast scroll shows rows rather than a blank spacer.
      flushSync(() => {
        for (const listener of this.listeners) listener();
      });
    });
  }
}

/** Provided around windowed lists (PlanView, the pool); without it every row is rendered. */
export const ScrollViewportContext = createContext<ScrollViewport | null>(null);

/** The visible band of the list's scroll container in client px, or null when the page has no layout. */
export function visibleBand(element: Element): { top: number; bottom: number } | null {
  const screen = document.documentElement.clientHeight;
  // No layout at all (a DOM without a rendering engine, as in component tests): render everything.
  if (!(screen > 0)) return null;
  const rect = element.closest(`[${WINDOW_SCROLL_ATTRIBUTE}]`)?.getBoundingClientRect();
  const top = Math.max(0, rect?.top ?? 0);
  const bottom = Math.min(screen, rect?.bottom ?? screen);
  return { top, bottom: Math.max(top, bottom) };
}
