import { useLayoutEffect, useRef, type RefObject } from 'react';
import { MENU_TRIGGER } from './useDismiss.ts';

/** Space kept between a popover and the screen's edges, and between it and its button, in px. */
const EDGE = 8;
const GAP = 4;

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface PopoverPlace {
  readonly left: number;
  readonly top: number;
  /** What the popover may take before it scrolls. */
  readonly maxHeight: number;
}

/**
 * Where a popover of `size` opens for its button: under it, left edges
 * aligned; right edges aligned where it would leave the screen on the right;
 * moved in from the screen's edge where even that does not fit. Above the
 * button only where there is more room there than below (the toolbar is at the
 * top); either way it scrolls within the room it has.
 */
export function placePopover(
  button: Box,
  size: { readonly width: number; readonly height: number },
  screen: { readonly width: number; readonly height: number },
): PopoverPlace {
  const fitsLeftAligned = button.left + size.width <= screen.width - EDGE;
  const left = fitsLeftAligned ? button.left : button.right - size.width;
  const below = screen.height - EDGE - (button.bottom + GAP);
  const above = button.top - GAP - EDGE;
  const up = size.height > below && above > below;
  const room = Math.max(0, up ? above : below);
  return {
    left: Math.max(EDGE, Math.min(left, screen.width - EDGE - size.width)),
    top: up ? button.top - GAP - Math.min(size.height, room) : button.bottom + GAP,
    maxHeight: room,
  };
}

/**
 * Keeps an open popover (position: fixed, so the toolbar's sideways scrolling
 * does not clip it) under the menu's button, the first control of `root` as
 * for useDismiss: placed before it is painted, and again when the window
 * changes size, something scrolls (the toolbar on a phone) or its content
 * changes size (a part loaded on first use). Returns the popover's ref.
 */
export function useAnchoredPopover<T extends HTMLElement>(
  open: boolean,
  root: RefObject<HTMLElement | null>,
): RefObject<T | null> {
  const popover = useRef<T>(null);
  useLayoutEffect(() => {
    const element = popover.current;
    const button = root.current?.querySelector(MENU_TRIGGER);
    if (!open || !element || !button) return;
    const place = () => {
      // Measured at the left edge, where its width is its own, not what is left right of the button.
      element.style.left = '0px';
      const screen = document.documentElement;
      const spot = placePopover(
        button.getBoundingClientRect(),
        {
          width: element.offsetWidth,
          // Its whole height, also when it scrolls now (the max-height stays: its scroll stays).
          height: element.scrollHeight + element.offsetHeight - element.clientHeight,
        },
        { width: screen.clientWidth, height: screen.clientHeight },
      );
      element.style.left = `${spot.left}px`;
      element.style.top = `${spot.top}px`;
      element.style.maxHeight = `${spot.maxHeight}px`;
    };
    place();
    let frame = 0;
    // A frame later: placing inside the observer's callback would resize what it observes.
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(later);
    resized?.observe(element);
    window.addEventListener('resize', later);
    window.addEventListener('scroll', later, { capture: true, passive: true });
    return () => {
      cancelAnimationFrame(frame);
      resized?.disconnect();
      window.removeEventListener('resize', later);
      window.removeEventListener('scroll', later, { capture: true });
    };
  }, [open, root]);
  return popover;
}
