import { useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { preloadablePart } from '../app/lazyPart.tsx';
import type { PlaceMenuOpenProps } from './PlaceMenuOpen.tsx';
import { menuItems } from './menuItems.ts';
import type { PlaceMenuActions, PlaceTarget } from './usePlaceMenu.ts';
import './placeMenu.css';

// The open menu loads on the first opening (issue 6: start-up JavaScript).
const placeMenu = preloadablePart<PlaceMenuOpenProps>(() =>
  import('./PlaceMenuOpen.tsx').then((module) => module.PlaceMenuOpen),
);
const PlaceMenuOpen = placeMenu.Part;
/** For tests that open menus and expect them at once. */
export const preloadPlaceMenu = placeMenu.preload;

/**
 * A pool or palette row as a menu button (WAI-ARIA menu button pattern): its
 * name part takes the focus, and Enter, Space or ↓ open the menu of meetings
 * and the parking area on the first item, ↑ on the last; a press on the row
 * without dragging (a click, a tap) opens it too (useEntryDrag). In the menu
 * the arrows, Home and End move, Enter or Space picks, Escape closes and Tab
 * leaves; the focus comes back to the row. Every key the menu takes is marked
 * taken, so the board's own keys (Enter edits the selected note, and a pick
 * selects the new one) stay out of it.
 */
export function usePlaceMenuRow(props: {
  readonly entryId: string;
  /** Non-null while this row's menu is open. */
  readonly targets: readonly PlaceTarget[] | null;
  /** Null when the row cannot be placed (read-only, no canvas yet): no menu button. */
  readonly actions: PlaceMenuActions | null;
  /** Over the items: "Sæt Søren S. på". */
  readonly heading: string;
  /** What the row's name part is described by (the panel's hint). */
  readonly describedBy: string | undefined;
  /** `<prefix>-place-<id>` for the row's name part, `<prefix>-place-menu-<id>` for the menu. */
  readonly testIdPrefix: string;
}) {
  const { entryId, targets, actions } = props;
  const open = targets !== null && actions !== null;
  // Only what a closed row needs lives here, once per row of a pool of
  // hundreds; the open menu's dismissing and focusing live in PlaceMenuOpen.
  const row = useRef<HTMLLIElement>(null);
  const trigger = useRef<HTMLDivElement>(null);
  const startAt = useRef<'first' | 'last'>('first');
  const menuId = `place-menu-${props.testIdPrefix}-${entryId}`;

  const openAt = (where: 'first' | 'last') => {
    startAt.current = where;
    if (!open) {
      actions?.open(entryId);
      return;
    }
    const all = menuItems(menuId);
    (where === 'first' ? all[0] : all.at(-1))?.focus();
  };
  const onTriggerKey = (event: KeyboardEvent) => {
    if (!actions || event.target !== event.currentTarget) return;
    if (!['Enter', ' ', 'ArrowDown', 'ArrowUp'].includes(event.key)) return;
    event.preventDefault();
    // Space opens on its keyup: opened now, the keyup would land on the menu's
    // first entry, and Firefox presses a button that a Space keyup reaches.
    if (event.key === ' ') return;
    openAt(event.key === 'ArrowUp' ? 'last' : 'first');
  };
  const onTriggerKeyUp = (event: KeyboardEvent) => {
    if (!actions || event.target !== event.currentTarget || event.key !== ' ') return;
    event.preventDefault();
    openAt('first');
  };

  const triggerProps = actions
    ? {
        ref: trigger,
        role: 'button',
        tabIndex: 0,
        'aria-haspopup': 'menu' as const,
        'aria-expanded': open,
        'aria-controls': open ? menuId : undefined,
        'aria-describedby': props.describedBy,
        'data-testid': `${props.testIdPrefix}-place-${entryId}`,
        onKeyDown: onTriggerKey,
        onKeyUp: onTriggerKeyUp,
        onMouseDown: keepFocusAway,
      }
    : {};
  const menuElement: ReactNode =
    open && targets ? (
      <PlaceMenuOpen
        menuId={menuId}
        entryId={entryId}
        heading={props.heading}
        targets={targets}
        testId={`${props.testIdPrefix}-place-menu-${entryId}`}
        actions={actions}
        row={row}
        trigger={trigger}
        startAt={startAt}
      />
    ) : null;
  return { row, triggerProps, menu: menuElement };
}

/**
 * A press leaves the focus as a press on the plain row did (nowhere): after a
 * drag from it Enter and Delete are the board's again, for the note dropped.
 * A click opens the menu all the same.
 */
function keepFocusAway(event: MouseEvent): void {
  event.preventDefault();
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}
