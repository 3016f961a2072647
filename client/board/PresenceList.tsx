import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import { useAnchoredPopover } from '../app/anchoredPopover.ts';
import { useDismiss } from '../app/useDismiss.ts';
import { shownName, type PresenceSource, type PresenceUser } from '../sync/presence.ts';

interface Person {
  readonly key: string;
  readonly name: string;
  readonly color: string;
}

/**
 * Others shown as avatars; the rest are one "+N" chip, a menu button listing
 * them (a tooltip alone names nobody to a finger, a keyboard or a screen
 * reader). A workshop of ten must not push the toolbar's last buttons off a
 * laptop's screen.
 */
export const AVATARS_SHOWN = 3;

/**
 * Who is on the board. Remote cursors change many times a second; this list
 * re-renders only when the set of names and colours changes.
 */
export function PresenceList(props: { presence: PresenceSource; self: PresenceUser; lang: Lang }) {
  const cache = useRef<{ signature: string; people: Person[] }>({ signature: '', people: [] });
  const { presence } = props;
  const subscribe = useCallback((listener: () => void) => presence.subscribe(listener), [presence]);
  const people = useSyncExternalStore(subscribe, () => {
    const next = presence.getRemote().map((state) => ({
      key: String(state.clientId),
      name: state.user.name,
      color: state.user.color,
    }));
    const signature = next.map((p) => `${p.key}:${p.name}:${p.color}`).join('|');
    if (signature !== cache.current.signature) cache.current = { signature, people: next };
    return cache.current.people;
  });
  const { self, lang } = props;
  const ownName = shownName(self.name, lang);
  const ownColor = useSyncExternalStore(subscribe, () => presence.getLocalColor());
  const count = translate(S.presence, lang, { count: people.length + 1 });
  return (
    <div
      className="presence-list"
      data-testid="presence-list"
      role="group"
      aria-label={count}
      title={count}
    >
      <Avatar name={`${ownName} ${translate(S.you, lang)}`} color={ownColor} />
      {people.slice(0, AVATARS_SHOWN).map((person) => (
        // Named here, in this page's language: an anonymous user sends no name.
        <Avatar key={person.key} name={shownName(person.name, lang)} color={person.color} />
      ))}
      {people.length > AVATARS_SHOWN && (
        <MoreMenu
          names={people.slice(AVATARS_SHOWN).map((person) => shownName(person.name, lang))}
          lang={lang}
        />
      )}
      <span className="presence-count">{count}</span>
    </div>
  );
}

/** One person's initial, named for a screen reader as for the pointer. */
function Avatar(props: { name: string; color: string }) {
  return (
    <span
      className="avatar"
      role="img"
      aria-label={props.name}
      style={{ background: props.color }}
      title={props.name}
    >
      {props.name.slice(0, 1).toUpperCase()}
    </span>
  );
}

/** "+N", opening the list of those it stands for like the toolbar's menus (Escape closes). */
function MoreMenu(props: { names: readonly string[]; lang: Lang }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDetailsElement>(null);
  useDismiss(open, root, () => setOpen(false));
  const popover = useAnchoredPopover<HTMLUListElement>(open, root);
  const names = props.names.join(', ');
  return (
    <details
      ref={root}
      className="menu presence-more"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary
        className="avatar avatar-more"
        data-testid="presence-more"
        title={names}
        aria-label={translate(S.presenceMore, props.lang, { names })}
      >
        +{props.names.length}
      </summary>
      {open && (
        <ul
          ref={popover}
          className="menu-popover presence-more-list"
          data-testid="presence-more-list"
        >
          {props.names.map((name, i) => (
            <li key={i}>{name}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
