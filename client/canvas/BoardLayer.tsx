import { memo, useMemo } from 'react';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { LANE_WIDTH, PARKING_WIDTH, PARKING_X, PARKING_Y } from '../../shared/layout.ts';
import type { BoardLayout } from './boardGeometry.ts';
import { INK, INK_MUTED, LANE_STROKE, PARKING_FILL } from './colors.ts';
import { Group, Konva, Shape } from './konva.ts';
import { TextShape } from './TextShape.tsx';
import { Lane, type ColumnScene } from './Lane.tsx';
import type { PictureHeader } from './laneHeaderPicture.ts';
import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';

const quiet = { listening: false, perfectDrawEnabled: false } as const;

export interface BoardLayerProps {
  readonly layout: BoardLayout;
  readonly checkCounts: ReadonlyMap<string, number>;
  readonly readOnly: boolean;
  /** Drawn for the PNG picture, with its lane headers' layout (see Lane). */
  readonly picture: PictureHeader | null;
  readonly lang: Lang;
  /** The lanes' drawn content height for a content height, read as they draw (laneHeight.ts). */
  readonly lanesHeight: (contentHeight: number) => number;
}

function columnScene(width: number, height: () => number, cornerRadius = 0): ColumnScene {
  return (context, shape) => {
    context.beginPath();
    if (cornerRadius === 0) context.rect(0, 0, width, height());
    else Konva.Util.drawRoundedRectPath(context, width, height(), cornerRadius);
    context.closePath();
    context.fillStrokeShape(shape);
  };
}

/** The parking area ("Parkering"): a column left of the lanes for notes not yet placed. */
const ParkingArea = memo(function ParkingArea(props: { scene: ColumnScene; lang: Lang }) {
  return (
    <Group x={PARKING_X} listening={false}>
      <Shape
        {...quiet}
        sceneFunc={props.scene}
        fill={PARKING_FILL}
        stroke={LANE_STROKE}
        strokeWidth={2}
        dash={[10, 8]}
      />
      <TextShape
        x={14}
        y={14}
        width={PARKING_WIDTH - 28}
        wrap="none"
        text={translate(S.parking, props.lang)}
        fontSize={19}
        fontStyle="bold"
        fill={INK}
      />
      <TextShape
        x={14}
        y={46}
        width={PARKING_WIDTH - 28}
        text={translate(S.parkingHint, props.lang)}
        fontSize={14}
        fill={INK_MUTED}
      />
    </Group>
  );
});

/**
 * The static board: lanes, headers and the parking area. A group at the bottom
 * of the notes layer's canvas (NotesLayer), not a canvas of its own: Chromium
 * hands the compositor every canvas of the page at each frame in which any of
 * them changes, and after a few idle seconds makes each a new buffer (~15 ms
 * per view-sized canvas on the benchmark machine), so a third canvas made the
 * first frame of a drag one of 50–60 ms. Re-rendered only when it changes.
 * The lanes' and the parking area's boxes reach down past the view's bottom
 * (laneHeight.ts): drawn at the height the camera gives as the layer draws, so
 * a pan or zoom renders nothing in React; the PNG picture shows them to the
 * content's bottom, not to some screen's.
 */
export const BoardLayer = memo(function BoardLayer(props: BoardLayerProps) {
  const { layout, lang, picture, lanesHeight } = props;
  const { contentHeight } = layout;
  // Per content height, not per layout: a moved post-it renders no lane again.
  const scenes = useMemo(() => {
    const height = picture !== null ? () => contentHeight : () => lanesHeight(contentHeight);
    return {
      lane: columnScene(LANE_WIDTH, height),
      parking: columnScene(PARKING_WIDTH, () => PARKING_Y + height(), 8),
    };
  }, [contentHeight, picture, lanesHeight]);
  return (
    <Group listening={false}>
      <ParkingArea scene={scenes.parking} lang={lang} />
      {layout.lanes.map((lane) => (
        <Lane
          key={lane.id}
          meeting={lane.meeting}
          x={lane.x}
          number={lane.number}
          formsMinutes={lane.formsMinutes}
          column={scenes.lane}
          checkCount={props.checkCounts.get(lane.id) ?? 0}
          readOnly={props.readOnly}
          picture={props.picture}
          lang={lang}
        />
      ))}
    </Group>
  );
});
