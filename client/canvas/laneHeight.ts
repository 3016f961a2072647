import { LANE_HEADER_HEIGHT } from '../../shared/layout.ts';
import type { Camera } from './types.ts';
import type { Size } from './viewport.ts';

/**
 * How far past the view's bottom the lanes are drawn, in screen pixels: their
 * lower edge (a stroke, up to 8 px at 400 %) and the stage's whole-pixel
 * position (canvasView.ts) never show a strip of board colour.
 */
const PAST_VIEW_PX = 8;

/**
 * The height the lanes' content boxes (and the parking area below its title)
 * are drawn with: the layout's content height, the same for every user, or,
 * where this screen's view reaches further down, down past the view's bottom.
 * A lane then reads as a column down the wall, as a taped column would, and a
 * big screen no longer shows blank board under short lanes (a drop there
 * already lands in the meeting). Read as the lanes draw, so a camera move
 * costs no React render; the layout, and so every user's coordinates, stay as
 * they are.
 */
export function lanesVisibleHeight(camera: Camera, size: Size, contentHeight: number): number {
  const viewBottom = (size.height + PAST_VIEW_PX - camera.y) / camera.zoom;
  return Math.max(contentHeight, viewBottom - LANE_HEADER_HEIGHT);
}
