import { useEffect, useMemo, useState } from 'react';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { APP_STRINGS as S } from '../../shared/i18n/app.ts';
import type { BoardMeta } from '../../shared/protocol.ts';
import { colorFor, loadName, saveName, SESSION_ID, SESSION_STARTED } from '../app/device.ts';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { fetchBoardMeta } from '../sync/api.ts';
import type { PresenceUser } from '../sync/presence.ts';
import { useBoardSession, useSessionState } from '../sync/useBoardSession.ts';
import { BoardWorkspace } from './BoardWorkspace.tsx';
import { NamePrompt } from './NamePrompt.tsx';

export interface BoardPageProps {
  /** Edit id (`/b/<id>`) or view id (`/v/<viewId>`). */
  readonly id: string;
  readonly readOnly: boolean;
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly navigate: (to: string) => void;
}

/**
 * Opens the board and shows it once its content is here (from the server or
 * this device's offline copy); an unknown id gets the friendly not-found page.
 */
export function BoardPage({ id, readOnly, lang, setLang, navigate }: BoardPageProps) {
  const [name, setName] = useState(loadName);
  // Without a name, none is published: each client shows "Gæst" or "Guest" in its own language (shownName).
  const user = useMemo<PresenceUser>(
    () => ({
      name,
      color: colorFor(SESSION_ID),
      sessionId: SESSION_ID,
      since: SESSION_STARTED,
    }),
    [name],
  );
  const session = useBoardSession(id, readOnly, user);
  const state = useSessionState(session);
  const [meta, setMeta] = useState<BoardMeta | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    session?.presence.setUser(user);
  }, [session, user]);
  useEffect(() => {
    let live = true;
    void fetchBoardMeta(id).then((result) => {
      if (!live) return;
      // Offline: the board opens from this device's copy; the meta comes later.
      if (result.ok) setMeta(result.value);
      else if (result.error.kind === 'not-found') setMissing(true);
    });
    return () => {
      live = false;
    };
  }, [id]);

  if (missing || state?.status.closed === 'not-found') {
    return <NotFoundPage lang={lang} setLang={setLang} navigate={navigate} />;
  }
  if (session === null || state === null || !state.status.loaded) {
    const offline = state?.status.connection === 'offline';
    return (
      <main className="page page-message" aria-busy="true">
        <p>{translate(offline ? S.loadingOffline : S.loading, lang)}</p>
      </main>
    );
  }
  return (
    <>
      <BoardWorkspace
        session={session}
        board={state.board}
        status={state.status}
        id={id}
        meta={meta}
        user={user}
        readOnly={readOnly}
        lang={lang}
        setLang={setLang}
        navigate={navigate}
      />
      {name === '' && !readOnly && (
        <NamePrompt
          lang={lang}
          setLang={setLang}
          onDone={(chosen) => {
            saveName(chosen);
            setName(chosen);
            // Nothing had the focus before the prompt: it goes to the board, which
            // tells a screen reader its keys, rather than to the page's body.
            document.querySelector<HTMLElement>('[data-testid="board-canvas"]')?.focus();
          }}
        />
      )}
    </>
  );
}
