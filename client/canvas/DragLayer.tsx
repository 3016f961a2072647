import { useMemo } from 'react';
import type { Lang } from '../../shared/i18n/index.ts';
import type { Person } from '../../shared/schema.ts';
import type { BoardLayout, PlacedNote } from './boardGeometry.ts';
import type { DragView } from './controller.ts';
import { Group, Konva, Layer, Shape, TRANSIENT_LAYER } from './konva.ts';
import { sizeOnFirstUse } from './lazyLayerSize.ts';
import { drawLodNotes, renderNote } from './NotesLayer.tsx';

const NO_IDS: ReadonlySet<string> = new Set();

/** A ref: the layer's canvas is sized when it first has something to draw (lazyLayerSize.ts). */
const sizeLayerOnFirstUse = (layer: Konva.Layer | null) =>
  layer ? sizeOnFirstUse(layer) : undefined;

/**
 * The drag layer: the notes being dragged are rendered here (and hidden in the
 * notes layer), so a pointer move moves one group and redraws one small layer.
 * Also holds imperative overlays (marquee, lane drop bar) and, on top, other
 * people's cursors and drags (presenceRenderer.ts): every layer is a canvas
 * the size of the board's view, and each costs 10–15 ms to create and more to
 * composite while the page opens (issue 4: interactive within 1 s), so this
 * one is sized when first used (lazyLayerSize.ts).
 */
export function DragLayer(props: {
  readonly layout: BoardLayout;
  readonly drag: DragView | null;
  readonly lod: boolean;
  readonly selection: ReadonlySet<string>;
  readonly warnings: ReadonlySet<string>;
  readonly people: ReadonlyMap<string, Person>;
  readonly lang: Lang;
  readonly dragGroupRef: (group: Konva.Group | null) => void;
  readonly overlayGroupRef: (group: Konva.Group | null) => void;
  readonly presenceGroupRef: (group: Konva.Group | null) => void;
}) {
  const { layout, drag, lod, people, selection, warnings } = props;
  const dragged = useMemo(
    () =>
      drag ? drag.ids.map((id) => layout.noteById.get(id)).filter((p): p is PlacedNote => !!p) : [],
    [drag, layout],
  );
  const sceneFunc = useMemo(
    () => (context: Konva.Context) => {
      const style = { people, selection, warnings, accents: layout.accents };
      drawLodNotes(context._context, dragged, null, style, NO_IDS);
    },
    [dragged, people, selection, warnings, layout.accents],
  );
  return (
    <Layer listening={false} name={TRANSIENT_LAYER} ref={sizeLayerOnFirstUse}>
      <Group ref={props.dragGroupRef} listening={false} opacity={drag?.copy ? 0.8 : 1}>
        {lod ? (
          dragged.length > 0 ? (
            <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
          ) : null
        ) : (
          dragged.map((placed) => renderNote(layout, placed, props, null))
        )}
      </Group>
      <Group ref={props.overlayGroupRef} listening={false} />
      <Group ref={props.presenceGroupRef} listening={false} />
    </Layer>
  );
}
