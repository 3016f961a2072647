import { flushSync } from 'react-dom';
import type { Point, Rect } from '../../shared/layout.ts';
import type { Person } from '../../shared/schema.ts';
import { CANVAS_STRINGS } from '../../shared/i18n/canvas.ts';
import { holdOwnRendersUntilNextFrame, renderInNextFrame } from '../app/nextFrame.ts';
import { computeLayout, withStacks, type BoardLayout } from './boardGeometry.ts';
import { CanvasView, type ViewState } from './canvasView.ts';
import { createCanvasHandle } from './canvasHandle.ts';
import { announceIn, told } from './keyboardInput.ts';
import {
  planCopyDrop,
  planDrop,
  planDuplicate,
  planNewNote,
  stackJoinRect,
  writeDrop,
} from './dropPlacement.ts';
import { BOARD_BACKGROUND } from './colors.ts';
import { TRANSIENT_LAYER, type Konva } from './konva.ts';
import type { BoardCanvasProps, CanvasHandle } from './types.ts';
import { scrollIntoView } from './viewport.ts';

export interface DragView {
  readonly ids: readonly string[];
  readonly copy: boolean;
}
export type EditTarget = {
  readonly kind: 'note' | 'lane';
  readonly id: string;
  /** A note just made to be written in: left empty, it goes again. */
  readonly fresh?: boolean;
};

/** The few React states the canvas has; they change per gesture, never per pointer move. */
export interface ControllerHooks {
  setView(view: ViewState): void;
  setDrag(drag: DragView | null): void;
  setEditing(target: EditTarget | null): void;
}

/**
 * The imperative heart of the canvas: the editing commands, on the camera,
 * culling and coordinate conversion of CanvasView (canvasView.ts). React
 * renders what changes per gesture; this moves what changes per frame. The
 * app-facing CanvasHandle (client-coordinate hit tests, drops, focus,
 * test-hook rects) is built from it in canvasHandle.ts.
 */

export class CanvasController extends CanvasView {
  people: ReadonlyMap<string, Person> = new Map();
  dragGroup: Konva.Group | null = null;
  overlayGroup: Konva.Group | null = null;
  editing: EditTarget | null = null;
  /** The open editor's save, registered by EditorFrame. */
  editorSave: (() => void) | null = null;
  /** Set by the open editor: Escape pressed outside it (focus on the page) cancels it. */
  editorCancel: (() => void) | null = null;
  dragging: DragView | null = null;
  /** The polite live region (BoardCanvas) that tells a screen reader what the keyboard did. */
  liveRegion: HTMLElement | null = null;
  /** Runs once the board shows its next snapshot: a keyboard move's settling, a new lane's focus. */
  afterRender: (() => void) | null = null;

  /** CanvasView's hooks, which here set the drag and the open editor too. */
  declare protected readonly hooks: ControllerHooks;

  constructor(
    public props: BoardCanvasProps,
    hooks: ControllerHooks,
  ) {
    super(computeLayout(props.board), hooks);
  }

  get readOnly(): boolean {
    return this.props.readOnly;
  }

  update(props: BoardCanvasProps, layout: BoardLayout, people: ReadonlyMap<string, Person>): void {
    this.props = props;
    this.layout = layout;
    this.people = people;
  }

  // ---- commands ----------------------------------------------------------

  select(ids: string[]): void {
    this.props.onSelectionChange(ids);
    this.props.presence.setLocal({ selection: ids });
  }

  openEditor(target: EditTarget | null): void {
    if (target && this.readOnly) return;
    this.restZoom();
    this.editing = target;
    this.hooks.setEditing(target);
    this.props.presence.setLocal({ editing: target?.kind === 'note' ? target.id : null });
  }

  /**
   * Saves and closes the open editor, as a press elsewhere on the board does
   * (on a tablet, tapping away is how typing ends; the plan's table saves a
   * field when it is left, too). False when it stays open: a field is invalid.
   */
  finishEditing(): boolean {
    if (this.editing === null) return true;
    if (this.editorSave) this.editorSave();
    else this.openEditor(null);
    if (this.editing === null) return true;
    // The press would take the focus from the editor (Enter and Escape with
    // it): give it back to the field that is wrong, once the press is done.
    setTimeout(() =>
      document.querySelector<HTMLElement>('form[data-board-editor] [aria-invalid="true"]')?.focus(),
    );
    return false;
  }

  setDrag(drag: DragView | null): void {
    if (drag) this.restZoom();
    this.dragging = drag;
    if (drag) this.dragGroup?.position({ x: 0, y: 0 });
    this.hooks.setDrag(drag);
  }

