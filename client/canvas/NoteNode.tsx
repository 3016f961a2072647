import { memo, useCallback, useEffect, useMemo } from 'react';
import { NOTE_HEIGHT as H, NOTE_WIDTH as W } from '../../shared/layout.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import type { FormNote, Note, Person } from '../../shared/schema.ts';
import type { Konva } from './konva.ts';
import { Shape } from './konva.ts';
import { drawNote } from './drawNote.ts';
import type { NoteBitmaps } from './noteBitmaps.ts';
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
  /** The colour bar of a form and of its participants (BoardLayout.accents). */
  readonly accent: string | undefined;
  readonly selected: boolean;
  readonly warning: boolean;
  readonly lang: Lang;
  /** Draws from cached bitmaps (the notes layer); null: directly (drag layer, PNG export). */
  readonly bitmaps: NoteBitmaps | null;
}

/**
 * One post-it: one Konva shape that draws the whole note (drawNote.ts).
 * Memoised on the note object's identity: the board reader keeps unchanged
 * records identical, so a change re-renders only the notes it touches, and a
 * move only changes the shape's position.
 */
export const NoteNode = memo(function NoteNode(props: NoteNodeProps) {
  const { note, person, form, selected, warning, lang, bitmaps, accent } = props;
  const look = useMemo(
    () => noteLook(note, person, form, selected, warning, lang, accent),
    [note, person, form, selected, warning, lang, accent],
  );
  const sceneFunc = useCallback(
    (context: Konva.Context) =>
      bitmaps ? bitmaps.draw(context._context, look) : drawNote(context._context, look),
    [look, bitmaps],
  );
  // A look is drawn by this post-it only: once it changes or leaves, its bitmap goes.
  useEffect(() => () => bitmaps?.forget(look), [look, bitmaps]);
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
