// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { LaneLayout } from '../../client/canvas/boardGeometry.ts';
import type { CanvasController } from '../../client/canvas/controller.ts';
import { LaneEditor } from '../../client/canvas/LaneEditor.tsx';
import { mount, type Mounted } from './plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const controller = {
  camera: { x: 0, y: 0, zoom: 1 },
  size: { width: 2000, height: 800 },
  onCamera: () => () => {},
  editorSave: null,
  container: null,
} as unknown as CanvasController;

function lane(x: number, index: number): LaneLayout {
  return {
    id: 'm2',
    index,
    x,
    number: 2,
    formsMinutes: 0,
    meeting: {
      id: 'm2',
      kind: 'network',
      subtheme: 'Undertema',
      date: null,
      startTime: null,
      durationMinutes: 150,
      location: '',
    },
  };
}

describe('the meeting header editor', () => {
  it('follows its meeting when someone moves that meeting to another place meanwhile', () => {
    const editor = (at: LaneLayout) => (
      <LaneEditor controller={controller} lane={at} lang="da" onClose={() => {}} />
    );
    mounted = mount(editor(lane(420, 1)));
    const form = mounted.container.querySelector('form');
    expect(form?.style.left).toBe('420px');
    mounted.render(editor(lane(1260, 3)));
    expect(form?.style.left).toBe('1260px');
  });
});
