import type { Page } from 'playwright-core';

/**
 * How big a finger's target each control on screen is: what a tap hits, measured with
 * `elementFromPoint` along the lines through the control's centre, so a hit area enlarged
 * beyond the look (padding, a ::before) counts, and a neighbour lying over part of it (a
 * divider over a tab, say) does not.
 */

/** What a keyboard or a finger can act on. Labels count as their control (below). */
const CONTROLS = [
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  'a[href]',
  '[role="button"]',
  '[role="tab"]',
  '[role^="menuitem"]',
  '[role="option"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

export interface HitArea {
  /** Tag, test id and name: enough to find it. */
  readonly control: string;
  /** How many px wide and high a finger finds it, through its centre. */
  readonly width: number;
  readonly height: number;
}

/**
 * Every control in view (its whole box and the 44 px round its centre shown, not scrolled
 * off or clipped, and itself hit at its centre: one covered by an open menu does not count)
 * with the size of its hit area.
 */
export async function hitAreas(page: Page): Promise<HitArea[]> {
  return page.evaluate((selector) => {
    // Sideways or up and down, how far from the centre a finger still hits `el` (or a label
    // of it: a check box is hit through its label), up to `reach` px each way.
    const hits = (el: Element, x: number, y: number): boolean => {
      const found = document.elementFromPoint(x, y);
      if (found === null) return false;
      if (el.contains(found)) return true;
      const label = found.closest('label');
      return label !== null && label.control === el;
    };
    const reach = 40;
    const extent = (el: Element, cx: number, cy: number, dx: number, dy: number): number => {
      let count = 1;
      for (const sign of [-1, 1]) {
        for (let k = 1; k <= reach && hits(el, cx + sign * k * dx, cy + sign * k * dy); k++)
          count++;
      }
      return count;
    };
    // What `el`'s scrolling or clipping ancestors and the window leave in view.
    const clip = (el: Element): DOMRect => {
      let [left, top, right, bottom] = [0, 0, innerWidth, innerHeight];
      for (let up = el.parentElement; up !== null; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const edge = up.getBoundingClientRect();
        left = Math.max(left, edge.left);
        top = Math.max(top, edge.top);
        right = Math.min(right, edge.right);
        bottom = Math.min(bottom, edge.bottom);
      }
      return new DOMRect(left, top, right - left, bottom - top);
    };
    const out: { control: string; width: number; height: number }[] = [];
    for (const el of Array.from(document.querySelectorAll(selector))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Half-pixel centres: each step below samples one pixel.
      const cx = Math.floor(box.left + box.width / 2) + 0.5;
      const cy = Math.floor(box.top + box.height / 2) + 0.5;
      // Partly scrolled out of its list (or the window), with the 44 px round it: a finger
      // hits what shows; the list scrolls.
      const view = clip(el);
      const halfWidth = Math.max(box.width, 44) / 2 - 1;
      const halfHeight = Math.max(box.height, 44) / 2 - 1;
      if (
        cx - halfWidth < view.left ||
        cx + halfWidth > view.right ||
        cy - halfHeight < view.top ||
        cy + halfHeight > view.bottom
      )
        continue;
      if (!hits(el, cx, cy)) continue;
      const name =
        el.getAttribute('data-testid') ??
        el.getAttribute('aria-label') ??
        (el.textContent ?? '').trim().slice(0, 30);
      out.push({
        control: `${el.tagName.toLowerCase()} "${name}" (${el.getAttribute('class') ?? ''})`,
        width: extent(el, cx, cy, 1, 0),
        height: extent(el, cx, cy, 0, 1),
      });
    }
    return out;
  }, CONTROLS);
}

/** The controls a finger finds smaller than `least` px either way, as lines to read. */
export async function tooSmall(page: Page, least = 44): Promise<string[]> {
  return (await hitAreas(page))
    .filter((area) => area.width < least || area.height < least)
    .map((area) => `${area.control}: ${area.width}×${area.height}`);
}
