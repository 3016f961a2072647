import { memo, useCallback, useMemo } from 'react';
import { NOTE_HEIGHT as H, NOTE_WIDTH as W } from '../../shared/layout.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import type { FormNote, Note, Person } from '../../shared/schema.ts';
import type { Konva } from './konva.ts';
import { Shape } from './konva.ts';
import { drawNoteFromBitmap } from './noteBitmaps.ts';
import { noteLook } from './noteLook.ts';

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

/**
 * One post-it: one Konva shape that draws the whole note (drawNote.ts).
 * Memoised on the note object's identity: the board reader keeps unchanged
 * records identical, so a change re-renders only the notes it touches, and a
 * move only changes the shape's position.
 */
export const NoteNode = memo(function NoteNode(props: NoteNodeProps) {
  const { note, person, form, selected, warning, lang } = props;
  const look = useMemo(
    () => noteLook(note, person, form, selected, warning, lang),
    [note, person, form, selected, warning, lang],
  );
  const sceneFunc = useCallback(
    (context: Konva.Context) => drawNoteFromBitmap(context._context, look),
    [look],
  );
  return (
    <Shape
      x={props.x}
      y={props.y}
      width={W}
      height={H}
      sceneFunc={sceneFunc}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
});
