import { NOTE_HEIGHT, NOTE_WIDTH } from '../../shared/layout.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import type { Person } from '../../shared/schema.ts';
import { formOf, type BoardLayout, type PlacedNote } from './boardGeometry.ts';
import type { drawNote } from './drawNote.ts';
import type { Konva } from './konva.ts';
import type { CORE_BADGE_BOX, noteLook, NoteLook } from './noteLook.ts';
import type { paletteFormNote } from './panelPlacement.ts';
import type { measureText } from './textLayout.ts';
import { fitTag, type TagFit } from './tagFit.ts';

/**
 * What the presence layer draws for others: name tags, the outline of a
 * post-it open in someone's editor, the ghost of their drag and their pointer
 * arrow. PresenceRenderer (presenceRenderer.ts) decides which to show where.
 */

/**
 * What the renderer draws with, handed in rather than imported: the presence
 * modules are loaded when another user first shows up (lazyPresence.ts), and
 * importing the board page's own modules made Rolldown move them into chunks
 * of their own, which cost more start-up bytes than loading this lazily saved.
 */
export interface PresenceKit {
  readonly Konva: typeof Konva;
  readonly drawNote: typeof drawNote;
  readonly noteLook: typeof noteLook;
  readonly coreBadgeBox: typeof CORE_BADGE_BOX;
  readonly paletteFormNote: typeof paletteFormNote;
  readonly measureText: typeof measureText;
}

/**
 * A name on a coloured tag, as one Shape drawing to the canvas (Konva's Text
 * class would be 3.9 KB gzip of the start-up budget for these few labels).
 * The whole text is kept as the shape's `label` attribute, for tests; what it
 * shows at the zoom (tagFit.ts) is set by `fitNameTag`.
 */
export function nameTag(
  kit: PresenceKit,
  prefix: string,
  name: string,
  color: string,
  zoom: number,
): Konva.Shape {
  const tag = new kit.Konva.Shape({
    label: `${prefix}${name}`,
    prefix,
    person: name,
    listening: false,
    perfectDrawEnabled: false,
    sceneFunc: (context: Konva.Context) => {
      const fit = tag.getAttr('fit') as TagFit | undefined;
      if (!fit || fit.text === '') return;
      const ctx = context._context;
      ctx.fillStyle = color;
      ctx.beginPath();
      ctx.roundRect(0, 0, fit.width, fit.height, 4);
      ctx.fill();
      ctx.font = fit.font;
      ctx.fillStyle = '#ffffff';
      ctx.textBaseline = 'middle';
      const chip = [...fit.text].length === 1;
      ctx.textAlign = chip ? 'center' : 'left';
      const x = chip ? fit.width / 2 : fit.padding;
      ctx.fillText(fit.text, x, fit.height / 2);
    },
  });
  fitNameTag(kit, tag, zoom);
  return tag;
}

/** Sizes a name tag for `zoom`: no wider on screen than a post-it (tagFit.ts). */
export function fitNameTag(kit: PresenceKit, tag: Konva.Shape, zoom: number): TagFit {
  const fit = fitTag(
    String(tag.getAttr('prefix')),
    String(tag.getAttr('person')),
    zoom,
    kit.measureText,
  );
  tag.setAttrs({ fit, width: fit.width, height: fit.height });
  return fit;
}

/**
 * Leaves a core participant's "Kerne" badge (and a little room round it) out of
 * what is stroked next, in the post-it's own coordinates: an outline in
 * someone's colour would run through the middle of the word.
 */
function clipOutCoreBadge(kit: PresenceKit, ctx: CanvasRenderingContext2D): void {
  const { x, y, width, height } = kit.coreBadgeBox;
  ctx.beginPath();
  ctx.rect(-20, -20, NOTE_WIDTH + 40, NOTE_HEIGHT + 40);
  ctx.rect(x - 2, y - 2, width + 4, height + 4);
  ctx.clip('evenodd');
}

