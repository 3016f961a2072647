import { useCallback, useEffect, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../shared/layout.ts';
import type { CanvasHandle } from '../canvas/types.ts';
import type { PanelEntry } from '../sync/presence.ts';
import {
  isOnControl,
  overBoardCanvas,
  startPointerDrag,
  type GhostSpec,
  type Point,
  type PointerDrag,
} from './pointerDrag.ts';
import './panelGhost.css';

export interface EntryDragConfig {
  /** False in read-only sessions and before the canvas is ready: rows then do not drag. */
  readonly enabled: boolean;
  readonly canvas: CanvasHandle | null;
  /** The post-it the entry would become; null when the entry vanished meanwhile. */
  readonly ghost: (id: string) => Omit<GhostSpec, 'width' | 'height'> | null;
  readonly drop: (canvas: CanvasHandle, id: string, clientX: number, clientY: number) => void;
  /** A press on the row released before it became a drag, once its click comes (a click, a tap). */
  readonly click?: (id: string) => void;
  /** What the rows are: the others see the post-it a row becomes while it is dragged (presence). */
  readonly kind: PanelEntry['kind'];
}

/** How long after the press's release its click may come (a tap's comes after touchend). */
const CLICK_WAIT_MS = 1000;

/**
 * Runs `run` on the click that follows a press released on `row`, if it lands
 * in the row. Not at the release itself: a tap's click comes after it, and
 * would land on whatever the release put under the finger (the row's menu,
 * scrolled up by its focus).
 */
function onNextClick(row: Element, run: () => void): void {
  const done = () => {
    clearTimeout(timer);
    window.removeEventListener('click', onClick, true);
  };
  const onClick = (event: MouseEvent) => {
    done();
    if (event.target instanceof Node && row.contains(event.target)) run();
  };
  const timer = setTimeout(done, CLICK_WAIT_MS);
  window.addEventListener('click', onClick, true);
}

/** The ghost at the canvas's zoom, within limits that stay readable and small enough to aim with. */
function ghostScale(canvas: CanvasHandle): number {
  return Math.min(1.25, Math.max(0.5, canvas.getCamera().zoom));
}

/**
 * A stable pointerdown handler for the rows of a panel: the list does not
 * re-render when the board changes only elsewhere, and a move never touches
 * React (pointerDrag.ts moves the ghost directly).
 */
export function useEntryDrag(
  config: EntryDragConfig,
): (event: ReactPointerEvent<HTMLElement>, id: string) => void {
  const latest = useRef(config);
  latest.current = config;
  const drag = useRef<PointerDrag | null>(null);
  useEffect(() => () => drag.current?.cancel(), []);

  return useCallback((event: ReactPointerEvent<HTMLElement>, id: string) => {
    const { enabled, canvas, ghost } = latest.current;
    if (!enabled || !canvas || isOnControl(event.target, event.currentTarget)) return;
    const look = ghost(id);
    if (!look) return;
    const row = event.currentTarget;
    const scale = ghostScale(canvas);
    // Whatever the pointer: a mouse's moves reach the canvas no more than a finger's (captured).
    // Null: not over the board, or the drag ended (after the drop's write).
    const show = (at: Point | null) => canvas.showEntryDrag({ kind: latest.current.kind, id }, at);
    const started = startPointerDrag(event, {
      ghost: { ...look, width: NOTE_WIDTH * scale, height: NOTE_HEIGHT * scale },
      canDrop: overBoardCanvas,
      onDrop: (x, y) => {
        drag.current = null;
        // Read again: the canvas may have been replaced while the pointer was down.
        const target = latest.current.canvas;
        if (latest.current.enabled && target && target.hitTest(x, y)) {
          latest.current.drop(target, id, x, y);
        }
        show(null);
      },
      onCancel: () => {
        drag.current = null;
        show(null);
      },
      onMove: (x, y, over) => show(over ? { x, y } : null),
      onClick: () => {
        drag.current = null;
        if (latest.current.click) onNextClick(row, () => latest.current.click?.(id));
      },
    });
    if (started) drag.current = started;
  }, []);
}
