import type { Konva } from './konva.ts';

/** How long after mounting the canvas is sized anyway, in idle time (ms). */
export const SIZE_AFTER_MS = 1_000;

/** `run` after `afterMs`, once the page is idle; returns a cancel. */
function laterWhenIdle(run: () => void, afterMs: number): () => void {
  let idle = 0;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(run, { timeout: afterMs });
    else run();
  }, afterMs);
  return () => {
    clearTimeout(timer);
    if (idle !== 0) cancelIdleCallback(idle);
  };
}

/**
 * Leaves a layer's canvas at its first size (1×1) while the board opens and
 * sizes it when it first has something to draw (a drag, a marquee, another
 * person's cursor) or a second later in idle time, whichever comes first.
 * Sizing a stage-sized canvas costs 10–15 ms (Konva's `setSize` reallocates
 * its bitmap), and the drag layer's was the second of the two sized in the
 * task that paints the board, while it draws nothing until a drag. Sized in
 * idle time, a first drag does not pay for it either. Returns a release.
 *
 * Konva (10.9) has no public way to keep a layer's canvas from the stage's
 * size: the stage sizes every layer it holds through the layer's private
 * `_setSize` when the layer is added and on each resize (Stage#_resizeDOM),
 * and a layer's public `size()` warns and does nothing. Keeping the layer
 * out of the stage until first use (public `remove`/`add`, or mounting it
 * later) would put Konva's tree out of step with react-konva's, which adds,
 * orders and removes the stage's children, and the groups that the marquee
 * and the others' cursors draw into would not exist until then. So
 * `_setSize` is wrapped here, the one place that does, and
 * test/client/lazyLayerSize.test.ts pins that the stage sizes layers through
 * it: a Konva that stopped would fail there.
 */
export function sizeOnFirstUse(
  layer: Konva.Layer,
  later: (run: () => void, afterMs: number) => () => void = laterWhenIdle,
): () => void {
  const setSize = layer._setSize.bind(layer);
  let dormant = true;
  let cancel = () => {};
  const wake = () => {
    if (!dormant) return;
    dormant = false;
    cancel();
    layer.off('beforeDraw.sizeOnFirstUse');
    const stage = layer.getStage();
    if (stage) setSize(stage.size());
  };
  layer._setSize = (size) => (dormant ? layer : setSize(size));
  // Before a draw with anything in the layer's groups: drawn on a 1×1 canvas it would not show.
  layer.on('beforeDraw.sizeOnFirstUse', () => {
    if (layer.getChildren().some((child) => 'hasChildren' in child && child.hasChildren())) wake();
  });
  cancel = later(wake, SIZE_AFTER_MS);
  return () => {
    cancel();
    layer.off('beforeDraw.sizeOnFirstUse');
  };
}
