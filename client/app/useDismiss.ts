import { useEffect, useRef, type RefObject } from 'react';

/** A menu's button: the first of these in its root. */
export const MENU_TRIGGER = 'summary, button, [tabindex]';

/**
 * Closes an open menu or popover the way menus close: on a press anywhere
 * outside `root`, and on Escape (which gives the focus back to the menu's
 * button when it was inside the menu).
 */
export function useDismiss(
  open: boolean,
  root: RefObject<HTMLElement | null>,
  close: () => void,
): void {
  const latest = useRef(close);
  latest.current = close;
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) latest.current();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // This Escape is the menu's: the board must not clear its selection too.
      event.preventDefault();
      const hadFocus = root.current?.contains(document.activeElement) ?? false;
      latest.current();
      // The popover goes, and the focus in it would fall to the page: it goes
      // back to what opened the menu, the first control of its root.
      if (hadFocus) root.current?.querySelector<HTMLElement>(MENU_TRIGGER)?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, root]);
}
