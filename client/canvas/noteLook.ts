import { NOTE_HEIGHT as H, NOTE_WIDTH as W } from '../../shared/layout.ts';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import type { FormNote, Note, Person } from '../../shared/schema.ts';
import { formatDuration } from '../../shared/time-text.ts';
import {
  CORE_BADGE,
  FORM_HEADER_COLOR,
  INK,
  INK_MUTED,
  SELECTION,
  WARNING,
  noteColor,
} from './colors.ts';
import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';
import { participantLabel } from '../../shared/plan-labels.ts';

/** A block of text in a box, in the post-it's own coordinates. */
export interface TextBlock {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
  readonly fontSize: number;
  readonly fontStyle: 'normal' | 'bold' | 'italic';
  readonly fill: string;
  /** Line pitch as a multiple of the font size. */
  readonly lineHeight: number;
  readonly wrap: 'word' | 'none';
  readonly ellipsis: boolean;
  readonly align: 'left' | 'center';
  /**
   * Starts right under the block before it when that one's text takes fewer lines than its
   * box, and takes their room (flowTexts): a one-line name leaves no blank line under it.
   */
  readonly flowsUp?: boolean;
}

/**
 * The post-it's text blocks, each one that flows up moved under the lines the block before it
 * takes (`lines`: how many it shows) and made taller by as much, so its bottom stays put.
 */
export function flowTexts(
  texts: readonly TextBlock[],
  lines: (block: TextBlock) => number,
): readonly TextBlock[] {
  // The room the block before leaves empty under its lines.
  let spare = 0;
  return texts.map((block) => {
    const moved =
      block.flowsUp === true && spare > 0
        ? { ...block, y: block.y - spare, height: block.height + spare }
        : block;
    const step = moved.fontSize * moved.lineHeight;
    const room = Math.max(1, Math.floor((moved.height + 0.5) / step));
    spare = moved.text === '' ? 0 : Math.max(0, room - lines(moved)) * step;
    return moved;
  });
}

/** Where a core participant's "Kerne" badge sits, astride the post-it's top edge. */
export const CORE_BADGE_BOX = { x: W - 50, y: -9, width: 46, height: 18 } as const;

export interface Badge {
  readonly x: number;
  readonly y: number;
  readonly fill: string;
  readonly label: TextBlock;
}

/**
 * Everything a post-it shows, worked out from the note (pure, no canvas): the
 * canvas draws it with one shape per post-it (drawNote.ts).
 */
export interface NoteLook {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  /** The form's colour bar on the left (a form, or a participant attached to one). */
  readonly accent: string | null;
  /** The form's header strip. */
  readonly header: string | null;
  readonly texts: readonly TextBlock[];
  /** "Kerne" for core participants. */
  readonly core: Badge | null;
  /** "!" when a check concerns the note. */
  readonly warning: Badge | null;
}

const PAD = 10;
/** Where a participant's "how" line (form and role) starts, at the post-it's bottom. */
const HOW_TOP = 86;

function block(
  x: number,
  y: number,
  width: number,
  height: number,
  text: string,
  style: Partial<Omit<TextBlock, 'x' | 'y' | 'width' | 'height' | 'text'>> & {
    fontSize: number;
  },
): TextBlock {
  return {
    x,
    y,
    width,
    height,
    text,
    fontStyle: 'normal',
    fill: INK,
    lineHeight: 1,
    wrap: 'word',
    ellipsis: false,
    align: 'left',
    ...style,
  };
}

function joinParts(...parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(', ');
}

