// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DRAG_THRESHOLD_PX,
  isDragButton,
  passedThreshold,
  startPointerDrag,
  type PointerDragOptions,
} from '../../../client/panels/pointerDrag.ts';

describe('passedThreshold', () => {
  it('is false within the threshold and true from it on', () => {
    const start = { x: 100, y: 100 };
    expect(DRAG_THRESHOLD_PX).toBe(4);
    expect(passedThreshold(start, start)).toBe(false);
    expect(passedThreshold(start, { x: 103, y: 100 })).toBe(false);
    expect(passedThreshold(start, { x: 102, y: 102 })).toBe(false);
    expect(passedThreshold(start, { x: 104, y: 100 })).toBe(true);
    expect(passedThreshold(start, { x: 97, y: 97 })).toBe(true);
    expect(passedThreshold(start, { x: 100, y: 90 }, 12)).toBe(false);
  });
});

describe('isDragButton', () => {
  it('accepts the primary pointer with the main button only', () => {
    expect(isDragButton({ button: 0, isPrimary: true })).toBe(true);
    expect(isDragButton({ button: 2, isPrimary: true })).toBe(false);
    expect(isDragButton({ button: 0, isPrimary: false })).toBe(false);
  });
});

describe('startPointerDrag', () => {
  const fire = (type: string, x: number, y: number, pointerId = 1) =>
    window.dispatchEvent(
      new PointerEvent(type, { clientX: x, clientY: y, pointerId, isPrimary: true, bubbles: true }),
    );
  const options = (over: Partial<PointerDragOptions> = {}) => ({
    ghost: { title: 'A', subtitle: 'B', color: '#fff08a', width: 180, height: 110 },
    canDrop: () => true,
    onDrop: vi.fn(),
    onCancel: vi.fn(),
    onClick: vi.fn(),
    ...over,
  });
  const press = { pointerId: 1, clientX: 10, clientY: 10, button: 0, isPrimary: true };
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('ignores other pointers and runs one drag at a time', () => {
    const o = options();
    const drag = startPointerDrag({ ...press, currentTarget: null }, o);
    cleanup = () => drag?.cancel();
    expect(drag).not.toBeNull();
    expect(startPointerDrag({ ...press, pointerId: 2, currentTarget: null }, options())).toBeNull();
    fire('pointermove', 300, 300, 2);
    expect(document.querySelector('.panel-ghost')).toBeNull();
    fire('pointermove', 300, 300);
    fire('pointerup', 300, 300);
    expect(o.onDrop).toHaveBeenCalledWith(300, 300);
    // Finished: a new drag may start.
    const next = startPointerDrag({ ...press, currentTarget: null }, options());
    expect(next).not.toBeNull();
    next?.cancel();
  });

  it('reports a click below the threshold and a cancel on pointercancel', () => {
    const o = options();
    startPointerDrag({ ...press, currentTarget: null }, o);
    fire('pointerup', 11, 11);
    expect(o.onClick).toHaveBeenCalledOnce();
    expect(o.onDrop).not.toHaveBeenCalled();

    const p = options();
    startPointerDrag({ ...press, currentTarget: null }, p);
    fire('pointermove', 100, 10);
    fire('pointercancel', 100, 10);
    expect(p.onCancel).toHaveBeenCalledOnce();
    expect(document.querySelector('.panel-ghost')).toBeNull();
  });

  it('cancels instead of dropping where canDrop says no', () => {
    const o = options({ canDrop: () => false });
    startPointerDrag({ ...press, currentTarget: null }, o);
    fire('pointermove', 100, 10);
    expect(document.querySelector('.panel-ghost--blocked')).not.toBeNull();
    fire('pointerup', 100, 10);
    expect(o.onDrop).not.toHaveBeenCalled();
    expect(o.onCancel).toHaveBeenCalledOnce();
  });
});
