import { act } from 'react';
import { vi } from 'vitest';

/**
 * A layout stub for the windowed lists' tests (happy-dom lays nothing out):
 * a screen 1,000 px high, the list's scroll container (`[data-window-scroll]`)
 * `view` px high at its top, every list body (`bodyTag`) starting `top` px
 * from the container's top (negative once scrolled), and in it rows `row` px
 * high with `space` px between two rows (as a margin between neighbours has
 * it), spacers as high as their style says.
 */
export interface ListLayout {
  /** Scrolls: the bodies start `top` px from the container's top. */
  scrollTo(top: number): Promise<void>;
  /** A body's laid-out height: rows, spaces and spacers together. */
  bodyHeight(body: Element): number;
  restore(): void;
}

const rect = (top: number, height: number) =>
  ({ top, bottom: top + height, height, left: 0, right: 600, width: 600, x: 0, y: top }) as DOMRect;

const isSpacer = (element: Element) =>
  [...element.classList].some((name) => name.endsWith('window-gap'));

export function stubListLayout(options: {
  readonly view: number;
  readonly row: number;
  readonly space?: number;
  readonly bodyTag: 'TBODY' | 'UL';
  /** A row's own height where it is not `row` (an open editor), else undefined. */
  readonly heightOf?: (element: Element) => number | undefined;
}): ListLayout {
  const { view, row, space = 0, bodyTag, heightOf } = options;
  let top = 0;
  Object.defineProperty(document.documentElement, 'clientHeight', {
    configurable: true,
    get: () => 1_000,
  });
  /** A body child's height, and the space above it (only between two rows). */
  const box = (element: Element) => {
    if (isSpacer(element)) {
      return { height: parseFloat((element as HTMLElement).style.height) || 0, above: 0 };
    }
    const previous = element.previousElementSibling;
    return {
      height: heightOf?.(element) ?? row,
      above: previous && !isSpacer(previous) ? space : 0,
    };
  };
  const bodyHeight = (body: Element) =>
    [...body.children].reduce((sum, child) => {
      const { height, above } = box(child);
      return sum + height + above;
    }, 0);
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this.hasAttribute('data-window-scroll')) return rect(0, view);
    if (this.tagName === bodyTag) return rect(top, bodyHeight(this));
    const body = this.parentElement;
    if (body?.tagName === bodyTag) {
      let at = top;
      for (const child of body.children) {
        const { height, above } = box(child);
        at += above;
        if (child === this) return rect(at, height);
        at += height;
      }
    }
    return rect(0, 0);
  });
  return {
    bodyHeight,
    async scrollTo(next) {
      top = next;
      const container = document.querySelector('[data-window-scroll]') as HTMLElement;
      await act(async () => {
        container.dispatchEvent(new Event('scroll'));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      });
    },
    restore() {
      vi.restoreAllMocks();
      delete (document.documentElement as { clientHeight?: number }).clientHeight;
    },
  };
}
