/** The element that wraps the canvas: it takes the keyboard focus and marks "over the board". */
export const BOARD_CANVAS_SELECTOR = '.board-canvas';

/**
 * Gives the board the keyboard focus (it tells a screen reader its keys). For
 * the page's parts that hand the focus back to the board and hold no canvas handle.
 */
export function focusBoardCanvas(): void {
  document.querySelector<HTMLElement>(BOARD_CANVAS_SELECTOR)?.focus();
}
