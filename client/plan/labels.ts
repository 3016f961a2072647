import { formatLongDate } from '../../shared/dates.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { meetingTitle } from '../../shared/i18n/meetings.ts';
import type { PlanMeeting } from '../../shared/plan.ts';
import { meetingDetails, planMeetingHeading } from '../../shared/plan-labels.ts';

/** "Netværksmøde 2" / "Network meeting 2", "Afsluttende møde", "Ekstramøde". */
export function meetingLabel(meeting: Pick<PlanMeeting, 'kind' | 'number'>, lang: Lang): string {
  return meetingTitle(meeting.kind, meeting.number, lang);
}

/** A plan date in the user's language, or '' when the meeting has none. */
export function dateLabel(date: string | null, lang: Lang): string {
  return date === null ? '' : formatLongDate(date, lang);
}

/** A meeting's heading in the UI's language (exactly the exports' heading). */
export function planHeading(meeting: PlanMeeting, lang: Lang): string {
  return planMeetingHeading(meeting, lang);
}

/**
 * "kl. 13.00 · 120 min. · Rådhuset", "13:00 · 120 min · Rådhuset" (exactly the
 * exports' line); '' when the meeting has none of them.
 */
export function detailsLabel(meeting: PlanMeeting, lang: Lang): string {
  return meetingDetails(meeting, lang);
}
