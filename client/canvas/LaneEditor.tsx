import { useMemo, useState } from 'react';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { LANE_HEADER_HEIGHT, LANE_WIDTH } from '../../shared/layout.ts';
import { isRealDate, LIMITS } from '../../shared/schema.ts';
import type { LaneLayout } from './boardGeometry.ts';
import type { CanvasController } from './controller.ts';
import { changedFields } from '../app/changedFields.ts';
import { EditorFrame, fieldStyle, labelStyle } from './editorFrame.tsx';
import { parseMinutes } from './NoteEditor.tsx';
import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';
import { meetingTitle } from '../../shared/i18n/meetings.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The lane header editor: sub-theme, date, time, duration, location. */
export function LaneEditor(props: {
  readonly controller: CanvasController;
  readonly lane: LaneLayout;
  readonly lang: Lang;
  readonly onClose: () => void;
}) {
  const { controller, lane, lang } = props;
  const meeting = lane.meeting;
  const [subtheme, setSubtheme] = useState(meeting.subtheme);
  const [date, setDate] = useState(meeting.date ?? '');
  const [time, setTime] = useState(meeting.startTime ?? '');
  const [duration, setDuration] = useState(
    meeting.durationMinutes === null ? '' : String(meeting.durationMinutes),
  );
  const [location, setLocation] = useState(meeting.location);
  const [invalid, setInvalid] = useState<string | null>(null);
  // A save writes only the fields changed since the editor opened (NoteEditor.tsx).
  const [opened] = useState(meeting);
  // Follows its meeting's lane when someone reorders the meetings meanwhile.
  const board = useMemo(
    () => ({ x: lane.x, y: 0, width: LANE_WIDTH, height: LANE_HEADER_HEIGHT }),
    [lane.x],
  );

  const save = () => {
    const minutes = parseMinutes(duration);
    if (!minutes.ok) return setInvalid('duration');
    if (date !== '' && !isRealDate(date)) return setInvalid('date');
    if (time !== '' && !TIME.test(time)) return setInvalid('time');
    const was = opened;
    const patch = changedFields(
      {
        subtheme: was.subtheme,
        date: was.date,
        startTime: was.startTime,
        durationMinutes: was.durationMinutes,
        location: was.location,
      },
      {
        subtheme,
        date: date || null,
        startTime: time || null,
        durationMinutes: minutes.value,
        location,
      },
    );
    if (Object.keys(patch).length > 0) controller.props.actions.updateMeeting(meeting.id, patch);
    props.onClose();
  };

  const border = (field: string) => ({
    ...fieldStyle,
    borderColor: invalid === field ? '#c62828' : '#b9b2a3',
  });
  return (
    <EditorFrame
      controller={controller}
      board={board}
      label={`${translate(S.editMeeting, lang)}: ${meetingTitle(meeting.kind, lane.number, lang)}`}
      hint={translate(S.editorHint, lang)}
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
          style={{ ...fieldStyle, resize: 'vertical' }}
          rows={2}
          value={subtheme}
          placeholder={
            meeting.kind === 'final' ? translate(S.finalSubthemePlaceholder, lang) : undefined
          }
          onChange={(e) => setSubtheme(e.target.value)}
        />
      </label>
      <div style={{ display: 'flex', gap: 8 }}>
        <label style={{ ...labelStyle, flex: 3 }}>
          {translate(S.date, lang)}
          <input
            type="date"
            style={border('date')}
            aria-invalid={invalid === 'date'}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
        <label style={{ ...labelStyle, flex: 2 }}>
          {translate(S.startTime, lang)}
          <input
            type="time"
            style={border('time')}
            aria-invalid={invalid === 'time'}
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
        </label>
      </div>
      <label style={labelStyle}>
        {translate(S.duration, lang)}
        <input
          inputMode="numeric"
          style={border('duration')}
          value={duration}
          aria-invalid={invalid === 'duration'}
          onChange={(e) => {
            setDuration(e.target.value);
            if (invalid === 'duration') setInvalid(null);
          }}
        />
        {invalid === 'duration' ? (
          <span role="alert" style={{ color: '#c62828', fontSize: 12 }}>
            {translate(S.invalidMinutes, lang, { max: LIMITS.durationMinutes })}
          </span>
        ) : null}
      </label>
      <label style={labelStyle}>
        {translate(S.location, lang)}
        <input style={fieldStyle} value={location} onChange={(e) => setLocation(e.target.value)} />
      </label>
    </EditorFrame>
  );
}
