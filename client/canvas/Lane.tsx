import { memo } from 'react';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { LANE_HEADER_HEIGHT, LANE_WIDTH } from '../../shared/layout.ts';
import { meetingDateText } from '../../shared/plan-labels.ts';
import type { Meeting } from '../../shared/schema.ts';
import { formatClockTime, formatDuration } from '../../shared/time-text.ts';
import { HEADER_BUTTON_SIZE, headerButtonRect, type HeaderButton } from './boardGeometry.ts';
import { blockLines } from './drawNote.ts';
import {
  EXTRA_HEADER_FILL,
  FINAL_HEADER_FILL,
  FINAL_LANE_FILL,
  HEADER_FILL,
  INK,
  INK_MUTED,
  LANE_FILL,
  LANE_STROKE,
  OVER_TIME,
  WARNING,
} from './colors.ts';
import { Group, Rect, Shape, type Konva } from './konva.ts';
import type { PictureHeader } from './laneHeaderPicture.ts';
import { TextShape } from './TextShape.tsx';
import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';
import { meetingTitle } from '../../shared/i18n/meetings.ts';

/** Draws a column's box as Konva's Rect would, at a height read when it draws (BoardLayer). */
export type ColumnScene = (context: Konva.Context, shape: Konva.Shape) => void;

export interface LaneProps {
  readonly meeting: Meeting;
  readonly x: number;
  readonly number: number | null;
  readonly formsMinutes: number;
  /** Draws the content box, as tall as the view needs (BoardLayer). */
  readonly column: ColumnScene;
  /** How many checks concern this meeting (shown as a badge). */
  readonly checkCount: number;
  readonly readOnly: boolean;
  /**
   * Drawn for the PNG picture: no check badge, no hint in place of an empty sub-theme. Its
   * header layout comes with it, loaded with the PNG export (issue 6: start-up JavaScript).
   */
  readonly picture: PictureHeader | null;
  readonly lang: Lang;
}

const quiet = { listening: false, perfectDrawEnabled: false } as const;

/**
 * The header's second line: the sub-theme, or a hint where there is none. The
 * final meeting's hint says what that meeting is for and stays in the
 * picture and the read-only view; the others' ("Undertema …") invite typing
 * one, so only a board that can be edited shows them: in the picture and
 * on a read-only link an empty sub-theme shows nothing.
 */
export function laneSubtitle(
  meeting: Meeting,
  lang: Lang,
  editable: boolean,
): { readonly text: string; readonly hint: boolean } {
  const subtheme = meeting.subtheme.trim();
  if (subtheme !== '') return { text: subtheme, hint: false };
  if (meeting.kind === 'final')
    return { text: translate(S.finalSubthemePlaceholder, lang), hint: true };
  return { text: editable ? translate(S.subthemePlaceholder, lang) : '', hint: true };
}

/** The sub-theme's box in the header: two lines, the rest cut with an ellipsis. */
const SUBTITLE_BOX = {
  x: 14,
  y: 46,
  width: LANE_WIDTH - 28,
  height: 40,
  fontSize: 15,
  lineHeight: 1.25,
} as const;

/**
 * Whether the header cuts this sub-theme short ("Hvordan bruger vi borgernes egne erfaringer
 * i …"): its tooltip then gives it whole. As the header lays it out, with and without its box.
 */
export function subthemeCut(subtheme: string): boolean {
  const text = subtheme.trim();
  if (text === '') return false;
  const block = {
    ...SUBTITLE_BOX,
    text,
    fill: '',
    fontStyle: 'normal',
    wrap: 'word',
    ellipsis: true,
    align: 'left',
  } as const;
  return (
    blockLines({ ...block, height: Number.POSITIVE_INFINITY }).length > blockLines(block).length
  );
}

/**
 * "12. januar 2027 · kl. 9.00 · 150 min. · Rådhuset" (the plan's time and duration,
 * time-text.ts). In the PNG picture the location starts a line of its own, and wraps.
 */
export function meetingMetaLine(lang: Lang, meeting: Meeting, picture = false): string {
  const location = meeting.location.trim();
  const parts = [
    meetingDateText(meeting.date, lang) ?? translate(S.noDate, lang),
    meeting.startTime === null ? '' : formatClockTime(meeting.startTime, lang),
    meeting.durationMinutes === null ? '' : formatDuration(meeting.durationMinutes, lang),
    picture ? '' : location,
  ];
  const when = parts.filter((p) => p !== '').join(' · ');
  return picture && location !== '' ? `${when}\n${location}` : when;
}

