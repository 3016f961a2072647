// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PanelEntry, RemotePresence } from '../../client/sync/presence.ts';
import { computeLayout } from '../../client/canvas/boardGeometry.ts';
import { Konva } from '../../client/canvas/konva.ts';
import { PresenceRenderer } from '../../client/canvas/presenceRenderer.ts';
import { PRESENCE_KIT } from '../../client/canvas/lazyPresence.ts';
import { boardWith, form, idea, participant } from './boardFixture.ts';

/**
 * Someone else's drag shows the post-its they drag, text and all, in their
 * colour: in a workshop the others see WHAT is being moved, not only that
 * something is. Built once per drag, moved by each presence update.
 */

/** A 2D context that records what is written and stroked (happy-dom has no canvas). */
function recordingContext() {
  const texts: string[] = [];
  const strokes: string[] = [];
  const target: Record<string, unknown> = {
    fillText: (text: string) => texts.push(text),
    stroke: () => strokes.push(String(target['strokeStyle'])),
  };
  const context = new Proxy(target, {
    get: (t, key: string) => (key in t ? t[key] : () => undefined),
    set: (t, key: string, value) => {
      t[key] = value;
      return true;
    },
  });
  return { context: context as unknown as CanvasRenderingContext2D, texts, strokes };
}

// Konva draws and measures on a 2D context when it makes a shape: a silent one will do.
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
  return Object.assign(recordingContext().context, {
    canvas: this,
    measureText: (text: string) => ({ width: text.length * 7 }),
    getImageData: () => ({ data: new Uint8ClampedArray(4) }),
  });
} as unknown as typeof HTMLCanvasElement.prototype.getContext;

const workshop = form('f1', 'meetingAAA1', 12, 12);
const speaker = participant('n1', 'meetingAAA1', 12, 140, 'f1');
const board = boardWith([
  workshop.kind === 'form' ? { ...workshop, name: 'Workshop m. borgere' } : workshop,
  speaker.kind === 'participant' ? { ...speaker, contribution: 'Oplæg om trivsel' } : speaker,
]);
const layout = computeLayout(board);
const people = new Map(board.people.map((p) => [p.id, p]));
const palette = [{ id: 'pal1', name: 'Dialogmøde', durationMinutes: 60, description: '' }];

const anne = (dx: number, ids: string[] = ['f1', 'n1']): RemotePresence => ({
  clientId: 7,
  user: { name: 'Anne', color: '#2f9e44', sessionId: 's7' },
  cursor: { x: 40 + dx, y: 40 },
  selection: [],
  dragging: { ids, dx, dy: 10 },
  editing: null,
});

describe('a remote drag', () => {
  it('draws the dragged post-its’ text, outlined in the dragger’s colour, under their name', () => {
    const group = new Konva.Group();
    const renderer = new PresenceRenderer(PRESENCE_KIT, group, () => ({
      layout,
      people,
      palette,
      lang: 'da',
    }));
    renderer.update([anne(30)]);
    const ghost = group.findOne<Konva.Shape>('.ghost');
    expect(ghost).toBeDefined();
    expect(ghost?.listening()).toBe(false);
    expect(ghost?.opacity()).toBeLessThan(1);
    const { context, texts, strokes } = recordingContext();
    ghost?.sceneFunc()({ _context: context } as unknown as Konva.Context, ghost);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Workshop m. borgere',
        '30 min.',
        'Jens, ØS',
        'Oplæg om trivsel',
        'Kerne',
      ]),
    );
    expect(strokes.filter((s) => s === '#2f9e44')).toHaveLength(2);
    // One name tag in sight: the cursor's hides while its user drags.
    const tags = group.find((node: Konva.Node) => node.getAttr('label') === 'Anne');
    expect(tags.filter((tag) => tag.isVisible())).toHaveLength(1);
    renderer.destroy();
  });

  it('draws a large dragged selection as plain cards: each update redraws it, text would cost a frame', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      idea(`i${i}`, 'meetingAAA1', 12, 300 + i * 130),
    );
    const big = computeLayout(boardWith(many));
    const group = new Konva.Group();
    const renderer = new PresenceRenderer(PRESENCE_KIT, group, () => ({
      layout: big,
      people,
      palette,
      lang: 'da',
    }));
    renderer.update([
      anne(
        30,
        many.map((n) => n.id),
      ),
    ]);
    const ghost = group.findOne<Konva.Shape>('.ghost');
    const { context, texts, strokes } = recordingContext();
    ghost?.sceneFunc()({ _context: context } as unknown as Konva.Context, ghost);
    expect(texts).toEqual([]);
    expect(strokes.filter((s) => s === '#2f9e44')).toHaveLength(60);
    renderer.destroy();
  });

  it('is built once per dragged set and moved by each update', () => {
    const group = new Konva.Group();
    const renderer = new PresenceRenderer(PRESENCE_KIT, group, () => ({
      layout,
      people,
      palette,
      lang: 'da',
    }));
    renderer.update([anne(30)]);
    const ghost = group.findOne('.ghost');
    renderer.update([anne(80)]);
    expect(group.findOne('.ghost')).toBe(ghost);
    expect(ghost?.getParent()?.position()).toEqual({ x: 80, y: 10 });
    renderer.update([anne(90, ['n1'])]);
    expect(group.findOne('.ghost')).not.toBe(ghost);
    renderer.update([{ ...anne(90), dragging: null }]);
    expect(group.findOne('.ghost')).toBeUndefined();
    renderer.destroy();
  });

  it('draws a row dragged from a side panel as the post-it it becomes: a person, a palette form', () => {
    const group = new Konva.Group();
    const renderer = new PresenceRenderer(PRESENCE_KIT, group, () => ({
      layout,
      people,
      palette,
      lang: 'da',
    }));
    const texts = (entry: PanelEntry) => {
      renderer.update([{ ...anne(30, []), dragging: { ids: [], dx: 500, dy: 60, entry } }]);
      const ghost = group.findOne<Konva.Shape>('.ghost');
      const recorded = recordingContext();
      ghost?.sceneFunc()({ _context: recorded.context } as unknown as Konva.Context, ghost);
      return recorded.texts;
    };
    expect(texts({ kind: 'person', id: 'personAAAA1' })).toContain('Jens, ØS');
    expect(texts({ kind: 'paletteForm', id: 'pal1' })).toEqual(
      expect.arrayContaining(['Dialogmøde', '60 min.']),
    );
    expect(group.findOne('.ghost')?.getParent()?.position()).toEqual({ x: 500, y: 60 });
    expect(group.findOne('.tag')?.getAttr('label')).toBe('Anne');
    // Deleted meanwhile by someone else: nothing to show, and nothing throws.
    expect(texts({ kind: 'paletteForm', id: 'gone' })).toEqual([]);
    renderer.destroy();
  });
});
