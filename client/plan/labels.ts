import { formatDanishDate, formatEnglishDate } from '../../shared/dates.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { meetingTitle } from '../../shared/i18n/meetings.ts';
import type { PlanMeeting } from '../../shared/plan.ts';
import { meetingHeading } from '../../shared/plan-labels.ts';
import { meetingDetails } from '../../shared/export/text.ts';

/** "Netværksmøde 2" / "Network meeting 2", "Afsluttende møde", "Ekstramøde". */
export function meetingLabel(meeting: Pick<PlanMeeting, 'kind' | 'number'>, lang: Lang): string {
  return meetingTitle(meeting.kind, meeting.number, lang);
}

/** A plan date in the user's language, or '' when the meeting has none. */
export function dateLabel(date: string | null, lang: Lang): string {
  if (date === null) return '';
  return lang === 'da' ? formatDanishDate(date) : formatEnglishDate(date);
}

/** A meeting's heading in the UI's language (in Danish, exactly the exports' heading). */
export function planHeading(meeting: PlanMeeting, lang: Lang): string {
  return lang === 'da' ? meeting.heading : meetingHeading(meeting, lang);
}

/**
 * "kl. 13.00 · 120 min. · Rådhuset" (in Danish exactly the exports' line),
 * "13:00 · 120 min · Rådhuset"; '' when the meeting has none of them.
 */
export function detailsLabel(meeting: PlanMeeting, lang: Lang): string {
  if (lang === 'da') return meetingDetails(meeting);
  const parts: string[] = [];
  if (meeting.startTime !== null) parts.push(meeting.startTime);
  if (meeting.durationMinutes !== null) parts.push(`${meeting.durationMinutes} min`);
  const location = meeting.location.trim();
  if (location !== '') parts.push(location);
  return parts.join(' · ');
}
