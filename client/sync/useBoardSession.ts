import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Board } from '../../shared/schema.ts';
import type { PresenceUser } from './presence.ts';
import { BoardSession, type SessionStatus } from './session.ts';

/**
 * Opens a board session for the lifetime of the component (StrictMode's
 * double mount opens and closes one cleanly). The user is read once; later
 * changes go through `session.presence.setUser`.
 */
export function useBoardSession(
  id: string,
  readOnly: boolean,
  user: PresenceUser,
): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null);
  useEffect(() => {
    const opened = new BoardSession({ id, readOnly, user });
    setSession(opened);
    return () => {
      setSession(null);
      opened.destroy();
    };
    // The user is only the initial presence; see above.
  }, [id, readOnly]);
  return session;
}

const noSubscribe = () => () => {};

/** The session's board snapshot and status, re-rendering only when they change. */
export function useSessionState(
  session: BoardSession | null,
): { board: Board; status: SessionStatus } | null {
  const subscribe = session?.subscribe ?? noSubscribe;
  const board = useSyncExternalStore(subscribe, () => session?.getBoard() ?? null);
  const status = useSyncExternalStore(subscribe, () => session?.getStatus() ?? null);
  return board && status ? { board, status } : null;
}
