// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Konva, KonvaRect } from '../../client/canvas/konva.ts';
import { sizeOnFirstUse } from '../../client/canvas/lazyLayerSize.ts';

/**
 * The drag layer's canvas is not sized while the board opens (a stage-sized
 * bitmap costs 10–15 ms in the task that paints the board): it is sized when
 * it first has something to draw, or later in idle time.
 */

// Konva draws on a 2D context: a silent one will do (happy-dom has no canvas).
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
  const context: Record<string, unknown> = {
    canvas: this,
    getImageData: () => ({ data: new Uint8ClampedArray(4) }),
  };
  return new Proxy(context, {
    get: (target, key: string) => (key in target ? target[key] : () => undefined),
    set: (target, key: string, value) => {
      target[key] = value;
      return true;
    },
  });
} as unknown as typeof HTMLCanvasElement.prototype.getContext;

function stageWithLayer() {
  const stage = new Konva.Stage({ container: document.createElement('div'), width: 1, height: 1 });
  const layer = new Konva.Layer({ listening: false });
  const group = new Konva.Group();
  layer.add(group);
  stage.add(layer);
  let idle: (() => void) | null = null;
  const release = sizeOnFirstUse(layer, (run) => {
    idle = run;
    return () => (idle = null);
  });
  stage.size({ width: 800, height: 600 });
  return { layer, group, idle: () => idle?.(), release };
}

describe('Konva sizes the layers through Layer#_setSize (private; lazyLayerSize.ts wraps it)', () => {
  it('when a layer is added and when the stage is resized, and through nothing else', () => {
    const stage = new Konva.Stage({
      container: document.createElement('div'),
      width: 1,
      height: 1,
    });
    const layer = new Konva.Layer({ listening: false });
    const sizes: string[] = [];
    const setSize = layer._setSize.bind(layer);
    layer._setSize = (size) => {
      sizes.push(`${size.width}x${size.height}`);
      return setSize(size);
    };
    stage.add(layer);
    stage.size({ width: 800, height: 600 });
    expect(sizes).toEqual(['1x1', '800x1', '800x600']);
    // Kept from it (as lazyLayerSize.ts does), the canvas keeps its size.
    layer._setSize = () => layer;
    stage.size({ width: 640, height: 480 });
    expect([layer.getCanvas().width, layer.getCanvas().height]).toEqual([800, 600]);
  });
});

describe('a layer sized on first use', () => {
  it('keeps its canvas unsized while the stage is sized and it has nothing to draw', () => {
    const { layer } = stageWithLayer();
    layer.draw();
    expect(layer.getCanvas().width).toBe(1);
  });

  it('sizes its canvas to the stage before it first draws something', () => {
    const { layer, group } = stageWithLayer();
    group.add(new KonvaRect({ width: 10, height: 10, fill: 'red' }));
    layer.draw();
    expect(layer.getCanvas().width).toBe(800);
    expect(layer.getCanvas().height).toBe(600);
  });

  it('sizes its canvas in idle time, and follows the stage from then on', () => {
    const { layer, idle } = stageWithLayer();
    idle();
    expect(layer.getCanvas().width).toBe(800);
    layer.getStage()?.size({ width: 640, height: 480 });
    expect(layer.getCanvas().height).toBe(480);
  });
});
