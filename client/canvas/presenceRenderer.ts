import { NOTE_HEIGHT, type Point, type Rect } from '../../shared/layout.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import { shownName, type PanelEntry, type RemotePresence } from '../sync/presence.ts';
import type { BoardLayout, PlacedNote } from './boardGeometry.ts';
import type { Konva } from './konva.ts';
import {
  dragGhost,
  drawCursorArrow,
  editOutline,
  fitNameTag,
  nameTag,
  type PresenceKit,
} from './presenceShapes.ts';
import type { TagFit } from './tagFit.ts';
import type { Note, PaletteForm, Person } from '../../shared/schema.ts';

interface Entry {
  readonly group: Konva.Group;
  /** What the group was built for; rebuilt when it changes, moved otherwise. */
  key: string;
  /** A drag's or edit's name tag, and where it goes on the board for its size at the zoom. */
  readonly tag?: { readonly node: Konva.Shape; readonly place: (fit: TagFit) => Point };
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
 * Other people's cursors, drags and open editors, drawn imperatively in the
 * presence group (listening false): a remote update touches these few nodes
 * and never re-renders the board (issue 4).
 */
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
    for (const entry of this.cursors.values()) {
      entry.group.scale({ x: scale, y: scale });
      const tag = entry.group.findOne<Konva.Shape>('.cursor-tag');
      if (tag) fitNameTag(this.kit, tag, zoom);
    }
    for (const map of [this.drags, this.edits]) {
      for (const entry of map.values()) if (entry.tag) this.placeTag(entry.tag);
    }
  }

  /** Sizes a drag's or edit's tag for the zoom and puts it where that size goes. */
  private placeTag({ node, place }: NonNullable<Entry['tag']>): void {
    const fit = fitNameTag(this.kit, node, this.zoom);
    node.position(place(fit));
    node.scale({ x: 1 / this.zoom, y: 1 / this.zoom });
  }

  /**
   * The board rectangles of the others' name tags as drawn now (the test hook's
   * `presenceTags`): tests check a tag stays within its post-it's width.
   */
  tagRects(): { label: string; rect: Rect }[] {
    return [...this.cursors.values(), ...this.drags.values(), ...this.edits.values()].flatMap(
      ({ group }) =>
        group
          .find<Konva.Shape>((node: Konva.Node) => typeof node.getAttr('label') === 'string')
          .filter((tag) => tag.isVisible() && tag.width() > 0)
          .map((tag) => ({
            label: String(tag.getAttr('label')),
            rect: tag.getClientRect({ relativeTo: this.container, skipShadow: true }),
          })),
    );
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
      const tag = nameTag(this.kit, '', name, user.color, this.zoom);
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
      let tag: Entry['tag'];
      if (first) {
        group.add(dragGhost(this.kit, placed, layout, people, lang, remote.user.color));
        const node = nameTag(this.kit, '', name, remote.user.color, this.zoom);
        node.name('tag');
        // Above the first post-it; the smaller tag of a board zoomed out, on its bottom edge.
        tag = {
          node,
          place: (fit: TagFit) => ({
            x: first.x,
            y: fit.small
              ? first.y + NOTE_HEIGHT - fit.height / this.zoom
              : first.y - 26 / this.zoom,
          }),
        };
        this.placeTag(tag);
        group.add(node);
      }
      this.container.add(group);
      entry = tag ? { group, key, tag } : { group, key };
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
    const node = nameTag(this.kit, '✎ ', name, remote.user.color, this.zoom);
    node.name('tag');
    // Under the post-it; the smaller tag of a board zoomed out, on its own bottom edge.
    const tag = {
      node,
      place: (fit: TagFit) => ({
        x: placed.x,
        y: placed.y + NOTE_HEIGHT + (fit.small ? -fit.height / this.zoom : 6),
      }),
    };
    this.placeTag(tag);
    group.add(node);
    this.container.add(group);
    this.edits.set(remote.clientId, { group, key, tag });
  }
}
