import { useEffect, useId, type KeyboardEvent, type RefObject } from 'react';
import { useDismiss } from '../app/useDismiss.ts';
import { menuItems } from './menuItems.ts';
import type { PlaceMenuActions, PlaceTarget } from './usePlaceMenu.ts';

export interface PlaceMenuOpenProps {
  readonly menuId: string;
  readonly entryId: string;
  readonly heading: string;
  readonly targets: readonly PlaceTarget[];
  readonly testId: string;
  readonly actions: PlaceMenuActions;
  readonly row: RefObject<HTMLLIElement | null>;
  readonly trigger: RefObject<HTMLDivElement | null>;
  readonly startAt: RefObject<'first' | 'last'>;
}

/** The open menu: closes on a press outside or Escape, keys move and pick, the focus returns to the row. */
export function PlaceMenuOpen(props: PlaceMenuOpenProps) {
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
