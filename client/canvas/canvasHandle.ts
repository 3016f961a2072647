import { LANE_WIDTH, NOTE_HEIGHT, NOTE_WIDTH } from '../../shared/layout.ts';
import { whenRendered } from './afterRender.ts';
import { laneRect, noteBoardRect } from './boardGeometry.ts';
import type { CanvasController } from './controller.ts';
import { formAt, planNewNote, stackJoinRect } from './dropPlacement.ts';
import { hitPoint } from './hitTest.ts';
import { paletteFormNote, placePaletteForm, placePerson } from './panelPlacement.ts';
import type { BoardHit, CanvasHandle, ScreenRect } from './types.ts';
import { centerBelowTop, centerOn } from './viewport.ts';

/**
 * The canvas as the rest of the app sees it (CanvasHandle): client-coordinate
 * hit tests and drops from the DOM side panels (their menus' placements are in
 * panelPlacement.ts), focusing from the plan view,
 * and the screen rects the test hook (issue 6) reads. Kept out of the
 * controller because none of it runs per frame; it only reads the
 * controller's public state and calls its commands.
 */

export function hitTestClient(
  controller: CanvasController,
  clientX: number,
  clientY: number,
): BoardHit | null {
  if (!controller.container) return null;
  const hit = hitPoint(controller.layout, controller.clientToBoard(clientX, clientY));
  // Only the public BoardHit fields: the internal hit areas stay inside the canvas.
  return {
    x: hit.x,
    y: hit.y,
    lane: hit.lane,
    laneX: hit.laneX,
    laneY: hit.laneY,
    noteId: hit.noteId,
  };
}

/** Pool drop: a participant note where dropped, or attached when dropped on a form note. */
export function dropPerson(
  controller: CanvasController,
  personId: string,
  clientX: number,
  clientY: number,
): void {
  if (controller.readOnly) return;
  const { layout } = controller;
  const board = controller.clientToBoard(clientX, clientY);
  const formId = formAt(layout, board, new Set());
  const form = formId === null ? null : (layout.noteById.get(formId) ?? null);
  const spot = form
    ? { lane: form.lane, x: form.note.x, y: form.note.y }
    : planNewNote(layout, board);
  const { actions } = controller.props;
  let created: string | null = null;
  // Create and attach: one gesture, one transaction, one undo step.
  actions.together('addNote', () => {
    const result = actions.addNote({ kind: 'participant', person: personId, ...spot });
    if (!result.ok) return;
    created = result.value;
    // The operation stacks it under the form, moving down what is in the way.
    if (form) actions.attachToForm(result.value, form.note.id);
  });
  if (created === null) return;
  controller.select([created]);
  if (form) controller.revealDropped(stackJoinRect(layout, form.note.id, [created]));
}

/** Palette drop: a form note copied from the palette entry, placed where dropped. */
export function dropPaletteForm(
  controller: CanvasController,
  paletteFormId: string,
  clientX: number,
  clientY: number,
): void {
  if (controller.readOnly) return;
  const entry = controller.props.board.palette.find((p) => p.id === paletteFormId);
  if (!entry) return;
  const spot = planNewNote(controller.layout, controller.clientToBoard(clientX, clientY));
  const result = controller.props.actions.addNote({ ...paletteFormNote(entry), ...spot });
  if (result.ok) controller.select([result.value]);
}

/** Centres the note (and selects it) or the lane, zooming in to a readable level if needed. */
export function focusTarget(
  controller: CanvasController,
  target: { readonly kind: 'note' | 'lane'; readonly id: string },
  rendersLeft = 3,
): void {
  const { camera, layout, size } = controller;
  if (target.kind === 'note') {
    const placed = layout.noteById.get(target.id);
    if (!placed) return;
    const zoom = Math.max(camera.zoom, 0.8);
    controller.setCamera(centerBelowTop({ ...camera, zoom }, noteBoardRect(placed), size));
    controller.select([target.id]);
    return;
  }
  const lane = layout.laneById.get(target.id);
  if (!lane) {
    // A meeting just added is laid out by the board's next render, which a frame may still come
    // before on a busy machine: the focus waits for the render that shows its lane, a few renders
    // at most (a lane deleted meanwhile must not pull the view to it when an undo brings it back).
    if (rendersLeft === 0) return;
    whenRendered(controller, () => focusTarget(controller, target, rendersLeft - 1));
    return;
  }
  const zoom = Math.max(camera.zoom, 0.8);
  const centred = centerOn({ ...camera, zoom }, { x: lane.x + LANE_WIDTH / 2, y: 0 }, size);
  // Lanes are tall: show the header rather than the lane's vertical middle.
  controller.setCamera({ ...centred, y: 16 });
}

export function noteScreenRect(controller: CanvasController, id: string): ScreenRect | null {
  const placed = controller.layout.noteById.get(id);
  return placed && controller.container
    ? controller.boardRectToClient(noteBoardRect(placed))
    : null;
}

export function laneScreenRect(controller: CanvasController, id: string): ScreenRect | null {
  const lane = controller.layout.laneById.get(id);
  return lane && controller.container
    ? controller.boardRectToClient(laneRect(controller.layout, lane))
    : null;
}

/** Closures over the controller, so the handle stays valid as its state changes. */
export function createCanvasHandle(controller: CanvasController): CanvasHandle {
  return {
    hitTest: (x, y) => hitTestClient(controller, x, y),
    dropPerson: (p, x, y) => dropPerson(controller, p, x, y),
    showEntryDrag: (entry, at) => {
      const p = at && controller.clientToBoard(at.x, at.y);
      // Centred on the pointer, as the dragging user's own ghost is.
      controller.props.presence.setLocal({
        cursor: p,
        dragging: p && { ids: [], dx: p.x - NOTE_WIDTH / 2, dy: p.y - NOTE_HEIGHT / 2, entry },
      });
    },
    dropPaletteForm: (p, x, y) => dropPaletteForm(controller, p, x, y),
    placePerson: (p, meeting) => placePerson(controller, p, meeting),
    placePaletteForm: (p, meeting) => placePaletteForm(controller, p, meeting),
    focus: (target) => focusTarget(controller, target),
    fitBoard: () => controller.fitBoard(),
    announce: (text) => controller.announce(text),
    zoomBy: (factor) => controller.zoomBy(factor),
    keepView: () => controller.keepView(),
    getCamera: () => controller.camera,
    exportPng: (ratio) => controller.exportPng(ratio),
    noteScreenRect: (id) => noteScreenRect(controller, id),
    laneScreenRect: (id) => laneScreenRect(controller, id),
    noteBoardPosition: (id) => {
      const placed = controller.layout.noteById.get(id);
      return placed ? { x: placed.x, y: placed.y } : null;
    },
    // While the zoom picture shows, no post-it is drawn in full.
    renderedNoteCount: () => (controller.zoomPicture.rect === null ? controller.renderedCount : 0),
    selection: () => controller.props.selection,
    presenceTagRects: () =>
      (controller.presence?.tagRects() ?? []).map(({ label, rect }) => ({
        label,
        rect: controller.boardRectToClient(rect),
      })),
  };
}
