import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../../shared/i18n/index.ts';
import { NOTE_HEIGHT, NOTE_WIDTH, rectsOverlap, type Rect } from '../../shared/layout.ts';
import type { Person } from '../../shared/schema.ts';
import { formOf, type BoardLayout, type PlacedNote } from './boardGeometry.ts';
import { SELECTION, WARNING, noteColor } from './colors.ts';
import { Group, Konva, Layer, Shape } from './konva.ts';
import { NoteNode } from './NoteNode.tsx';
import { LABELS_MAX_NOTES, drawLodLabels, labelledNotes } from './lodLabels.ts';
import { planMount } from './progressiveMount.ts';
import { rectContains } from './viewport.ts';
import type { NoteBitmaps } from './noteBitmaps.ts';
import type { ZoomPicture } from './zoomPicture.ts';

export interface NotesLayerProps {
  /** Drawn first, under the post-its, on the same canvas: the lanes (BoardLayer says why). */
  readonly board: ReactNode;
  readonly layout: BoardLayout;
  /** Board rectangle to render in detail (viewport + margin); ignored at low zoom. */
  readonly cull: Rect;
  /** Level of detail: plain coloured rectangles without text. */
  readonly lod: boolean;
  /** Draw every note in view in full at once (the PNG export), not a few per frame. */
  readonly allAtOnce: boolean;
  /** Notes drawn elsewhere right now (on the drag layer). */
  readonly hidden: ReadonlySet<string>;
  readonly selection: ReadonlySet<string>;
  readonly warnings: ReadonlySet<string>;
  readonly people: ReadonlyMap<string, Person>;
  readonly lang: Lang;
  /** The board rectangle on screen right now, read at draw time (LOD culls per frame). */
  readonly getViewRect: () => Rect;
  readonly onRendered: (count: number) => void;
  /** Shown instead of the full post-its while a zoom moves (zoomPicture.ts). */
  readonly zoomPicture: ZoomPicture;
  /** The post-its' cached bitmaps (noteBitmaps.ts). */
  readonly bitmaps: NoteBitmaps;
  readonly layerRef: (layer: Konva.Layer | null) => void;
  /** The full post-its' group: hidden while the zoom picture shows. */
  readonly detailRef: (group: Konva.Group | null) => void;
}

export function renderNote(
  layout: BoardLayout,
  placed: PlacedNote,
  props: Pick<NotesLayerProps, 'selection' | 'warnings' | 'people' | 'lang'>,
  bitmaps: NoteBitmaps | null,
) {
  const note = placed.note;
  const form = formOf(layout, placed);
  return (
    <NoteNode
      key={note.id}
      note={note}
      x={placed.x}
      y={placed.y}
      person={note.kind === 'participant' ? props.people.get(note.person) : undefined}
      form={form}
      accent={layout.accents.get(note.kind === 'form' ? note.id : (form?.id ?? ''))}
      selected={props.selection.has(note.id)}
      warning={props.warnings.has(note.id)}
      lang={props.lang}
      bitmaps={bitmaps}
    />
  );
}

/**
 * Draws many notes as coloured rectangles in one shape (one node instead of
 * thousands), culled to the viewport at draw time so panning costs no React
 * work. Notes wholly inside `except` are left out (the zoom picture shows them).
 */
export function drawLodNotes(
  ctx: CanvasRenderingContext2D,
  notes: readonly PlacedNote[],
  view: Rect | null,
  style: {
    people: ReadonlyMap<string, Person>;
    selection: ReadonlySet<string>;
    warnings: ReadonlySet<string>;
    accents: ReadonlyMap<string, string>;
  },
  hidden: ReadonlySet<string>,
  except: Rect | null = null,
): number {
  let drawn = 0;
  for (const placed of notes) {
    const note = placed.note;
    if (hidden.has(note.id)) continue;
    const box = { x: placed.x, y: placed.y, width: NOTE_WIDTH, height: NOTE_HEIGHT };
    if (view && !rectsOverlap(box, view)) continue;
    if (except && rectContains(except, box)) continue;
    drawn++;
    const person = note.kind === 'participant' ? style.people.get(note.person) : undefined;
    ctx.fillStyle = noteColor(note, person);
    ctx.fillRect(placed.x, placed.y, NOTE_WIDTH, NOTE_HEIGHT);
    const accent = style.accents.get(
      note.kind === 'form' ? note.id : note.kind === 'participant' ? (note.form ?? '') : '',
    );
    if (accent) {
      ctx.fillStyle = accent;
      ctx.fillRect(placed.x, placed.y, 10, NOTE_HEIGHT);
    }
    if (style.warnings.has(note.id)) {
      ctx.fillStyle = WARNING;
      ctx.fillRect(placed.x, placed.y, NOTE_WIDTH, 14);
    }
    if (style.selection.has(note.id)) {
      ctx.strokeStyle = SELECTION;
      ctx.lineWidth = 8;
      ctx.strokeRect(placed.x, placed.y, NOTE_WIDTH, NOTE_HEIGHT);
    }
  }
  return drawn;
}

