import type { CanvasController } from '../../client/canvas/controller.ts';

/**
 * What the board's editor overlays (NoteEditor, LaneEditor) need of the canvas
 * controller: its actions, a camera and a size to place themselves by.
 */
export function editorController(actions: Record<string, unknown>): CanvasController {
  return {
    props: { actions, selection: [] },
    camera: { x: 0, y: 0, zoom: 1 },
    size: { width: 2000, height: 800 },
    onCamera: () => () => {},
    editorSave: null,
    container: null,
  } as unknown as CanvasController;
}

/** The field of an editor whose label starts with `label`. */
export function fieldLabelled(root: ParentNode, label: string): HTMLInputElement {
  const found = [...root.querySelectorAll('label')]
    .find((l) => l.textContent?.startsWith(label))
    ?.querySelector<HTMLInputElement>('input, textarea');
  if (!found) throw new Error(`no field labelled ${label}`);
  return found;
}