  /** The drop of dragged notes: one write (moves, attachments or copies), settled into free places. */
  dropNotes(ids: readonly string[], dx: number, dy: number, at: Point, copy: boolean): void {
    const { actions } = this.props;
    if (copy) {
      const result = actions.duplicateNotes(planCopyDrop(this.layout, ids, dx, dy, at));
      if (result.ok) this.select(result.value);
      this.props.presence.setLocal({ dragging: null });
      this.setDrag(null);
      return;
    }
    const plan = planDrop(this.layout, ids, dx, dy, at);
    const joined = plan.attach
      ? stackJoinRect(this.layout, plan.attach.formId, plan.attach.participantIds)
      : null;
    // The write now, its render in the next frame (nextFrame.ts), where the
    // drag layer, showing the post-its where they were let go until then, clears.
    holdOwnRendersUntilNextFrame();
    // Moves and attachments of one drop: one transaction, one undo step.
    actions.together('moveNotes', () => writeDrop(actions, plan));
    this.revealDropped(joined);
    this.props.presence.setLocal({ dragging: null });
    this.dragging = null;
    renderInNextFrame(() => {
      // Unless a new drag began in between.
      if (this.dragging === null) this.hooks.setDrag(null);
    });
  }

  /**
   * A drop onto a form's stack puts the participants at its end, maybe out of
   * sight: the board moves just enough to show where they went (the zoom stays).
   */
  revealDropped(rect: Rect | null): void {
    if (rect === null) return;
    const camera = scrollIntoView(this.camera, rect, this.size);
    if (camera !== this.camera) this.setCamera(camera);
  }

  /** Whether post-its were deleted. */
  deleteSelection(): boolean {
    const ids = this.props.selection.filter((id) => this.layout.noteById.has(id));
    if (this.readOnly || ids.length === 0) return false;
    const deleted = this.props.actions.deleteNotes(ids).ok;
    this.select([]);
    return deleted;
  }

  /** The copies' ids, or null when nothing was copied. */
  duplicateSelection(): string[] | null {
    // As Alt+drag does: a form is copied with its stack.
    const ids = withStacks(this.layout, this.props.selection);
    if (this.readOnly || ids.length === 0) return null;
    const result = this.props.actions.duplicateNotes(planDuplicate(this.layout, ids));
    if (!result.ok) return null;
    this.select(result.value);
    return result.value;
  }

  /**
   * What a screen reader is told when the post-its `ids` are deleted, as the Delete
   * key tells it (keyboardInput.ts): for the note editor, which loads on first use and
   * so does not import that module (it would leave the board page's chunk for its own).
   */
  deletedText(ids: readonly string[]): string {
    return told(this, ids, CANVAS_STRINGS.deleted);
  }

  /** Tells a screen reader `text` (the board's polite live region). */
  announce(text: string): void {
    announceIn(this.liveRegion, text);
  }

  /** Double-click on empty lane or parking space: a new idea note there, editor open. */
  createIdeaAt(board: Point): void {
    if (this.readOnly) return;
    const spot = planNewNote(this.layout, board);
    const result = this.props.actions.addNote({ kind: 'idea', text: '', ...spot });
    if (result.ok) {
      this.select([result.value]);
      this.openEditor({ kind: 'note', id: result.value, fresh: true });
    }
  }

  /** Renders everything in detail, off the viewport's limits, and restores the view afterwards. */
  async exportPng(pixelRatio: number): Promise<Blob> {
    const stage = this.stage;
    if (!stage) throw new Error('canvas not mounted');
    this.restZoom();
    const saved = { camera: this.camera, view: this.view };
    // Loaded when a PNG is first asked for (issue 6: start-up JavaScript).
    const [{ exportBoardPng }, { PICTURE_HEADER }] = await Promise.all([
      import('./exportPng.ts'),
      import('./laneHeaderPicture.ts'),
    ]);
    this.view = {
      ...this.view,
      lod: false,
      exporting: true,
      picture: PICTURE_HEADER,
      cull: this.layout.bounds,
    };
    // Rendered and committed now, the Konva tree with it (react-konva commits its tree in the
    // Stage's layout effect): waiting frames for it raced the render on a busy machine (CI).
    flushSync(() => this.hooks.setView(this.view));
    try {
      return await exportBoardPng(stage, this.layout.bounds, pixelRatio, this.props.board.title, {
        background: BOARD_BACKGROUND,
        transientLayer: TRANSIENT_LAYER,
      });
    } finally {
      this.view = saved.view;
      this.hooks.setView(saved.view);
      this.applyCamera(saved.camera, true);
    }
  }

  /** The app-facing API; built in canvasHandle.ts, which holds the client-coordinate helpers. */
  handle(): CanvasHandle {
    return createCanvasHandle(this);
  }
}