function HeaderButtonView(props: { button: HeaderButton; color: string; lang: Lang }) {
  const { button, color } = props;
  const rect = headerButtonRect(button);
  const mid = HEADER_BUTTON_SIZE / 2;
  return (
    <Group {...quiet} x={rect.x} y={rect.y}>
      <Rect
        {...quiet}
        width={rect.width}
        height={rect.height}
        cornerRadius={6}
        stroke={color}
        strokeWidth={1}
        opacity={0.6}
      />
      {button === 'delete' ? (
        <>
          <Shape
            {...quiet}
            stroke={color}
            strokeWidth={2}
            // The ×, two strokes: a Shape, not two Lines (Konva's Line module is
            // 1.2 KB gzip of the board's start-up JavaScript).
            sceneFunc={(context, shape) => {
              context.beginPath();
              context.moveTo(mid - 7, mid - 7);
              context.lineTo(mid + 7, mid + 7);
              context.moveTo(mid + 7, mid - 7);
              context.lineTo(mid - 7, mid + 7);
              context.strokeShape(shape);
            }}
          />
        </>
      ) : (
        <TextShape
          width={rect.width}
          y={11}
          align="center"
          text={`+ ${translate(S.core, props.lang)}`}
          fontSize={13}
          fontStyle="bold"
          fill={color}
        />
      )}
    </Group>
  );
}

/** One meeting lane: header (title, sub-theme, date line, minutes, badges) and content box. */
export const Lane = memo(function Lane(props: LaneProps) {
  const { meeting, lang } = props;
  const final = meeting.kind === 'final';
  const headerFill = final
    ? FINAL_HEADER_FILL
    : meeting.kind === 'extra'
      ? EXTRA_HEADER_FILL
      : HEADER_FILL;
  const ink = final ? '#ffffff' : INK;
  const muted = final ? '#d7e3ea' : INK_MUTED;
  const subtitle = laneSubtitle(meeting, lang, props.picture === null && !props.readOnly);
  const over = meeting.durationMinutes !== null && props.formsMinutes > meeting.durationMinutes;
  const minutes = `${props.formsMinutes} / ${meeting.durationMinutes ?? '–'} ${translate(S.minutes, lang)}`;
  // The picture has no buttons: its minutes go to the title's row, so that a long location
  // gets the lines below the date (it was cut at the lane's edge, "Borgerservicecentret i …").
  const picture = props.picture;
  const minutesWidth = picture ? picture.minutesWidth(minutes) : 0;
  const metaBox = picture ? picture.metaBox(subtitle) : null;
  const titleWidth = picture
    ? LANE_WIDTH - 40 - minutesWidth
    : props.readOnly
      ? LANE_WIDTH - 28
      : headerButtonRect('addCore').x - 20;
  return (
    <Group x={props.x} listening={false}>
      <Shape
        {...quiet}
        y={LANE_HEADER_HEIGHT}
        sceneFunc={props.column}
        fill={final ? FINAL_LANE_FILL : LANE_FILL}
        stroke={LANE_STROKE}
        strokeWidth={1}
      />
      <Rect
        {...quiet}
        width={LANE_WIDTH}
        height={LANE_HEADER_HEIGHT - 4}
        fill={headerFill}
        stroke={final ? FINAL_HEADER_FILL : LANE_STROKE}
        strokeWidth={1}
        cornerRadius={[8, 8, 0, 0]}
      />
      <TextShape
        x={14}
        y={14}
        width={titleWidth}
        text={meetingTitle(meeting.kind, props.number, lang)}
        fontSize={19}
        fontStyle="bold"
        fill={ink}
        wrap="none"
        ellipsis
      />
      <TextShape
        {...SUBTITLE_BOX}
        text={subtitle.text}
        fontStyle={subtitle.hint ? 'italic' : 'normal'}
        fill={subtitle.hint ? muted : ink}
        ellipsis
        wrap="word"
      />
      {/* The date line and the minutes as large as the sub-theme: at 75 % on a whiteboard,
          13 units read from a few metres away no better than a footnote. */}
      <TextShape
        x={14}
        y={metaBox?.y ?? 90}
        width={LANE_WIDTH - 28}
        {...(metaBox && picture ? { height: metaBox.height, lineHeight: picture.metaLine } : {})}
        text={meetingMetaLine(lang, meeting, picture !== null)}
        fontSize={15}
        fill={muted}
        wrap={picture ? 'word' : 'none'}
        ellipsis
      />
      <TextShape
        x={picture ? LANE_WIDTH - 14 - minutesWidth : 14}
        y={picture ? 16 : 116}
        width={picture ? minutesWidth + 1 : 200}
        text={minutes}
        fontSize={16}
        fontStyle="bold"
        fill={over ? (final ? '#ffb4a8' : OVER_TIME) : ink}
        wrap="none"
      />
      {props.checkCount > 0 && props.picture === null ? (
        <Group {...quiet} x={LANE_WIDTH - 70} y={112}>
          <Rect {...quiet} width={56} height={26} cornerRadius={13} fill={WARNING} />
          <TextShape
            width={56}
            y={6}
            align="center"
            text={`⚠ ${props.checkCount}`}
            fontSize={14}
            fontStyle="bold"
            fill="#ffffff"
          />
        </Group>
      ) : null}
      {props.readOnly ? null : (
        <>
          <HeaderButtonView button="addCore" color={ink} lang={lang} />
          <HeaderButtonView button="delete" color={ink} lang={lang} />
        </>
      )}
    </Group>
  );
});

/** Where the lane's check badge is (for its tooltip), relative to the lane. */
export const LANE_BADGE_RECT = { x: LANE_WIDTH - 70, y: 112, width: 56, height: 26 } as const;
