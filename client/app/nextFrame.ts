import { flushSync } from 'react-dom';

/**
 * State updates rendered together in the next animation frame, in one React
 * render, for a gesture whose work would otherwise make one long frame.
 *
 * A drop writes the board in its pointer-up task; rendering the result in
 * that same task made the drop the longest frame of a drag at 3,000 notes
 * (about 20 ms of writing plus 25 ms of rendering while the code is still
 * cold, issue 4: no frame over 50 ms). The gesture asks to hold: until the
 * next frame, this user's own board changes wait for it, and so does the
 * clearing of the drag layer, which keeps showing the dropped post-its where
 * they were let go until the board shows them in their place.
 */

/** A hidden page gets no animation frames; the updates must not wait for its return. */
const HIDDEN_PAGE_TIMEOUT_MS = 100;

const pending: (() => void)[] = [];
let frame = 0;
let timeout: ReturnType<typeof setTimeout> | null = null;
let holding = false;

function flush(): void {
  cancelAnimationFrame(frame);
  if (timeout !== null) clearTimeout(timeout);
  frame = 0;
  timeout = null;
  holding = false;
  const updates = pending.splice(0);
  if (updates.length === 0) return;
  flushSync(() => {
    for (const update of updates) update();
  });
}

function schedule(): void {
  if (frame !== 0) return;
  frame = requestAnimationFrame(flush);
  timeout = setTimeout(flush, HIDDEN_PAGE_TIMEOUT_MS);
}

/**
 * Renders what waits for the next frame now. Input calls it first: a press or
 * a key right after a drop must act on the board as it is after the drop.
 */
export function flushNextFrameNow(): void {
  if (frame !== 0) flush();
}

/** Runs `update` (React state setters) in the next frame's render. */
export function renderInNextFrame(update: () => void): void {
  pending.push(update);
  schedule();
}

/** Until the next frame, this user's own board changes render in it (see above). */
export function holdOwnRendersUntilNextFrame(): void {
  holding = true;
  schedule();
}

export function ownRendersHeld(): boolean {
  return holding;
}
