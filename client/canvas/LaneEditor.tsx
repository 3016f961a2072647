import { useMemo, useState } from 'react';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { LANE_HEADER_HEIGHT, LANE_WIDTH } from '../../shared/layout.ts';
import {
  isClockTime,
  isTypedDate,
  LIMITS,
  TYPED_YEARS,
  type Meeting,
} from '../../shared/schema.ts';
import type { LaneLayout } from './boardGeometry.ts';
import type { CanvasController } from './controller.ts';
import { useLiveFields } from '../app/liveFields.tsx';
import { EditorFrame, FieldAlert, fieldStyle, labelStyle } from './editorFrame.tsx';
import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';
import { EDITOR_STRINGS as E } from '../../shared/i18n/editors.ts';
import { meetingTitle } from '../../shared/i18n/meetings.ts';
import { parseMinutes } from '../../shared/minutes.ts';
import { WrittenOut } from './WrittenOut.tsx';
import { firstTooLong, LANE_EDITOR_LIMITS, type TooLongText } from '../../shared/text-limits.ts';

/** What the editor's fields hold, as text, for a meeting. */
function meetingFields(meeting: Meeting) {
  return {
    subtheme: meeting.subtheme,
    date: meeting.date ?? '',
    time: meeting.startTime ?? '',
    duration: meeting.durationMinutes === null ? '' : String(meeting.durationMinutes),
    location: meeting.location,
  };
}
type MeetingFields = ReturnType<typeof meetingFields>;

/**
 * The lane header editor: sub-theme, date, time, duration, location; the
 * fields not typed in follow the meeting as it changes (liveFields.tsx).
 */
export function LaneEditor(props: {
  readonly controller: CanvasController;
  readonly lane: LaneLayout;
  readonly lang: Lang;
  readonly onClose: () => void;
}) {
  const { controller, lane, lang } = props;
  const meeting = lane.meeting;
  const live = useLiveFields(meetingFields(meeting), lang);
  const { shown, changed } = live;
  const [invalid, setInvalid] = useState<string | null>(null);
  const [tooLong, setTooLong] = useState<TooLongText<keyof typeof LANE_EDITOR_LIMITS> | null>(null);
  // Follows its meeting's lane when someone reorders the meetings meanwhile.
  const board = useMemo(
    () => ({ x: lane.x, y: 0, width: LANE_WIDTH, height: LANE_HEADER_HEIGHT }),
    [lane.x],
  );

  const save = () => {
    // Refused before anything is written, the editor open with the text in it.
    const overlong = firstTooLong(changed, LANE_EDITOR_LIMITS);
    setTooLong(overlong);
    if (overlong !== null) return setInvalid(overlong.field);
    const minutes = parseMinutes(shown.duration);
    if (!minutes.ok) return setInvalid('duration');
    // A date typed now must lie in TYPED_YEARS; an old board's date left as it was is kept.
    const date = changed.date;
    if (date !== undefined && date !== '' && !isTypedDate(date)) return setInvalid('date');
    if (shown.time !== '' && !isClockTime(shown.time)) return setInvalid('time');
    const patch: Partial<
      Pick<Meeting, 'subtheme' | 'date' | 'startTime' | 'durationMinutes' | 'location'>
    > = {};
    if (changed.subtheme !== undefined) patch.subtheme = changed.subtheme;
    if (changed.date !== undefined) patch.date = changed.date || null;
    if (changed.time !== undefined) patch.startTime = changed.time || null;
    if (changed.duration !== undefined) patch.durationMinutes = minutes.value;
    if (changed.location !== undefined) patch.location = changed.location;
    if (Object.keys(patch).length > 0) controller.props.actions.updateMeeting(meeting.id, patch);
    props.onClose();
  };

  const border = (field: string) => ({
    ...fieldStyle,
    borderColor: invalid === field ? '#c62828' : '#b9b2a3',
  });
  const tooLongAlert = (field: keyof typeof LANE_EDITOR_LIMITS) =>
    tooLong?.field === field ? (
      <FieldAlert>
        {translate(S.textTooLong, lang, { length: tooLong.length, max: tooLong.max })}
      </FieldAlert>
    ) : null;
  return (
    <EditorFrame
      controller={controller}
      board={board}
      label={`${translate(E.editMeeting, lang)}: ${meetingTitle(meeting.kind, lane.number, lang)}`}
      hint={translate(E.editorHint, lang)}
      onSave={save}
      lang={lang}
      onCancel={props.onClose}
    >
      <div style={{ fontWeight: 700, fontSize: 16, marginBottom: 8 }}>
        {meetingTitle(meeting.kind, lane.number, lang)}
      </div>
      <label style={labelStyle}>
        {translate(S.subtheme, lang)}
        <textarea
          style={{ ...border('subtheme'), resize: 'vertical' }}
          aria-invalid={invalid === 'subtheme' || undefined}
          rows={2}
          placeholder={
            meeting.kind === 'final' ? translate(S.finalSubthemePlaceholder, lang) : undefined
          }
          {...live.field('subtheme')}
        />
        {tooLongAlert('subtheme')}
      </label>
      {live.hint('subtheme')}
      <div style={{ display: 'flex', gap: 8 }}>
        <label style={{ ...labelStyle, flex: 3 }}>
          {translate(S.date, lang)}
          <input
            type="date"
            style={border('date')}
            aria-invalid={invalid === 'date'}
            {...live.field('date')}
          />
        </label>
        <label style={{ ...labelStyle, flex: 2 }}>
          {translate(S.startTime, lang)}
          {/* The browser's clock, 12-hour in a US-English browser on a Danish board too: Chromium
              follows the browser's or the system's locale, not `lang` (README, known limits).
              Written out under it in the board's language, "kl. 13.00". */}
          <input
            type="time"
            style={border('time')}
            aria-invalid={invalid === 'time'}
            {...live.field('time')}
          />
        </label>
      </div>
      {/* A refused year is not written out: the alert says what is wrong with it. */}
      {invalid === 'date' ? (
        <FieldAlert>{translate(S.dateYears, lang, TYPED_YEARS)}</FieldAlert>
      ) : (
        <WrittenOut date={shown.date} time={shown.time} lang={lang} />
      )}
      {live.hint('date')}
      {live.hint('time')}
      <label style={labelStyle}>
        {translate(S.duration, lang)}
        <input
          inputMode="numeric"
          style={border('duration')}
          aria-invalid={invalid === 'duration'}
          {...live.field('duration')}
          onInput={() => invalid === 'duration' && setInvalid(null)}
        />
        {invalid === 'duration' ? (
          <FieldAlert>
            {translate(S.invalidMinutes, lang, { max: LIMITS.durationMinutes })}
          </FieldAlert>
        ) : null}
      </label>
      {live.hint('duration')}
      <label style={labelStyle}>
        {translate(S.location, lang)}
        <input
          style={border('location')}
          aria-invalid={invalid === 'location' || undefined}
          {...live.field('location')}
        />
        {tooLongAlert('location')}
      </label>
      {live.hint('location')}
    </EditorFrame>
  );
}
