/**
 * Konva with only the shapes the board uses (the full `konva` import pulls in
 * every shape and filter; the start-up JavaScript budget is 250 KB gzip).
 */
import Konva from 'konva/lib/Core.js';

export { Konva };
export { Rect as KonvaRect } from 'konva/lib/shapes/Rect.js';
export { Stage, Layer, Group, Rect, Shape } from 'react-konva/lib/ReactKonvaCore.js';

/** Layers named so (drag, presence) are left out of the PNG picture (exportPng.ts). */
export const TRANSIENT_LAYER = 'transient';
