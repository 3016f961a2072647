import type { Lang } from '../../shared/i18n/index.ts';
import { NOTE_HEIGHT, NOTE_WIDTH, rectsOverlap, type Rect } from '../../shared/layout.ts';
import type { Person } from '../../shared/schema.ts';
import type { PlacedNote } from './boardGeometry.ts';
import { INK } from './colors.ts';
import { drawText } from './drawNote.ts';
import { noteTitle, type TextBlock } from './noteLook.ts';

/**
 * Zoomed out below the detail zoom, post-its are plain cards (NotesLayer's
 * `drawLodNotes`). On a board of workshop size the whole board then fits a
 * laptop (about 35 % on 1366 × 768), and plain cards say nothing about who
 * sits where: each card gets its title (the person, the form, the idea) at a
 * readable size on screen. Not on big boards, where the titles would cost
 * every frame of a pan more than the cards themselves, nor so far out that
 * no word fits.
 */
export const LABELS_MAX_NOTES = 250;
export const LABELS_MIN_ZOOM = 0.22;
/** The title's size on screen, CSS px. */
const SCREEN_FONT_PX = 11;
/** Font sizes in steps, so a zoom lays each title out a few times, not once per frame. */
const FONT_STEP = 4;
const PAD = 8;
/** Past the form's colour bar (10 board px) on the left. */
const LEFT = 10 + PAD;

/** The board font size that shows as about `SCREEN_FONT_PX` at `zoom`. */
export function labelFontSize(zoom: number): number {
  return Math.ceil(SCREEN_FONT_PX / zoom / FONT_STEP) * FONT_STEP;
}

/** The notes in `view` whose cards get a title, or none when there are too many. */
export function labelledNotes(
  notes: readonly PlacedNote[],
  view: Rect,
  zoom: number,
  hidden: ReadonlySet<string>,
): PlacedNote[] {
  if (zoom < LABELS_MIN_ZOOM) return [];
  const shown: PlacedNote[] = [];
  for (const placed of notes) {
    if (hidden.has(placed.note.id)) continue;
    const box = { x: placed.x, y: placed.y, width: NOTE_WIDTH, height: NOTE_HEIGHT };
    if (!rectsOverlap(box, view)) continue;
    if (shown.length === LABELS_MAX_NOTES) return [];
    shown.push(placed);
  }
  return shown;
}

export function drawLodLabels(
  ctx: CanvasRenderingContext2D,
  notes: readonly PlacedNote[],
  zoom: number,
  people: ReadonlyMap<string, Person>,
  lang: Lang,
): void {
  const fontSize = labelFontSize(zoom);
  for (const placed of notes) {
    const note = placed.note;
    const person = note.kind === 'participant' ? people.get(note.person) : undefined;
    const block: TextBlock = {
      x: placed.x + LEFT,
      // Below the warning strip (14 board px) on top.
      y: placed.y + 16,
      width: NOTE_WIDTH - LEFT - PAD,
      height: NOTE_HEIGHT - 16 - PAD,
      text: noteTitle(note, person, lang),
      fontSize,
      fontStyle: 'bold',
      fill: INK,
      lineHeight: 1.15,
      wrap: 'word',
      ellipsis: true,
      align: 'left',
    };
    drawText(ctx, block);
  }
}
