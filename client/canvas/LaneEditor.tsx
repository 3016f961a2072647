import { useMemo, useState } from 'react';
import type { Lang } from '../../shared/i18n/index.ts';
import { LANE_HEADER_HEIGHT, LANE_WIDTH } from '../../shared/layout.ts';
import { isRealDate } from '../../shared/schema.ts';
import type { LaneLayout } from './boardGeometry.ts';
import type { CanvasController } from './controller.ts';
import { changedFields } from '../app/changedFields.ts';
import { EditorFrame, fieldStyle, labelStyle } from './editorFrame.tsx';
import { parseMinutes } from './NoteEditor.tsx';
import { laneTitle, t } from './strings.ts';

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
  const board = useMemo(
    () => ({ x: lane.x, y: 0, width: LANE_WIDTH, height: LANE_HEADER_HEIGHT }),
    [lane.id],
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
      label={`${t(lang, 'editMeeting')}: ${laneTitle(lang, meeting.kind, lane.number)}`}
      hint={t(lang, 'editorHint')}
      onSave={save}
      lang={lang}
      onCancel={props.onClose}
    >
      <div style={{ fontWeight: 700, fontSize: 16, marginBottom: 8 }}>
        {laneTitle(lang, meeting.kind, lane.number)}
      </div>
      <label style={labelStyle}>
        {t(lang, 'subtheme')}
        <textarea
          style={{ ...fieldStyle, resize: 'vertical' }}
          rows={2}
          value={subtheme}
          placeholder={meeting.kind === 'final' ? t(lang, 'finalSubthemePlaceholder') : undefined}
          onChange={(e) => setSubtheme(e.target.value)}
        />
      </label>
      <div style={{ display: 'flex', gap: 8 }}>
        <label style={{ ...labelStyle, flex: 3 }}>
          {t(lang, 'date')}
          <input
            type="date"
            style={border('date')}
            aria-invalid={invalid === 'date'}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
        <label style={{ ...labelStyle, flex: 2 }}>
          {t(lang, 'startTime')}
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
        {t(lang, 'duration')}
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
            {t(lang, 'invalidMinutes')}
          </span>
        ) : null}
      </label>
      <label style={labelStyle}>
        {t(lang, 'location')}
        <input style={fieldStyle} value={location} onChange={(e) => setLocation(e.target.value)} />
      </label>
    </EditorFrame>
  );
}
