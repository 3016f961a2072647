import { LANE_GAP, LANE_HEADER_HEIGHT, LANE_WIDTH, type Rect } from '../../shared/layout.ts';
import type { BoardLayout } from './boardGeometry.ts';
import { laneDropIndex } from './hitTest.ts';
import { SELECTION } from './colors.ts';
import { KonvaRect, type Konva } from './konva.ts';

/** The marquee rectangle, drawn imperatively on the drag layer while Shift-dragging. */
export class MarqueeOverlay {
  private rect: KonvaRect | null = null;

  constructor(private readonly group: () => Konva.Group | null) {}

  show(area: Rect, zoom: number): void {
    const group = this.group();
    if (!group) return;
    if (!this.rect) {
      this.rect = new KonvaRect({
        fill: 'rgba(29,100,216,0.08)',
        stroke: SELECTION,
        dash: [6, 4],
        listening: false,
        perfectDrawEnabled: false,
      });
      group.add(this.rect);
    }
    this.rect.setAttrs({ ...area, strokeWidth: 1.5 / zoom });
    group.getLayer()?.batchDraw();
  }

  hide(): void {
    const layer = this.rect?.getLayer();
    this.rect?.destroy();
    this.rect = null;
    layer?.batchDraw();
  }
}

/** While a lane is dragged by its header: a ghost under the pointer and a bar where it will land. */
export class LaneDragOverlay {
  private ghost: KonvaRect | null = null;
  private bar: KonvaRect | null = null;

  constructor(
    private readonly group: () => Konva.Group | null,
    private readonly layout: () => BoardLayout,
    /** The lanes' drawn content height (laneHeight.ts): the ghost is as tall as a lane looks. */
    private readonly lanesHeight: (contentHeight: number) => number,
  ) {}

  show(laneId: string, boardX: number): void {
    const group = this.group();
    const layout = this.layout();
    if (!group) return;
    const height = Math.max(
      layout.bounds.height,
      LANE_HEADER_HEIGHT + this.lanesHeight(layout.contentHeight),
    );
    if (!this.ghost || !this.bar) {
      this.ghost = new KonvaRect({
        width: LANE_WIDTH,
        fill: 'rgba(29,100,216,0.10)',
        stroke: SELECTION,
        strokeWidth: 2,
        listening: false,
      });
      this.bar = new KonvaRect({
        width: 8,
        fill: SELECTION,
        cornerRadius: 4,
        listening: false,
      });
      group.add(this.ghost, this.bar);
    }
    this.ghost.setAttrs({ x: boardX - LANE_WIDTH / 2, y: 0, height });
    const others = layout.lanes.filter((l) => l.id !== laneId);
    const index = laneDropIndex(layout, laneId, boardX);
    const before = others[index];
    const after = others[index - 1];
    const x = before ? before.x - LANE_GAP / 2 : after ? after.x + LANE_WIDTH + LANE_GAP / 2 : 0;
    this.bar.setAttrs({ x: x - 4, y: 0, height });
    group.getLayer()?.batchDraw();
  }

  hide(): void {
    const layer = this.ghost?.getLayer();
    this.ghost?.destroy();
    this.bar?.destroy();
    this.ghost = null;
    this.bar = null;
    layer?.batchDraw();
  }
}
