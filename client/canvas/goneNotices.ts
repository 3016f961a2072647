import { useCallback, useEffect, useState } from 'react';
import type { MeetingDeletedNotice } from '../sync/meetingDeletions.ts';

/** The post-it or meeting whose editor closed because it was deleted (BoardCanvas). */
export interface VanishedEditor {
  readonly kind: 'note' | 'lane';
  readonly id: string;
}

/**
 * What went from under this user, kept while the board's bubble shows it: the meetings someone
 * else deleted (a deletion while it shows joins it) and the editor that closed. Kept here, not in
 * the bubble, so that the bubble's code loads only when there is something to say (issue 6:
 * start-up JavaScript).
 */
export function useGoneNotices(
  subscribe: ((listener: (notice: MeetingDeletedNotice) => void) => () => void) | undefined,
) {
  const [meetings, setMeetings] = useState<readonly MeetingDeletedNotice[]>([]);
  const [vanished, setVanished] = useState<VanishedEditor | null>(null);
  useEffect(
    () =>
      subscribe?.((notice) =>
        setMeetings((shown) => [...shown.filter((n) => n.meetingId !== notice.meetingId), notice]),
      ),
    [subscribe],
  );
  const dismiss = useCallback(() => {
    setMeetings([]);
    setVanished(null);
  }, []);
  return {
    meetings,
    vanished,
    setVanished,
    dismiss,
    showing: meetings.length > 0 || vanished !== null,
  };
}
