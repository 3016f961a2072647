import type { Page } from 'playwright-core';

/**
 * What ends each line of the text in the elements `selector` finds, but the last: from the
 * last character drawn on a line to the first on the next (a space at a line's end, a soft
 * hyphen not taken, have no box). A name that breaks only between words, at a hyphen or at a
 * soft hyphen has every end match /[\s\-\u00ad]/; one cut anywhere does not.
 */
export function lineEnds(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    /** What ends each line of a name but the last, from its last character drawn. */
    const ends: string[] = [];
    for (const cell of document.querySelectorAll(selector)) {
      const chars: { c: string; top: number; bottom: number }[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = [...range.getClientRects()][0];
          chars.push({
            c: text[i] ?? '',
            top: rect ? rect.top : Number.NaN,
            bottom: rect ? rect.bottom : Number.NaN,
          });
        }
      }
      // What stands between the last character drawn on a line and the first on the next
      // (a space at a line's end, a soft hyphen not taken, have no box).
      let last = -1;
      chars.forEach((ch, i) => {
        if (Number.isNaN(ch.top)) return;
        const before = chars[last];
        // Below the last one, not beside it in a smaller font (the core badge).
        if (before && ch.top >= before.bottom - 1)
          ends.push(
            chars
              .slice(last, i)
              .map((x) => x.c)
              .join(''),
          );
        last = i;
      });
    }
    return ends;
  }, selector);
}
