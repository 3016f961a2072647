import { useEffect, useState, type CSSProperties } from 'react';
import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { meetingHeading } from '../../shared/i18n/meetings.ts';
import type { MeetingDeletedNotice as Notice } from '../sync/meetingDeletions.ts';

/** Long enough to read two sentences at a workshop table; a click takes it away sooner. */
const SHOWN_MS = 10_000;

/** "„Netværksmøde 2: Undertema 2“ er slettet af en anden. Mødets post-its ligger nu i parkeringen." */
export function meetingDeletedText(notice: Notice, lang: Lang): string {
  const name = meetingHeading(notice.kind, notice.number, notice.subtheme, lang);
  const first = notice.by
    ? translate(S.meetingDeletedBy, lang, { name, who: notice.by })
    : translate(S.meetingDeletedByOther, lang, { name });
  return notice.notes > 0 ? `${first} ${translate(S.deletedMeetingNotesParked, lang)}` : first;
}

interface MeetingDeletedNoticeProps {
  /** The session's remote meeting deletions (client/sync/meetingDeletions.ts); returns its disposer. */
  readonly subscribe: (listener: (notice: Notice) => void) => () => void;
  readonly lang: Lang;
  /** The board's polite live region: heard without taking the focus. */
  readonly announce: (text: string) => void;
  readonly style: CSSProperties;
}

/**
 * Tells this user that someone else deleted a meeting: its post-its vanished
 * into the parking area, often off screen, and the next meetings were
 * renumbered. A bubble like the editors' notice (BoardCanvas), no focus taken;
 * it goes by itself or on a click. A later deletion replaces it.
 */
export function MeetingDeletedNotice(props: MeetingDeletedNoticeProps) {
  const { subscribe, lang, announce } = props;
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => subscribe(setNotice), [subscribe]);
  const text = notice ? meetingDeletedText(notice, lang) : null;
  useEffect(() => {
    if (notice === null) return;
    const timer = setTimeout(() => setNotice(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  useEffect(() => {
    if (text !== null) announce(text);
  }, [announce, text]);
  if (text === null) return null;
  return (
    <div
      className="board-bubble"
      data-testid="meeting-deleted-notice"
      style={{ ...props.style, cursor: 'pointer' }}
      onClick={() => setNotice(null)}
    >
      {text}
    </div>
  );
}
