import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import type { Board } from '../../shared/schema.ts';
import { ownRendersHeld, renderInNextFrame } from '../app/nextFrame.ts';
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

/**
 * The session's board snapshot. This user's own changes render at once;
 * someone else's render as a transition, which React does in slices between
 * frames, so ten remote moves a second do not make ten long frames while
 * the user drags (issue 4).
 */
function useBoardSnapshot(session: BoardSession | null): Board | null {
  const [board, setBoard] = useState<Board | null>(() => session?.getBoard() ?? null);
  useEffect(() => {
    if (session === null) {
      setBoard(null);
      return;
    }
    setBoard(session.getBoard());
    return session.subscribeBoard((urgent) => {
      // Held: the board is read in that frame too (a read at 3,000 notes is
      // several ms while the code is cold), not in the task that wrote it.
      if (urgent && ownRendersHeld()) {
        renderInNextFrame(() => setBoard(session.getBoard()));
        return;
      }
      const next = session.getBoard();
      if (urgent) setBoard(next);
      else startTransition(() => setBoard(next));
    });
  }, [session]);
  return board;
}

/** The session's board snapshot and status, re-rendering only when they change. */
export function useSessionState(
  session: BoardSession | null,
): { board: Board; status: SessionStatus } | null {
  const subscribe = session?.subscribe ?? noSubscribe;
  const board = useBoardSnapshot(session);
  const status = useSyncExternalStore(subscribe, () => session?.getStatus() ?? null);
  return board && status ? { board, status } : null;
}
