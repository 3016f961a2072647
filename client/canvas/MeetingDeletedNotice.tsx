import { useEffect, useRef, type CSSProperties } from 'react';
import { DELETION_STRINGS as S } from '../../shared/i18n/deletions.ts';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { meetingHeading, meetingTitle } from '../../shared/i18n/meetings.ts';
import { quote } from '../../shared/i18n/quotes.ts';
import { meetingDateText } from '../../shared/plan-labels.ts';
import type { MeetingDeletedNotice as Notice } from '../sync/meetingDeletions.ts';
import type { VanishedEditor } from './goneNotices.ts';

/** Long enough to read two sentences at a workshop table; a click takes it away sooner. */
const SHOWN_MS = 10_000;

const listed = (items: readonly string[], lang: Lang) =>
  new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);

/**
 * A deleted meeting's name: its sub-theme, else its date. Not its number: the meetings after it
 * are renumbered as it goes, and „Netværksmøde 2“ would name the one that was number 3. With
 * neither, where it stood, in the past tense: „Netværksmøde (var nr. 3)“, „Ekstramøde (var møde
 * 4 fra venstre)“; two such meetings read the same otherwise.
 */
function deletedName(notice: Notice, lang: Lang): string {
  if (notice.subtheme) return meetingHeading(notice.kind, null, notice.subtheme, lang);
  const title = meetingTitle(notice.kind, null, lang);
  const date = meetingDateText(notice.date, lang);
  if (date !== null) return `${title}, ${date}`;
  return notice.number === null
    ? translate(S.deletedMeetingWasLane, lang, { title, number: String(notice.lane) })
    : translate(S.deletedMeetingWasNumber, lang, { title, number: String(notice.number) });
}

/**
 * „Netværksmøde: Undertema 2“ og „Netværksmøde, 9. marts 2027“ er slettet af Anne.
 * Mødernes post-its ligger nu i parkeringen. Every meeting named, one sentence.
 */
export function meetingDeletedText(notices: readonly Notice[], lang: Lang): string {
  const many = notices.length > 1;
  const names = listed(
    notices.map((n) => quote(deletedName(n, lang), lang)),
    lang,
  );
  const by = new Set(notices.map((n) => n.by));
  const first = by.has(null)
    ? translate(many ? S.meetingsDeletedByOther : S.meetingDeletedByOther, lang, { names })
    : translate(many ? S.meetingsDeletedBy : S.meetingDeletedBy, lang, {
        names,
        who: listed([...by] as string[], lang),
      });
  if (!notices.some((n) => n.notes > 0)) return first;
  return `${first} ${translate(many ? S.deletedMeetingsNotesParked : S.deletedMeetingNotesParked, lang)}`;
}

interface MeetingDeletedNoticeProps {
  /** The meetings someone else deleted since the bubble last went (useMeetingDeletions). */
  readonly meetings: readonly Notice[];
  readonly vanished: VanishedEditor | null;
  /** Takes the bubble away: the meetings and the vanished editor both. */
  readonly onDismiss: () => void;
  readonly lang: Lang;
  /** The board's polite live region: heard without taking the focus. */
  readonly announce: (text: string) => void;
  readonly style: CSSProperties;
}

/**
 * Tells this user what went from under them, in one bubble (a QA walk found
 * two when the meeting being edited was deleted, and only the last one when
 * several meetings went at once): the post-it or meeting whose editor closed,
 * and the meetings someone else deleted — their post-its vanished into the
 * parking area, often off screen, and the next meetings were renumbered.
 * Deletions while it shows join it. No focus taken; it goes by itself or on a
 * click.
 */
export function MeetingDeletedNotice(props: MeetingDeletedNoticeProps) {
  const { meetings, vanished, onDismiss: dismiss, lang, announce } = props;
  // The meeting being edited, named among the deleted ones: its editor's sentence says no more.
  const told = meetings.some((n) => n.meetingId === vanished?.id);
  const parts: string[] = [];
  if (vanished && !told)
    parts.push(
      translate(vanished.kind === 'note' ? S.editedNoteDeleted : S.editedMeetingDeleted, lang),
    );
  if (meetings.length > 0) parts.push(meetingDeletedText(meetings, lang));
  const text = parts.length > 0 ? parts.join(' ') : null;
  useEffect(() => {
    if (text === null) return;
    const timer = setTimeout(dismiss, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [dismiss, text]);
  // Heard once each: what joins the bubble, not what was said already.
  const said = useRef<readonly string[]>([]);
  useEffect(() => {
    const fresh = parts.filter((part) => !said.current.includes(part));
    said.current = parts;
    if (fresh.length > 0) announce(fresh.join(' '));
    // `parts` follows `text`.
  }, [announce, text]);
  if (text === null) return null;
  return (
    <div
      className="board-bubble"
      data-testid={meetings.length > 0 ? 'meeting-deleted-notice' : 'editor-vanished'}
      style={{ ...props.style, cursor: 'pointer' }}
      onClick={dismiss}
    >
      {text}
    </div>
  );
}
