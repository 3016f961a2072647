import { memo } from 'react';
import { NOTE_HEIGHT as H, NOTE_WIDTH as W } from '../../shared/layout.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import type { FormNote, Note, Person } from '../../shared/schema.ts';
import {
  CORE_BADGE,
  FORM_HEADER_COLOR,
  INK,
  INK_MUTED,
  SELECTION,
  WARNING,
  formAccent,
  noteColor,
} from './colors.ts';
import { Circle, Group, Rect } from './konva.ts';
import { TextBox } from './TextBox.tsx';
import { t } from './strings.ts';

export interface NoteNodeProps {
  readonly note: Note;
  /** Absolute board position (the note's own x/y may be lane-relative). */
  readonly x: number;
  readonly y: number;
  /** The participant's person. */
  readonly person: Person | undefined;
  /** The participant's form note. */
  readonly form: FormNote | undefined;
  readonly selected: boolean;
  readonly warning: boolean;
  readonly lang: Lang;
}

const PAD = 10;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Static shapes: nothing here listens, strokes need no perfect draw (Konva performance tips). */
const quiet = { listening: false, perfectDrawEnabled: false, shadowForStrokeEnabled: false };

function joinParts(...parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(', ');
}

function ParticipantText({ note, person, form, lang, left }: NoteTextProps) {
  if (note.kind !== 'participant') return null;
  const width = W - left - PAD;
  const who = person ? joinParts(person.name, person.affiliation) : t(lang, 'unknownPerson');
  const how = joinParts(form ? form.name || t(lang, 'untitledForm') : '', note.role);
  return (
    <>
      <TextBox
        x={left}
        y={9}
        width={width}
        height={36}
        text={who}
        fontFamily={FONT}
        fontSize={14}
        fontStyle="bold"
        fill={INK}
        lineHeight={1.2}
        ellipsis
        wrap="word"
      />
      <TextBox
        x={left}
        y={47}
        width={width}
        height={34}
        text={note.contribution}
        fontFamily={FONT}
        fontSize={13}
        fill={INK}
        lineHeight={1.25}
        ellipsis
        wrap="word"
      />
      <TextBox
        x={left}
        y={86}
        width={width}
        height={17}
        text={how}
        fontFamily={FONT}
        fontSize={12}
        fontStyle="italic"
        fill={INK_MUTED}
        ellipsis
        wrap="none"
      />
    </>
  );
}

function FormText({ note, lang, left }: NoteTextProps) {
  if (note.kind !== 'form') return null;
  const width = W - left - PAD;
  const minutes =
    note.durationMinutes === null ? '' : `${note.durationMinutes} ${t(lang, 'minutes')}`;
  return (
    <>
      <Rect
        {...quiet}
        x={0}
        y={0}
        width={W}
        height={6}
        fill={FORM_HEADER_COLOR}
        cornerRadius={[3, 3, 0, 0]}
      />
      <TextBox
        x={left}
        y={12}
        width={width}
        height={38}
        text={note.name || t(lang, 'untitledForm')}
        fontFamily={FONT}
        fontSize={15}
        fontStyle="bold"
        fill={INK}
        lineHeight={1.2}
        ellipsis
        wrap="word"
      />
      <TextBox
        x={left}
        y={52}
        width={width}
        height={32}
        text={note.description}
        fontFamily={FONT}
        fontSize={12}
        fill={INK_MUTED}
        lineHeight={1.25}
        ellipsis
        wrap="word"
      />
      <TextBox
        x={left}
        y={88}
        width={width}
        height={17}
        text={minutes}
        fontFamily={FONT}
        fontSize={13}
        fontStyle="bold"
        fill={INK}
        wrap="none"
      />
    </>
  );
}

function IdeaText({ note, lang, left }: NoteTextProps) {
  if (note.kind !== 'idea') return null;
  const empty = note.text.trim() === '';
  return (
    <TextBox
      x={left}
      y={10}
      width={W - left - PAD}
      height={H - 18}
      text={empty ? t(lang, 'emptyIdea') : note.text}
      fontFamily={FONT}
      fontSize={14}
      fontStyle={empty ? 'italic' : 'normal'}
      fill={empty ? INK_MUTED : INK}
      lineHeight={1.25}
      ellipsis
      wrap="word"
    />
  );
}

interface NoteTextProps {
  readonly note: Note;
  readonly person: Person | undefined;
  readonly form: FormNote | undefined;
  readonly lang: Lang;
  readonly left: number;
}

/**
 * One post-it. Memoised on the note object's identity: the board reader keeps
 * unchanged records identical, so a change re-renders only the notes it touches.
 */
export const NoteNode = memo(function NoteNode(props: NoteNodeProps) {
  const { note, person, form, selected, warning, lang } = props;
  const accent =
    note.kind === 'form' ? formAccent(note.id) : form ? formAccent(form.id) : undefined;
  const left = accent ? PAD + 4 : PAD;
  const core = note.kind === 'participant' && person?.core === true;
  const textProps = { note, person, form, lang, left };
  return (
    <Group x={props.x} y={props.y} listening={false}>
      {/* A cheap offset rectangle instead of a blurred shadow: no per-frame shadow cost. */}
      <Rect
        {...quiet}
        x={2}
        y={3}
        width={W}
        height={H}
        fill="rgba(60,50,30,0.16)"
        cornerRadius={3}
      />
      <Rect
        {...quiet}
        width={W}
        height={H}
        fill={noteColor(note, person)}
        cornerRadius={3}
        stroke={selected ? SELECTION : 'rgba(0,0,0,0.10)'}
        strokeWidth={selected ? 3 : 1}
      />
      {accent ? (
        <Rect
          {...quiet}
          x={0}
          y={0}
          width={5}
          height={H}
          fill={accent}
          cornerRadius={[3, 0, 0, 3]}
        />
      ) : null}
      <ParticipantText {...textProps} />
      <FormText {...textProps} />
      <IdeaText {...textProps} />
      {core ? (
        <Group {...quiet} x={W - 50} y={-9}>
          <Rect {...quiet} width={46} height={18} fill={CORE_BADGE} cornerRadius={9} />
          <TextBox
            width={46}
            height={18}
            y={3}
            align="center"
            text={t(lang, 'core')}
            fontFamily={FONT}
            fontSize={11}
            fontStyle="bold"
            fill="#ffffff"
          />
        </Group>
      ) : null}
      {warning ? (
        <Group {...quiet} x={-6} y={-6}>
          <Circle
            {...quiet}
            radius={11}
            x={11}
            y={11}
            fill={WARNING}
            stroke="#ffffff"
            strokeWidth={2}
          />
          <TextBox
            width={22}
            height={22}
            y={5}
            align="center"
            text="!"
            fontFamily={FONT}
            fontSize={13}
            fontStyle="bold"
            fill="#ffffff"
          />
        </Group>
      ) : null}
    </Group>
  );
});
