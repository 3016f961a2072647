import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { planMeetingHeading, planParticipantLabel } from '../plan-labels.ts';
import type { Plan } from '../plan.ts';
import { LIMITS, type Board } from '../schema.ts';
import { utf8SizeOver } from '../validate.ts';

/**
 * The plan as published JSON (issue 2 §5), with a final newline as text files
 * have. Its words in the reader's language: the meetings' headings and the word
 * the plan adds after a citizen (`citizenWordAdded`); the checks carry both
 * languages already, and typed text is as typed.
 */
export function planToJson(plan: Plan, lang: Lang = DEFAULT_LANG): string {
  return `${JSON.stringify(lang === 'da' ? plan : planInLanguage(plan, lang), null, 2)}\n`;
}

function planInLanguage(plan: Plan, lang: Lang): Plan {
  return {
    ...plan,
    meetings: plan.meetings.map((meeting) => ({
      ...meeting,
      heading: planMeetingHeading(meeting, lang),
      rows: meeting.rows.map((row) => ({ ...row, participant: planParticipantLabel(row, lang) })),
    })),
    overview: {
      ...plan.overview,
      people: plan.overview.people.map((person) => ({
        ...person,
        participant: planParticipantLabel(person, lang),
      })),
    },
  };
}

/**
 * The board file export is the board itself: the public interchange format,
 * indented to be readable. A board near the import limit is written without
 * indentation (which adds about a third): a backup must import again.
 */
export function boardToJson(board: Board, maxBytes: number = LIMITS.fileBytes): string {
  const readable = `${JSON.stringify(board, null, 2)}\n`;
  if (utf8SizeOver(readable, maxBytes) === null) return readable;
  return `${JSON.stringify(board)}\n`;
}
