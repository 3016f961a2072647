import { savePlanSize } from '../app/device.ts';
import type { Split, SplitBounds } from './planSplit.ts';
import { clampSplit, splitForKey } from './planSplitKeys.ts';

/**
 * The divider's input (PlanDivider.tsx loads it at the first hover, focus or
 * touch: start-up JavaScript): a drag with mouse, touch or pen, the keys, a
 * double-click. It sets the plan's size on the workspace's grid, at most once
 * per animation frame: nothing renders in React, and the canvas follows its
 * container's size. `measure` (handed in, so this module shares no chunk with
 * the board page) reads where the divider stands and tells assistive technology.
 */
export function attachDivider(
  divider: HTMLElement,
  measure: () => Split,
  onMove: () => void,
  early: readonly Event[],
): () => void {
  const workspace = divider.parentElement;
  if (!workspace) return () => {};
  let drag: { id: number; from: number; size: number; below: boolean; bounds: SplitBounds } | null =
    null;
  let want: number | null = null;
  let frame = 0;

  // The plan's size (null: the default, workspace.css), within what the screen leaves.
  const show = (below: boolean, size: number | null): Split => {
    frame = 0;
    const name = sizeProperty(below);
    if (size === null) workspace.style.removeProperty(name);
    else workspace.style.setProperty(name, `${clampSplit(size, measure().bounds)}px`);
    return measure();
  };
  // A size the user chose, kept on the device as shown.
  const set = (below: boolean, size: number | null) => {
    onMove();
    cancelAnimationFrame(frame);
    const shown = show(below, size).size;
    savePlanSize(below, size === null ? null : Math.round(shown));
  };

  divider.onpointerdown = (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    divider.focus();
    // The pointer may have gone up while this module loaded.
    try {
      divider.setPointerCapture(event.pointerId);
    } catch {
      return;
    }
    // The bounds hold for the whole drag: each frame only writes the size (the
    // ResizeObserver below keeps what a screen reader is told up to date).
    const { below, size, bounds } = measure();
    drag = {
      id: event.pointerId,
      from: below ? event.clientY : event.clientX,
      size,
      below,
      bounds,
    };
    want = null;
    divider.classList.add('dragging');
    onMove();
  };
  const end = (event: PointerEvent) => {
    if (drag?.id !== event.pointerId) return;
    divider.classList.remove('dragging');
    if (want !== null) set(drag.below, want);
    drag = null;
  };
  divider.onpointermove = (event) => {
    if (drag?.id !== event.pointerId) return;
    // A press replayed after this module loaded, let go meanwhile off the divider:
    // a mouse has no capture without a button down, so no pointerup comes.
    if (event.buttons === 0) return end(event);
    const { below, from, size, bounds } = drag;
    // The plan is right of or under the board: the divider towards it makes it smaller.
    want = clampSplit(size - ((below ? event.clientY : event.clientX) - from), bounds);
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      if (want !== null) workspace.style.setProperty(sizeProperty(below), `${want}px`);
    });
  };
  divider.onpointerup = divider.onpointercancel = divider.onlostpointercapture = end;
  divider.ondblclick = () => set(measure().below, null);
  divider.onkeydown = (event) => {
    const { below, size, bounds } = measure();
    // Enter, as a double-click: the default size.
    const next = splitForKey(event.key, size, bounds);
    if (next === null && event.key !== 'Enter') return;
    event.preventDefault();
    set(below, next);
  };
  // What a screen reader hears stays true as the window or the side panels change.
  divider.onfocus = () => measure();
  // What came while this module loaded: a finger's touch (its drag starts now), a key, a double-click.
  for (const event of early) {
    if (event instanceof KeyboardEvent) divider.onkeydown(event);
    else if (event instanceof PointerEvent && event.type === 'pointerdown')
      divider.onpointerdown(event);
    else if (event instanceof MouseEvent) divider.ondblclick(event);
  }
  const observer = new ResizeObserver(() => measure());
  const canvas = workspace.querySelector('.canvas-area');
  if (canvas) observer.observe(canvas);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
}

const sizeProperty = (below: boolean) => (below ? '--plan-height' : '--plan-width');
