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
 * The session's board snapshot. This user's own changes render at once, or
 * in the next frame when a gesture holds them (a drop, client/app/nextFrame.ts);
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
    let live = true;
    setBoard(session.getBoard());
    const unsubscribe = session.subscribeBoard((urgent) => {
      // Held: every change waits for that frame, someone else's too (it reads
      // a board that holds the drop, which must not show before the drag layer
      // clears), and the board is read there (several ms at 3,000 notes while
      // the code is cold), not in the task that wrote it.
      if (ownRendersHeld()) {
        renderInNextFrame(() => {
          if (live) setBoard(session.getBoard());
        });
        return;
      }
      const next = session.getBoard();
      if (urgent) setBoard(next);
      else startTransition(() => setBoard(next));
    });
    return () => {
      live = false;
      unsubscribe();
    };
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
