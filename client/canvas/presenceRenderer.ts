import { NOTE_HEIGHT, NOTE_WIDTH } from '../../shared/layout.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import { shownName, type PanelEntry, type RemotePresence } from '../sync/presence.ts';
import { formOf, type BoardLayout, type PlacedNote } from './boardGeometry.ts';
import type { drawNote } from './drawNote.ts';
import type { Konva } from './konva.ts';
import type { CORE_BADGE_BOX, noteLook, NoteLook } from './noteLook.ts';
import type { paletteFormNote } from './panelPlacement.ts';
import type { measureText } from './textLayout.ts';
import type { Note, PaletteForm, Person } from '../../shared/schema.ts';

/**
 * What the renderer draws with, handed in rather than imported: this module
 * is loaded when another user first shows up (lazyPresence.ts), and importing
 * the board page's own modules made Rolldown move them into chunks of their
 * own, which cost more start-up bytes than loading this lazily saved.
 */
export interface PresenceKit {
  readonly Konva: typeof Konva;
  readonly drawNote: typeof drawNote;
  readonly noteLook: typeof noteLook;
  readonly coreBadgeBox: typeof CORE_BADGE_BOX;
  readonly paletteFormNote: typeof paletteFormNote;
  readonly measureText: typeof measureText;
}

const TAG_FONT = 'bold 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const TAG_PADDING = 5;
const TAG_HEIGHT = 13 + 2 * TAG_PADDING;

interface Entry {
  readonly group: Konva.Group;
  /** What the group was built for; rebuilt when it changes, moved otherwise. */
  key: string;
}

/**
 * A name on a coloured tag, as one Shape drawing to the canvas (Konva's Text
 * class would be 3.9 KB gzip of the start-up budget for these few labels).
 * The name is kept as the shape's `label` attribute, for tests.
 */
function nameTag(kit: PresenceKit, name: string, color: string): Konva.Shape {
  const width = Math.ceil(kit.measureText(name, TAG_FONT)) + 2 * TAG_PADDING;
  return new kit.Konva.Shape({
    label: name,
    width,
    height: TAG_HEIGHT,
    listening: false,
    perfectDrawEnabled: false,
    sceneFunc: (context: Konva.Context) => {
      const ctx = context._context;
      ctx.fillStyle = color;
      ctx.beginPath();
      ctx.roundRect(0, 0, width, TAG_HEIGHT, 4);
      ctx.fill();
      ctx.font = TAG_FONT;
      ctx.fillStyle = '#ffffff';
      ctx.textBaseline = 'middle';
      ctx.fillText(name, TAG_PADDING, TAG_HEIGHT / 2);
    },
  });
}

/** Whether a user drags something others are shown: post-its, or a side panel's row. */
const shownDrag = ({ dragging }: RemotePresence) =>
  (dragging?.ids.length ?? 0) > 0 || dragging?.entry !== undefined;

