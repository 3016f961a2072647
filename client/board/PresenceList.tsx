import { useCallback, useRef, useSyncExternalStore } from 'react';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import { shownName, type PresenceSource, type PresenceUser } from '../sync/presence.ts';

interface Person {
  readonly key: string;
  readonly name: string;
  readonly color: string;
}

/**
 * Others shown as avatars; the rest are one "+N" chip naming them in its
 * tooltip. A workshop of ten must not push the toolbar's last buttons off
 * a laptop's screen.
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
  return (
    <div
      className="presence-list"
      data-testid="presence-list"
      title={translate(S.presence, lang, { count: people.length + 1 })}
    >
      <span
        className="avatar"
        style={{ background: ownColor }}
        title={`${ownName} ${translate(S.you, lang)}`}
      >
        {ownName.slice(0, 1).toUpperCase()}
      </span>
      {people.slice(0, AVATARS_SHOWN).map((person) => {
        // Named here, in this page's language: an anonymous user sends no name.
        const name = shownName(person.name, lang);
        return (
          <span
            key={person.key}
            className="avatar"
            style={{ background: person.color }}
            title={name}
          >
            {name.slice(0, 1).toUpperCase()}
          </span>
        );
      })}
      {people.length > AVATARS_SHOWN && (
        <span
          className="avatar avatar-more"
          data-testid="presence-more"
          title={people
            .slice(AVATARS_SHOWN)
            .map((person) => shownName(person.name, lang))
            .join(', ')}
        >
          +{people.length - AVATARS_SHOWN}
        </span>
      )}
      <span className="presence-count">
        {translate(S.presence, lang, { count: people.length + 1 })}
      </span>
    </div>
  );
}
