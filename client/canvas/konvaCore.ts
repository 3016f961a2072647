/**
 * Konva's core (`konva/lib/_CoreInternals.js`) without the classes the board
 * never uses: Tween, Easings, Animation and FastLayer (2.4 KB gzip of the
 * start-up budget, issue 6). react-konva imports `konva/lib/Core.js`, so the
 * build puts this module in place of the original (vite.config.ts
 * `slimKonvaCore`); the object is the same `Konva` global with the same
 * members otherwise.
 */
import { Canvas } from 'konva/lib/Canvas.js';
import { Container } from 'konva/lib/Container.js';
import { Context } from 'konva/lib/Context.js';
import { DD } from 'konva/lib/DragAndDrop.js';
import { Konva as Global } from 'konva/lib/Global.js';
import { Group } from 'konva/lib/Group.js';
import { Layer } from 'konva/lib/Layer.js';
import { Node } from 'konva/lib/Node.js';
import { Shape, shapes } from 'konva/lib/Shape.js';
import { Stage, stages } from 'konva/lib/Stage.js';
import { Transform, Util } from 'konva/lib/Util.js';

export const Konva = Util._assign(Global, {
  beginUpdateBatch: Node._beginUpdateBatch,
  Util,
  Transform,
  Node,
  Container,
  Stage,
  stages,
  Layer,
  Group,
  DD,
  Shape,
  shapes,
  Context,
  Canvas,
});
