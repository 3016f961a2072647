import type { WindowSegment } from './windowing.ts';

/** Reading a windowed list's rendered rows back from the DOM (see useRowWindow.tsx). */

/** Rows no longer in the list leave the cache once it holds more than twice the list and this many. */
const PRUNE_SLACK = 20;

export interface Measured {
  readonly heights: Map<string, number>;
  sum: number;
  /** The space last seen between two rendered rows, for a row rendered alone. */
  spacing: number;
  /** The held rows' heights as rendered now: they place the rows below, but are no typical row's. */
  held: Map<string, number>;
}

/** The key of the row drawn as the body's `index`-th child, or null for a spacer. */
export function keyAtChild(
  segments: readonly WindowSegment[],
  keys: readonly string[],
  index: number,
): string | null {
  let child = 0;
  for (const segment of segments) {
    if (segment.kind === 'gap') {
      if (child === index) return null;
      child++;
      continue;
    }
    const length = segment.to - segment.from;
    if (index < child + length) return keys[segment.from + index - child] ?? null;
    child += length;
  }
  return null;
}

/** The child of `body` that holds `target`, or null when `target` is outside its rows. */
export function childHolding(body: HTMLElement | null, target: Element): Element | null {
  let node: Element | null = target;
  while (node && node.parentElement !== body) node = node.parentElement;
  return body ? node : null;
}

/**
 * Reads the rendered rows' heights into `cache`; true when one differs from
 * what the spacers were computed with (by more than a rounding error). Rows
 * in `held` are kept apart (see useRowWindow): their height places the rows
 * below them, but is no typical row's.
 *
 * A row's height is its pitch: from its top to the next rendered row's top,
 * so space between rows (a margin, a flex gap) is counted with the row above
 * it and the spacers stand in for exactly the rows they replace. The last row
 * of a run, with no rendered row below, gets its own height plus the space
 * seen between rows.
 */
export function measure(
  body: HTMLElement,
  segments: readonly WindowSegment[],
  keys: readonly string[],
  cache: Measured,
  held: ReadonlySet<string>,
): boolean {
  let changed = false;
  // Rows that left the body (deleted, moved to another lane) must not skew the average for long.
  if (cache.heights.size > 2 * keys.length + PRUNE_SLACK) {
    const live = new Set(keys);
    for (const [key, height] of cache.heights) {
      if (live.has(key)) continue;
      cache.heights.delete(key);
      cache.sum -= height;
    }
  }
  const heldNow = new Map<string, number>();
  const record = (key: string | undefined, height: number) => {
    if (key === undefined || !(height > 0)) return;
    if (held.has(key)) {
      heldNow.set(key, height);
      return;
    }
    const before = cache.heights.get(key);
    if (before !== undefined && Math.abs(before - height) < 0.5) return;
    cache.heights.set(key, height);
    cache.sum += height - (before ?? 0);
    changed = true;
  };
  // Each run's rows with their boxes, read first: the space between rows is known before
  // the last row of a run needs it.
  const runs: { key: string | undefined; rect: DOMRect }[][] = [];
  let child = body.firstElementChild;
  for (const segment of segments) {
    if (segment.kind === 'gap') {
      child = child?.nextElementSibling ?? null;
      continue;
    }
    const run: { key: string | undefined; rect: DOMRect }[] = [];
    for (let i = segment.from; i < segment.to && child; i++) {
      run.push({ key: keys[i], rect: child.getBoundingClientRect() });
      child = child.nextElementSibling;
    }
    runs.push(run);
  }
  let spacing = 0;
  let spaced = 0;
  for (const run of runs) {
    for (let i = 1; i < run.length; i++) {
      const above = run[i - 1];
      const row = run[i];
      if (!above || !row) continue;
      spacing += row.rect.top - above.rect.top - above.rect.height;
      spaced++;
    }
  }
  if (spaced > 0) cache.spacing = Math.max(0, spacing / spaced);
  for (const run of runs) {
    run.forEach((row, i) => {
      const below = run[i + 1];
      record(row.key, below ? below.rect.top - row.rect.top : row.rect.height + cache.spacing);
    });
  }
  if (!sameHeights(heldNow, cache.held)) {
    cache.held = heldNow;
    changed = true;
  }
  return changed;
}

function sameHeights(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, height] of a) {
    const other = b.get(key);
    if (other === undefined || Math.abs(other - height) >= 0.5) return false;
  }
  return true;
}
