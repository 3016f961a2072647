import { memo, useId, type ReactNode } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { PANEL_STRINGS } from '../../shared/i18n/panels.ts';
import { PLAN_UI_STRINGS as S } from '../../shared/i18n/plan-ui.ts';
import { message, translate, type Message } from '../../shared/i18n/translate.ts';
import type { MeetingPatch } from '../../shared/ops/index.ts';
import type { PlanMeeting } from '../../shared/plan.ts';
import { FINAL_MEETING_PURPOSE } from '../../shared/i18n/meetings.ts';
import { MINUTES_MAX_CHARS, parseMinutes } from '../../shared/minutes.ts';
import { LIMITS, TYPED_YEARS, isClockTime, isRealDate, isTypedDate } from '../../shared/schema.ts';
import type { BoardActions } from '../sync/actions.ts';
import { DraftInput } from './DraftInput.tsx';
import { opErrorText } from '../../shared/i18n/op-errors.ts';

/** A field's text turned into a patch, or the message saying why it cannot be. */
export type ParsedField = { readonly patch: MeetingPatch } | { readonly problem: Message };

export function parseDateField(text: string): ParsedField {
  const value = text.trim();
  if (value === '') return { patch: { date: null } };
  if (!isRealDate(value)) return { problem: message(S.errorDate) };
  return isTypedDate(value)
    ? { patch: { date: value } }
    : { problem: message(PANEL_STRINGS.dateYears, TYPED_YEARS) };
}

export function parseTimeField(text: string): ParsedField {
  // Some browsers add seconds ("09:00:00") to a time field's value; the board keeps minutes.
  const value = text.trim().slice(0, 5);
  if (value === '') return { patch: { startTime: null } };
  return isClockTime(value) ? { patch: { startTime: value } } : { problem: message(S.errorTime) };
}

export function parseDurationField(text: string): ParsedField {
  const minutes = parseMinutes(text);
  return minutes.ok
    ? { patch: { durationMinutes: minutes.value } }
    : { problem: message(PANEL_STRINGS.invalidMinutes, { max: LIMITS.durationMinutes }) };
}

export interface MeetingFieldsProps {
  readonly meeting: PlanMeeting;
  readonly lang: Lang;
  readonly actions: BoardActions;
}

/** The meeting's own fields under its heading: sub-theme, date, start time, duration, place. */
function MeetingFieldsInner({ meeting, lang, actions }: MeetingFieldsProps) {
  const id = useId();
  const save = (parsed: ParsedField): Message | null => {
    if ('problem' in parsed) return parsed.problem;
    const result = actions.updateMeeting(meeting.meetingId, parsed.patch);
    return result.ok ? null : opErrorText(result.error);
  };
  const field = (key: string, label: string, input: ReactNode) => (
    <span className={`plan-field plan-field-${key}`}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
    </span>
  );

  return (
    <div className="plan-meeting-fields">
      {field(
        'subtheme',
        translate(S.subtheme, lang),
        <DraftInput
          lang={lang}
          id={`${id}-subtheme`}
          value={meeting.subtheme}
          placeholder={meeting.kind === 'final' ? FINAL_MEETING_PURPOSE[lang] : undefined}
          maxLength={LIMITS.shortTextChars}
          multiline
          className="plan-input"
          testId="plan-input-subtheme"
          onCommit={(next) => save({ patch: { subtheme: next } })}
        />,
      )}
      {field(
        'date',
        translate(S.date, lang),
        <DraftInput
          lang={lang}
          id={`${id}-date`}
          type="date"
          value={meeting.date ?? ''}
          className="plan-input"
          testId="plan-input-date"
          badInputMessage={message(S.errorDate)}
          onCommit={(next) => save(parseDateField(next))}
        />,
      )}
      {field(
        'time',
        translate(S.startTime, lang),
        <DraftInput
          lang={lang}
          id={`${id}-time`}
          type="time"
          value={meeting.startTime ?? ''}
          className="plan-input"
          testId="plan-input-start"
          badInputMessage={message(S.errorTime)}
          onCommit={(next) => save(parseTimeField(next))}
        />,
      )}
      {field(
        'duration',
        translate(S.duration, lang),
        <DraftInput
          lang={lang}
          id={`${id}-duration`}
          // Text, not type=number: a number field reports bad input as '', which would clear the duration.
          inputMode="numeric"
          maxLength={MINUTES_MAX_CHARS}
          value={meeting.durationMinutes === null ? '' : String(meeting.durationMinutes)}
          className="plan-input plan-input-number"
          testId="plan-input-duration"
          onCommit={(next) => save(parseDurationField(next))}
        />,
      )}
      {field(
        'location',
        translate(S.location, lang),
        <DraftInput
          lang={lang}
          id={`${id}-location`}
          value={meeting.location}
          maxLength={LIMITS.shortTextChars}
          wraps
          className="plan-input"
          testId="plan-input-location"
          onCommit={(next) => save({ patch: { location: next } })}
        />,
      )}
    </div>
  );
}

/**
 * Memoized on the fields it shows: its meeting's block renders again whenever a
 * row of the meeting changes (a post-it dropped in or out), and these inputs
 * have nothing new then.
 */
export const MeetingFields = memo(
  MeetingFieldsInner,
  (a, b) =>
    a.lang === b.lang &&
    a.actions === b.actions &&
    a.meeting.meetingId === b.meeting.meetingId &&
    a.meeting.kind === b.meeting.kind &&
    a.meeting.subtheme === b.meeting.subtheme &&
    a.meeting.date === b.meeting.date &&
    a.meeting.startTime === b.meeting.startTime &&
    a.meeting.durationMinutes === b.meeting.durationMinutes &&
    a.meeting.location === b.meeting.location,
);
