import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useDismiss } from '../app/useDismiss.ts';
import type { PlaceMenuActions, PlaceTarget } from './usePlaceMenu.ts';
import './placeMenu.css';

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

function menuItems(menuId: string): HTMLElement[] {
  const menu = document.getElementById(menuId);
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
}

/** The open menu: closes on a press outside or Escape, keys move and pick, the focus returns to the row. */
function PlaceMenuOpen(props: {
  readonly menuId: string;
  readonly entryId: string;
  readonly heading: string;
  readonly targets: readonly PlaceTarget[];
  readonly testId: string;
  readonly actions: PlaceMenuActions;
  readonly row: RefObject<HTMLLIElement | null>;
  readonly trigger: RefObject<HTMLDivElement | null>;
  readonly startAt: RefObject<'first' | 'last'>;
}) {
  const { actions, menuId, row, trigger, startAt } = props;
  useDismiss(true, row, () => actions.close());
  useEffect(() => {
    const all = menuItems(menuId);
    // The row with its menu in view (its top first, when the panel is too low
    // for both); the focus then need not scroll the row's name out of sight.
    row.current?.scrollIntoView?.({ block: 'nearest' });
    if (startAt.current === 'first') all[0]?.focus({ preventScroll: true });
    else all.at(-1)?.focus();
    startAt.current = 'first';
  }, [menuId, row, startAt]);

  const closeToRow = () => {
    actions.close();
    trigger.current?.focus();
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const all = menuItems(menuId);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => all[(index + all.length) % all.length]?.focus();
    const handled: Record<string, () => void> = {
      ArrowDown: () => move(at + 1),
      ArrowUp: () => move(at < 0 ? -1 : at - 1),
      Home: () => move(0),
      End: () => move(-1),
      Enter: () => all[at]?.click(),
      Escape: closeToRow,
    };
    const action = handled[event.key];
    if (action) {
      event.preventDefault();
      event.stopPropagation();
      action();
    } else if (event.key === 'Tab') {
      // From the row, the browser then moves on as it would from there.
      closeToRow();
    }
  };
  return (
    <PlaceMenuList
      menuId={menuId}
      heading={props.heading}
      targets={props.targets}
      testId={props.testId}
      onKeyDown={onMenuKey}
      onPick={(target) => {
        actions.pick(props.entryId, target);
        trigger.current?.focus();
      }}
    />
  );
}

function PlaceMenuList(props: {
  readonly menuId: string;
  readonly heading: string;
  readonly targets: readonly PlaceTarget[];
  readonly testId: string;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onPick: (target: PlaceTarget) => void;
}) {
  const headingId = useId();
  return (
    <div
      className="place-menu"
      data-testid={props.testId}
      // A press on its title or between its entries is the menu's: it neither
      // drags the row nor counts as a press outside that closes it.
      onPointerDown={(event) => event.stopPropagation()}
    >
      <p className="place-menu-title" id={headingId}>
        {props.heading}
      </p>
      <div
        id={props.menuId}
        role="menu"
        aria-labelledby={headingId}
        className="place-menu-list"
        onKeyDown={props.onKeyDown}
      >
        {props.targets.map((target) => (
          <button
            key={target.id ?? ''}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={`place-menu-item${target.id === null ? ' place-menu-item--parking' : ''}`}
            onClick={() => props.onPick(target)}
          >
            {target.label}
          </button>
        ))}
      </div>
    </div>
  );
}
