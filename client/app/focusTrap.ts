import type { KeyboardEvent } from 'react';

/**
 * For a dialog that keeps the focus (a modal, the note editor): Tab from its
 * last control goes to the first, Shift+Tab from the first to the last. Call
 * it from the dialog's keydown with a Tab.
 */
export function keepTabInside(event: KeyboardEvent<HTMLElement>): void {
  const controls = [
    ...event.currentTarget.querySelectorAll<HTMLElement>('input, textarea, select, button'),
  ].filter((control) => !control.hasAttribute('disabled'));
  const first = controls[0];
  const last = controls.at(-1);
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
