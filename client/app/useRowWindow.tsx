import {
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { childHolding, keyAtChild, measure, type Measured } from './rowMeasure.ts';
import { ScrollViewportContext, visibleBand } from './scrollViewport.ts';
import {
  NO_ROWS,
  rowOffsets,
  sameRange,
  windowRange,
  windowSegments,
  type RowRange,
  type WindowSegment,
} from './windowing.ts';

/**
 * The React side of row windowing for long lists: the plan's tables and the
 * participant pool (the arithmetic is in windowing.ts). A list body (a
 * <tbody>, a <ul>) asks `useRowWindow` which of its rows to render; the
 * answer follows the visible part of the list's scroll container, which a
 * `ScrollViewport` reports on scroll and resize, one animation frame at a time.
 *
 * Geometry rather than an IntersectionObserver per chunk: the rendered rows
 * form one keyed run in one body, so a row shifted by an insert above it
 * keeps its DOM and its half-typed draft (rows in per-chunk bodies would be
 * re-mounted when they cross a chunk border), and the ranges can be settled in
 * the same frame as the scroll.
 */

/**
 * A list of up to this many rows renders them all (an everyday board: the
 * page behaves as it always did); a longer one renders the rows near the view.
 */
export const WINDOW_ABOVE_ROWS = 150;

/** Rows beyond the visible band are rendered for at least this many px either side. */
const MIN_MARGIN_PX = 300;
const STEP_ROWS = 20;
const EVERY_ROW: RowRange = { from: 0, to: Number.MAX_SAFE_INTEGER };

export interface RowWindow<Body extends HTMLElement = HTMLElement> {
  readonly bodyRef: RefObject<Body | null>;
  readonly segments: readonly WindowSegment[];
  /** The height of a spacer standing in for a run of rows, in px. */
  gapHeight(segment: WindowSegment): number;
  /**
   * A spacer's React key: named after the row below it (or the end), so a
   * spacer that stays keeps its place among the rows and React never moves a
   * row to reorder them (a moved element loses the keyboard focus, and React
   * giving it back scrolls it into view).
   */
  gapKey(segment: WindowSegment): string;
  /** For the body: the row holding the focus stays rendered (see windowSegments). */
  onFocus(event: FocusEvent): void;
  onBlur(event: FocusEvent): void;
}

interface WindowState {
  readonly range: RowRange | null;
  /** Bumped when measured heights changed, so the spacers are drawn again. */
  readonly version: number;
}

/**
 * Which of a list body's rows (one key each, in order) to render. `enabled`
 * false renders them all; so does a page without a ScrollViewport or without
 * layout. Rows are one element each (a <tr>, an <li>) and the body holds
 * nothing else, so the rendered heights can be read back child by child.
 */
export function useRowWindow<Body extends HTMLElement>(
  keys: readonly string[],
  options: {
    readonly enabled: boolean;
    readonly estimate: number;
    /** Rows rendered wherever the list scrolls (one open in an editor), by key. */
    readonly keep?: readonly (string | null)[];
  },
): RowWindow<Body> {
  const viewport = useContext(ScrollViewportContext);
  const windowed = options.enabled && viewport !== null;
  const bodyRef = useRef<Body | null>(null);
  const [state, setState] = useState<WindowState>({ range: null, version: 0 });
  const [pinnedKey, setPinnedKey] = useState<string | null>(null);
  const measured = useRef<Measured>({ heights: new Map(), sum: 0, spacing: 0, held: new Map() });

  const range = windowed ? (state.range ?? NO_ROWS) : EVERY_ROW;
  const pinned = pinnedKey === null ? -1 : keys.indexOf(pinnedKey);
  // The rows held for the focus or an editor: rendered always, and kept out of the typical
  // row height (an open editor or menu makes a row tall for a while; see measure).
  const held = [pinnedKey, ...(options.keep ?? [])].filter((key) => key !== null);
  const heldIndices = held.map((key) => keys.indexOf(key)).filter((index) => index >= 0);
  const heldSignature = heldIndices.join(',');
  const segments = useMemo(
    () => windowSegments(keys.length, range, heldIndices),
    // heldSignature stands for heldIndices' content.
    [keys.length, range, heldSignature],
  );
  // Measured heights are a cache filled after each commit; `state.version` re-renders when it moved.
  const offsets = useMemo(() => {
    const { heights, sum, held: heldNow } = measured.current;
    const fallback = heights.size > 0 ? sum / heights.size : options.estimate;
    return rowOffsets(keys.map((key) => heldNow.get(key) ?? heights.get(key) ?? fallback));
    // state.version stands for the cache's content; windowed: the cache fills only when windowed.
  }, [keys, options.estimate, state.version, windowed]);

  const latest = useRef({ keys, offsets, range: state.range, windowed });
  const lastHeight = useRef(-1);

  /** The range the geometry asks for now (null: keep what there is). */
  const wanted = (): RowRange | null => {
    const body = bodyRef.current;
    const now = latest.current;
    if (!body || !now.windowed) return null;
    const band = visibleBand(body);
    if (band === null) return EVERY_ROW;
    const top = body.getBoundingClientRect().top;
    const margin = Math.max(MIN_MARGIN_PX, band.bottom - band.top);
    const current = now.range === null || now.range === EVERY_ROW ? null : now.range;
    return windowRange(now.offsets, band.top - top, band.bottom - top, current, {
      margin,
      step: STEP_ROWS,
    });
  };

  useLayoutEffect(() => {
    latest.current = { keys, offsets, range: state.range, windowed };
    const body = bodyRef.current;
    if (!windowed || !body) return;
    // A pinned row that left this body, or lost the focus without a blur (removed while focused).
    if (pinnedKey !== null && (pinned < 0 || !body.contains(document.activeElement))) {
      setPinnedKey(null);
    }
    const moved = measure(body, segments, keys, measured.current, new Set(held));
    const next = wanted();
    const rangeChanged = next !== null && (state.range === null || !sameRange(next, state.range));
    if (moved || rangeChanged) {
      setState((s) => ({
        range: rangeChanged ? next : s.range,
        version: moved ? s.version + 1 : s.version,
      }));
    }
    // This body grew or shrank: the bodies below it moved, let them look again.
    const height = body.getBoundingClientRect().height;
    if (height !== lastHeight.current) {
      lastHeight.current = height;
      viewport?.schedule();
    }
  });

  useEffect(() => {
    if (!windowed || !viewport) return;
    return viewport.subscribe(() => {
      const next = wanted();
      const current = latest.current.range;
      if (next !== null && (current === null || !sameRange(next, current))) {
        setState((s) => ({ ...s, range: next }));
      }
    });
    // `wanted` reads everything else through `latest`.
  }, [windowed, viewport]);

  return {
    bodyRef,
    segments,
    gapHeight: (segment) => (offsets[segment.to] ?? 0) - (offsets[segment.from] ?? 0),
    gapKey: (segment) => {
      const below = segment.to < keys.length ? keys[segment.to] : undefined;
      return below === undefined ? 'gap-end' : `gap-before-${below}`;
    },
    onFocus: (event) => {
      const body = bodyRef.current;
      const row = event.target instanceof Element ? childHolding(body, event.target) : null;
      if (!body || !row) return;
      const key = keyAtChild(segments, keys, Array.prototype.indexOf.call(body.children, row));
      if (key !== pinnedKey) setPinnedKey(key);
    },
    onBlur: (event) => {
      const next = event.relatedTarget;
      if (!(next instanceof Node) || !bodyRef.current?.contains(next)) setPinnedKey(null);
    },
  };
}

/**
 * The body's children: the rendered rows, in one keyed list (a row keeps its
 * DOM while it stays rendered), and a spacer for each run left out, drawn by
 * `gap` (an element of the body's row kind, `height` px high, hidden from
 * assistive technology).
 */
export function windowRows(
  window: RowWindow,
  gap: (key: string, height: number) => ReactNode,
  row: (index: number) => ReactNode,
): ReactNode[] {
  const children: ReactNode[] = [];
  for (const segment of window.segments) {
    if (segment.kind === 'gap') {
      children.push(gap(window.gapKey(segment), window.gapHeight(segment)));
    } else {
      for (let i = segment.from; i < segment.to; i++) children.push(row(i));
    }
  }
  return children;
}
