import { formatDanishDate, formatEnglishDate } from '../../shared/dates.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { PLAN_UI_STRINGS as S } from '../../shared/i18n/plan-ui.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { OpError } from '../../shared/ops/index.ts';
import type { PlanMeeting } from '../../shared/plan.ts';
import { assertNever } from '../../shared/result.ts';

/** "Netværksmøde 2" / "Network meeting 2", "Afsluttende møde", "Ekstramøde". */
export function meetingLabel(meeting: Pick<PlanMeeting, 'kind' | 'number'>, lang: Lang): string {
  switch (meeting.kind) {
    case 'network':
      return translate(S.networkMeeting, lang, { n: meeting.number ?? '' }).trim();
    case 'final':
      return translate(S.finalMeeting, lang);
    case 'extra':
      return translate(S.extraMeeting, lang);
    default:
      return assertNever(meeting.kind);
  }
}

/** A plan date in the user's language, or '' when the meeting has none. */
export function dateLabel(date: string | null, lang: Lang): string {
  if (date === null) return '';
  return lang === 'da' ? formatDanishDate(date) : formatEnglishDate(date);
}

/** An op's failure in the user's words (the op's `detail` is English, for logs). */
export function opErrorMessage(error: OpError, lang: Lang): string {
  switch (error.code) {
    case 'not-found':
      return translate(S.errorNotFound, lang);
    case 'invalid-input':
      return translate(S.errorInvalid, lang);
    case 'limit-reached':
      return translate(S.errorLimit, lang);
    default:
      return assertNever(error.code);
  }
}