/** Post-its drawn in full for the first time per frame (see progressiveMount.ts). */
const NEW_NOTES_PER_FRAME = 60;

export function NotesLayer(props: NotesLayerProps) {
  const { layout, cull, lod, hidden, onRendered, getViewRect } = props;
  const visible = useMemo(
    () =>
      lod
        ? []
        : layout.notes.filter(
            (p) =>
              !hidden.has(p.note.id) &&
              rectsOverlap({ x: p.x, y: p.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }, cull),
          ),
    [layout, cull, lod, hidden],
  );
  // Which notes were drawn in full at the last commit; a frame later, the next few.
  const mounted = useRef<ReadonlySet<string>>(new Set());
  // The board's first view is drawn in full at once: one longer frame while
  // the page opens is done sooner than a few frames with other work between.
  const openedView = useRef(false);
  const [frame, setFrame] = useState(0);
  const { full, waiting } = useMemo(() => {
    const view = getViewRect();
    const center = { x: view.x + view.width / 2, y: view.y + view.height / 2 };
    const budget = props.allAtOnce || !openedView.current ? Infinity : NEW_NOTES_PER_FRAME;
    return planMount(visible, mounted.current, budget, center);
    // `frame` asks for the next few once the last ones are on screen.
  }, [visible, frame, props.allAtOnce, getViewRect]);
  useLayoutEffect(() => {
    mounted.current = new Set(full.map((p) => p.note.id));
    // The first view with a size is the opening one, whatever it shows (a
    // board may open zoomed out or on an empty spot): later views mount progressively.
    if (cull.width > 0 && cull.height > 0) openedView.current = true;
  }, [full, cull]);
  useEffect(() => {
    if (waiting.length === 0) return;
    const next = requestAnimationFrame(() => setFrame((n) => n + 1));
    return () => cancelAnimationFrame(next);
  }, [waiting]);
  useEffect(() => {
    if (!lod) onRendered(full.length);
  }, [lod, full, onRendered]);
  const { people, selection, warnings } = props;
  const style = useMemo(
    () => ({ people, selection, warnings, accents: layout.accents }),
    [people, selection, warnings, layout.accents],
  );
  const { lang } = props;
  const sceneFunc = useMemo(
    () => (context: Konva.Context) => {
      const ctx = context._context;
      const view = getViewRect();
      const drawn = drawLodNotes(ctx, layout.notes, view, style, hidden);
      onRendered(drawn);
      if (drawn > LABELS_MAX_NOTES) return; // a big board: no second pass over its notes
      // The camera's zoom, as the layer draws: its transform has the pixel ratio too.
      const zoom = ctx.getTransform().a / context.canvas.getPixelRatio();
      drawLodLabels(ctx, labelledNotes(layout.notes, view, zoom, hidden), zoom, people, lang);
    },
    [layout, style, hidden, getViewRect, onRendered, people, lang],
  );
  const waitingFunc = useMemo(
    () => (context: Konva.Context) => {
      drawLodNotes(context._context, waiting, null, style, hidden);
    },
    [waiting, style, hidden],
  );
  const { zoomPicture } = props;
  const pictureFunc = useMemo(
    () => (context: Konva.Context) => {
      const shows = zoomPicture.rect;
      if (shows === null) return;
      const ctx = context._context;
      // What was off screen when the picture was taken, as plain rectangles under it.
      // The picture holds the lanes too (one canvas): it covers the live ones exactly.
      drawLodNotes(ctx, layout.notes, getViewRect(), style, hidden, shows);
      zoomPicture.draw(ctx);
    },
    [zoomPicture, layout, style, hidden, getViewRect],
  );
  return (
    <Layer listening={false} ref={props.layerRef}>
      {props.board}
      {lod ? (
        <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
      ) : (
        <>
          <Shape sceneFunc={pictureFunc} listening={false} perfectDrawEnabled={false} />
          <Group ref={props.detailRef} listening={false}>
            {waiting.length > 0 && (
              <Shape sceneFunc={waitingFunc} listening={false} perfectDrawEnabled={false} />
            )}
            {full.map((placed) =>
              // The PNG export draws at its own scale: directly, leaving the cache alone.
              renderNote(layout, placed, props, props.allAtOnce ? null : props.bitmaps),
            )}
          </Group>
        </>
      )}
    </Layer>
  );
}