function participantTexts(
  note: Note & { kind: 'participant' },
  person: Person | undefined,
  form: FormNote | undefined,
  lang: Lang,
  left: number,
): TextBlock[] {
  const width = W - left - PAD;
  // As the plan names the person: "Søren S., Borger" for a citizen without an affiliation.
  const who = person ? participantLabel(person, lang) : translate(S.unknownPerson, lang);
  const how = joinParts(form ? form.name || translate(S.untitledForm, lang) : '', note.role);
  // Without a contribution its lines are free: a long name and affiliation takes them (four
  // lines down to the "how" line) instead of being cut after two above three empty ones.
  const contribution = note.contribution.trim();
  return [
    block(left, 9, width, contribution === '' ? HOW_TOP - 9 : 36, who, {
      fontSize: 14,
      fontStyle: 'bold',
      lineHeight: 1.2,
      ellipsis: true,
    }),
    block(left, 47, width, 34, contribution === '' ? '' : note.contribution, {
      fontSize: 13,
      lineHeight: 1.25,
      ellipsis: true,
      flowsUp: true,
    }),
    block(left, HOW_TOP, width, 17, how, {
      fontSize: 12,
      fontStyle: 'italic',
      fill: INK_MUTED,
      ellipsis: true,
      wrap: 'none',
    }),
  ];
}

function formTexts(note: Note & { kind: 'form' }, lang: Lang, left: number): TextBlock[] {
  const width = W - left - PAD;
  const minutes = note.durationMinutes === null ? '' : formatDuration(note.durationMinutes, lang);
  return [
    block(left, 12, width, 38, noteTitle(note, undefined, lang), {
      fontSize: 15,
      fontStyle: 'bold',
      lineHeight: 1.2,
      ellipsis: true,
    }),
    block(left, 52, width, 32, note.description, {
      fontSize: 12,
      fill: INK_MUTED,
      lineHeight: 1.25,
      ellipsis: true,
      flowsUp: true,
    }),
    block(left, 88, width, 17, minutes, { fontSize: 13, fontStyle: 'bold', wrap: 'none' }),
  ];
}

function ideaTexts(note: Note & { kind: 'idea' }, lang: Lang, left: number): TextBlock[] {
  const empty = note.text.trim() === '';
  return [
    block(left, 10, W - left - PAD, H - 18, empty ? translate(S.emptyIdea, lang) : note.text, {
      fontSize: 14,
      fontStyle: empty ? 'italic' : 'normal',
      fill: empty ? INK_MUTED : INK,
      lineHeight: 1.25,
      ellipsis: true,
    }),
  ];
}

/** A post-it in the fewest words: the person's name, the form's name or the idea's text. */
export function noteTitle(note: Note, person: Person | undefined, lang: Lang): string {
  if (note.kind === 'participant')
    return person
      ? person.name.trim() || participantLabel(person, lang)
      : translate(S.unknownPerson, lang);
  if (note.kind === 'form') return note.name || translate(S.untitledForm, lang);
  return note.text.trim();
}

export function noteLook(
  note: Note,
  person: Person | undefined,
  form: FormNote | undefined,
  selected: boolean,
  warning: boolean,
  lang: Lang,
  /** The colour of the form's bar (the form's own, or its participant's form's). */
  accent: string | null = null,
): NoteLook {
  const left = accent ? PAD + 4 : PAD;
  const texts =
    note.kind === 'participant'
      ? participantTexts(note, person, form, lang, left)
      : note.kind === 'form'
        ? formTexts(note, lang, left)
        : ideaTexts(note, lang, left);
  const core = note.kind === 'participant' && person?.core === true;
  return {
    fill: noteColor(note, person),
    stroke: selected ? SELECTION : 'rgba(0,0,0,0.10)',
    strokeWidth: selected ? 3 : 1,
    accent,
    header: note.kind === 'form' ? FORM_HEADER_COLOR : null,
    texts,
    core: core
      ? {
          x: CORE_BADGE_BOX.x,
          y: CORE_BADGE_BOX.y,
          fill: CORE_BADGE,
          label: block(W - 50, -6, 46, 18, translate(S.core, lang), {
            fontSize: 11,
            fontStyle: 'bold',
            fill: '#ffffff',
            align: 'center',
          }),
        }
      : null,
    warning: warning
      ? {
          x: -6,
          y: -6,
          fill: WARNING,
          label: block(-6, -1, 22, 22, '!', {
            fontSize: 13,
            fontStyle: 'bold',
            fill: '#ffffff',
            align: 'center',
          }),
        }
      : null,
  };
}