/** A dashed outline round a post-it someone has open in an editor, clear of its Kerne badge. */
export function editOutline(
  kit: PresenceKit,
  at: { x: number; y: number },
  color: string,
  core: boolean,
): Konva.Shape {
  return new kit.Konva.Shape({
    x: at.x,
    y: at.y,
    listening: false,
    perfectDrawEnabled: false,
    sceneFunc: (context: Konva.Context) => {
      const ctx = context._context;
      if (core) clipOutCoreBadge(kit, ctx);
      ctx.beginPath();
      ctx.roundRect(-4, -4, NOTE_WIDTH + 8, NOTE_HEIGHT + 8, 5);
      ctx.setLineDash([8, 4]);
      ctx.lineWidth = 3;
      ctx.strokeStyle = color;
      ctx.stroke();
    },
  });
}

/** A remote drag's post-its show through a little: they are not there yet. */
const GHOST_OPACITY = 0.8;
/**
 * Above this many, a remote drag shows plain cards: its ghost is redrawn with
 * every presence update, and hundreds of post-its' text would take a frame.
 */
const GHOST_TEXT_LIMIT = 40;

/**
 * The post-its someone else drags, as the notes layer draws them (text, form
 * bar, core badge; neither selected nor warned), outlined in their colour: one
 * Shape for them all. Their looks are worked out once per drag, and the text
 * layout is cached (textLayout.ts), so a move per presence update only redraws.
 */
export function dragGhost(
  kit: PresenceKit,
  placed: readonly PlacedNote[],
  layout: BoardLayout,
  people: ReadonlyMap<string, Person>,
  lang: Lang,
  color: string,
): Konva.Shape {
  const looks: { x: number; y: number; look: NoteLook }[] = placed.map((p) => {
    const note = p.note;
    const form = formOf(layout, p);
    const person = note.kind === 'participant' ? people.get(note.person) : undefined;
    const accent = layout.accents.get(note.kind === 'form' ? note.id : (form?.id ?? '')) ?? null;
    return { x: p.x, y: p.y, look: kit.noteLook(note, person, form, false, false, lang, accent) };
  });
  return new kit.Konva.Shape({
    name: 'ghost',
    opacity: GHOST_OPACITY,
    listening: false,
    perfectDrawEnabled: false,
    sceneFunc: (context: Konva.Context) => {
      const ctx = context._context;
      const withText = looks.length <= GHOST_TEXT_LIMIT;
      for (const { x, y, look } of looks) {
        ctx.save();
        ctx.translate(x, y);
        if (withText) kit.drawNote(ctx, look);
        else {
          ctx.fillStyle = look.fill;
          ctx.fillRect(0, 0, NOTE_WIDTH, NOTE_HEIGHT);
        }
        if (look.core !== null) clipOutCoreBadge(kit, ctx);
        ctx.beginPath();
        ctx.roundRect(0, 0, NOTE_WIDTH, NOTE_HEIGHT, 3);
        ctx.lineWidth = 3;
        ctx.strokeStyle = color;
        ctx.stroke();
        ctx.restore();
      }
    },
  });
}

const CURSOR_ARROW = [0, 0, 0, 18, 5, 14, 9, 22, 12, 21, 8, 13, 14, 13];

/** A pointer arrow, filled and outlined (a Shape: Konva's Line module is not in the bundle). */
export function drawCursorArrow(context: Konva.Context, shape: Konva.Shape): void {
  context.beginPath();
  context.moveTo(CURSOR_ARROW[0] ?? 0, CURSOR_ARROW[1] ?? 0);
  for (let i = 2; i < CURSOR_ARROW.length; i += 2) {
    context.lineTo(CURSOR_ARROW[i] ?? 0, CURSOR_ARROW[i + 1] ?? 0);
  }
  context.closePath();
  context.fillStrokeShape(shape);
}
