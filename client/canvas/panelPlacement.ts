import { noteRect, type Rect } from '../../shared/layout.ts';
import type { AddNoteInput, OpError } from '../../shared/ops/index.ts';
import { err, type Result } from '../../shared/result.ts';
import type { PaletteForm } from '../../shared/schema.ts';
import type { CanvasController } from './controller.ts';
import { planFreeSpot } from './dropPlacement.ts';
import { columnAtX } from './boardGeometry.ts';
import { centerBelowTop, rectContains, screenToBoard, visibleBoardRect } from './viewport.ts';

/**
 * Notes made from a side panel's row menu ("Sæt på møde"): the way to do what
 * dragging the row does for the keyboard, a screen reader and a tap. The note
 * goes to the first free place of the chosen meeting (or the parking area) in
 * one operation, one undo step, and is selected and brought into view, as a
 * dropped note is where it was dropped.
 */

/** The new note's id, or why there is none. */
export type PlaceResult = Result<string, OpError>;

/** The form note a palette entry becomes (dropped or placed). */
export function paletteFormNote(entry: PaletteForm) {
  return {
    kind: 'form' as const,
    name: entry.name,
    durationMinutes: entry.durationMinutes,
    description: entry.description,
  };
}

export function placePerson(
  controller: CanvasController,
  personId: string,
  meetingId: string | null,
): PlaceResult {
  return placeNote(controller, meetingId, (place) => ({
    kind: 'participant',
    person: personId,
    ...place,
  }));
}

export function placePaletteForm(
  controller: CanvasController,
  paletteFormId: string,
  meetingId: string | null,
): PlaceResult {
  const entry = controller.props.board.palette.find((p) => p.id === paletteFormId);
  if (!entry)
    return err({ code: 'not-found', detail: `palette form ${paletteFormId} does not exist` });
  return placeNote(controller, meetingId, (place) => ({ ...paletteFormNote(entry), ...place }));
}

/**
 * N on the board: a new post-it, editor open, at the first free place of the
 * selected post-it's meeting, else of the meeting (or parking area) in the
 * middle of the view. As a double-click's new post-it, Escape or saving it
 * empty takes it back.
 */
export function newNoteByKey(controller: CanvasController): void {
  const { layout, camera, size } = controller;
  const selected = layout.noteById.get(controller.props.selection[0] ?? '');
  const column = selected
    ? selected.lane
    : columnAtX(layout, screenToBoard(camera, { x: size.width / 2, y: size.height / 2 }).x);
  const result = placeNote(controller, column, (place) => ({ kind: 'idea', text: '', ...place }));
  if (result.ok) controller.openEditor({ kind: 'note', id: result.value, fresh: true });
}

function placeNote(
  controller: CanvasController,
  meetingId: string | null,
  note: (place: { lane: string | null; x: number; y: number }) => AddNoteInput,
): PlaceResult {
  if (controller.readOnly)
    return err({ code: 'invalid-input', detail: 'This board is open read-only' });
  const { layout } = controller;
  // Deleted by someone else while the menu was open.
  if (meetingId !== null && !layout.laneById.has(meetingId)) {
    return err({ code: 'not-found', detail: `meeting ${meetingId} does not exist` });
  }
  const { place, board } = planFreeSpot(layout, meetingId);
  const result = controller.props.actions.addNote(note(place));
  if (!result.ok) return result;
  controller.select([result.value]);
  // From where it will stand: the layout has the note only once the board re-renders.
  reveal(controller, noteRect(board));
  return result;
}

/**
 * Leaves the camera alone when the rect shows whole (placing several notes one
 * after another should not jump the board about); otherwise centres it at a
 * readable zoom, as focusing a note from the plan does.
 */
export function reveal(controller: CanvasController, rect: Rect): void {
  const { camera, size } = controller;
  if (rectContains(visibleBoardRect(camera, size), rect)) return;
  const zoom = Math.max(camera.zoom, 0.8);
  controller.setCamera(centerBelowTop({ ...camera, zoom }, rect, size));
}