/** The post-it a side panel's row becomes, as dropping it makes it; null: the palette form is gone. */
function entryNote(
  kit: PresenceKit,
  { kind, id }: PanelEntry,
  palette: readonly PaletteForm[],
): Note | null {
  const spot = { id: '', lane: null, x: 0, y: 0 };
  if (kind === 'person') {
    return { ...spot, kind: 'participant', person: id, contribution: '', role: '', form: null };
  }
  const form = palette.find((p) => p.id === id);
  return form ? { ...spot, ...kit.paletteFormNote(form) } : null;
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
function editOutline(
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

/**
 * Other people's cursors, drags and open editors, drawn imperatively in the
 * presence group (listening false): a remote update touches these few nodes
 * and never re-renders the board (issue 4).
 */
const CURSOR_ARROW = [0, 0, 0, 18, 5, 14, 9, 22, 12, 21, 8, 13, 14, 13];

/** A pointer arrow, filled and outlined (a Shape: Konva's Line module is not in the bundle). */
function drawCursorArrow(context: Konva.Context, shape: Konva.Shape): void {
  context.beginPath();
  context.moveTo(CURSOR_ARROW[0] ?? 0, CURSOR_ARROW[1] ?? 0);
  for (let i = 2; i < CURSOR_ARROW.length; i += 2) {
    context.lineTo(CURSOR_ARROW[i] ?? 0, CURSOR_ARROW[i + 1] ?? 0);
  }
  context.closePath();
  context.fillStrokeShape(shape);
}

export class PresenceRenderer {
  private readonly cursors = new Map<number, Entry>();
  private readonly drags = new Map<number, Entry>();
  private readonly edits = new Map<number, Entry>();
  private zoom = 1;

  constructor(
    /** A group on the drag layer: a layer of its own is one more full-size canvas (see DragLayer). */
    private readonly kit: PresenceKit,
    private readonly container: Konva.Container,
    private readonly context: () => {
      layout: BoardLayout;
      people: ReadonlyMap<string, Person>;
      /** The form palette: a form dragged from it shows as the post-it it becomes. */
      palette: readonly PaletteForm[];
      /** The page's language: an anonymous user is named in it (they send no name). */
      lang: Lang;
    },
  ) {}

  /** The name on a user's tags, as this page words it. */
  private nameOf(remote: RemotePresence): string {
    return shownName(remote.user.name, this.context().lang);
  }

  setZoom(zoom: number): void {
    this.zoom = zoom;
    const scale = 1 / zoom;
    for (const entry of this.cursors.values()) entry.group.scale({ x: scale, y: scale });
    for (const map of [this.drags, this.edits]) {
      for (const entry of map.values()) {
        const tag = entry.group.findOne('.tag');
        tag?.scale({ x: scale, y: scale });
      }
    }
  }

  update(remotes: readonly RemotePresence[]): void {
    const seen = new Set<number>();
    for (const remote of remotes) {
      seen.add(remote.clientId);
      this.updateCursor(remote);
      this.updateDrag(remote);
      this.updateEdit(remote);
    }
    for (const map of [this.cursors, this.drags, this.edits]) {
      for (const [id, entry] of map) {
        if (!seen.has(id)) {
          entry.group.destroy();
          map.delete(id);
        }
      }
    }
    this.container.getLayer()?.batchDraw();
  }

  /**
   * The board changed (notes moved) or the page's language did: rebuild what
   * depends on note positions, and every tag whose name now reads otherwise.
   */
  refresh(remotes: readonly RemotePresence[]): void {
    for (const entry of [...this.drags.values(), ...this.edits.values()]) entry.key = '';
    this.update(remotes);
  }

  destroy(): void {
    for (const map of [this.cursors, this.drags, this.edits]) {
      for (const entry of map.values()) entry.group.destroy();
      map.clear();
    }
  }

  private remove(map: Map<number, Entry>, id: number): void {
    map.get(id)?.group.destroy();
    map.delete(id);
  }

  private updateCursor(remote: RemotePresence): void {
    const { cursor, user } = remote;
    if (!cursor) return this.remove(this.cursors, remote.clientId);
    const name = this.nameOf(remote);
    const key = `${name}|${user.color}`;
    let entry = this.cursors.get(remote.clientId);
    if (!entry || entry.key !== key) {
      entry?.group.destroy();
      const group = new this.kit.Konva.Group({ listening: false });
      group.add(
        new this.kit.Konva.Shape({
          sceneFunc: drawCursorArrow,
          fill: user.color,
          stroke: '#ffffff',
          strokeWidth: 1.5,
          listening: false,
          perfectDrawEnabled: false,
        }),
      );
      const tag = nameTag(this.kit, name, user.color);
      tag.name('cursor-tag');
      tag.position({ x: 14, y: 18 });
      group.add(tag);
      group.scale({ x: 1 / this.zoom, y: 1 / this.zoom });
      this.container.add(group);
      entry = { group, key };
      this.cursors.set(remote.clientId, entry);
    }
    // While they drag, the dragged post-its carry their name: one tag, not two side by side.
    entry.group.findOne('.cursor-tag')?.visible(!shownDrag(remote));
    entry.group.position(cursor);
  }

  private updateDrag(remote: RemotePresence): void {
    const dragging = remote.dragging;
    if (!dragging || !shownDrag(remote)) return this.remove(this.drags, remote.clientId);
    const { entry: row } = dragging;
    const name = this.nameOf(remote);
    const key = `${name}|${remote.user.color}|${dragging.ids.join(',')}|${row?.kind}:${row?.id}`;
    let entry = this.drags.get(remote.clientId);
    if (!entry || entry.key !== key) {
      entry?.group.destroy();
      const { layout, people, palette, lang } = this.context();
      const group = new this.kit.Konva.Group({ listening: false });
      // From a side panel: the post-it the row would become, at the group's origin.
      const made = row && entryNote(this.kit, row, palette);
      const placed: PlacedNote[] = row
        ? made
          ? [{ note: made, x: 0, y: 0, lane: null }]
          : []
        : dragging.ids.flatMap((id) => layout.noteById.get(id) ?? []);
      const first = placed[0];
      if (first) {
        group.add(dragGhost(this.kit, placed, layout, people, lang, remote.user.color));
        const tag = nameTag(this.kit, name, remote.user.color);
        tag.name('tag');
        tag.position({ x: first.x, y: first.y - 26 / this.zoom });
        tag.scale({ x: 1 / this.zoom, y: 1 / this.zoom });
        group.add(tag);
      }
      this.container.add(group);
      entry = { group, key };
      this.drags.set(remote.clientId, entry);
    }
    entry.group.position({ x: dragging.dx, y: dragging.dy });
  }

  private updateEdit(remote: RemotePresence): void {
    const id = remote.editing;
    const placed = id ? this.context().layout.noteById.get(id) : undefined;
    if (!placed) return this.remove(this.edits, remote.clientId);
    const name = this.nameOf(remote);
    const key = `${name}|${remote.user.color}|${id}|${placed.x},${placed.y}`;
    const existing = this.edits.get(remote.clientId);
    if (existing && existing.key === key) return;
    existing?.group.destroy();
    const group = new this.kit.Konva.Group({ listening: false });
    const note = placed.note;
    const core = note.kind === 'participant' && this.context().people.get(note.person)?.core;
    group.add(editOutline(this.kit, placed, remote.user.color, core === true));
    const tag = nameTag(this.kit, `✎ ${name}`, remote.user.color);
    tag.name('tag');
    tag.position({ x: placed.x, y: placed.y + NOTE_HEIGHT + 6 });
    tag.scale({ x: 1 / this.zoom, y: 1 / this.zoom });
    group.add(tag);
    this.container.add(group);
    this.edits.set(remote.clientId, { group, key });
  }
}
