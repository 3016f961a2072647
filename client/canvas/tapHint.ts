import type { Point } from '../../shared/layout.ts';

const SHOWN_MS = 5_000;

/**
 * What a mouse user reads in a post-it's or a meeting header's tooltip (its
 * check messages), shown for a while next to a tap: touch screens and pens
 * show no tooltips. One element per board, made on first use.
 */
export interface TapHint {
  show(at: Point, text: string): void;
  hide(): void;
  destroy(): void;
}

export function createTapHint(container: HTMLElement): TapHint {
  let element: HTMLDivElement | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const hide = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (element) element.hidden = true;
  };

  const make = (): HTMLDivElement => {
    const made = document.createElement('div');
    made.setAttribute('role', 'status');
    made.className = 'board-bubble';
    made.dataset['testid'] = 'board-tap-hint';
    Object.assign(made.style, {
      zIndex: '15',
      maxWidth: '300px',
      whiteSpace: 'pre-line',
      pointerEvents: 'none',
    });
    if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
    container.appendChild(made);
    return made;
  };

  return {
    show(at, text) {
      element ??= make();
      element.textContent = text;
      element.hidden = false;
      // Beside the finger, not under it; kept inside the board.
      const width = Math.min(300, container.clientWidth - 16);
      const x = Math.max(8, Math.min(at.x + 16, container.clientWidth - width - 8));
      const below = at.y + 24 + element.offsetHeight < container.clientHeight;
      const y = below ? at.y + 24 : Math.max(8, at.y - 16 - element.offsetHeight);
      element.style.left = `${x}px`;
      element.style.top = `${y}px`;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(hide, SHOWN_MS);
    },
    hide,
    destroy() {
      hide();
      element?.remove();
      element = null;
    },
  };
}
