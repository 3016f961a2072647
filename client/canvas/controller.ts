import { PARKING_X, type Point, type Rect } from '../../shared/layout.ts';
import type { Person } from '../../shared/schema.ts';
import { CANVAS_STRINGS } from '../../shared/i18n/canvas.ts';
import { holdOwnRendersUntilNextFrame, renderInNextFrame } from '../app/nextFrame.ts';
import { computeLayout, withStacks, type BoardLayout } from './boardGeometry.ts';
import { createCanvasHandle } from './canvasHandle.ts';
import { announceIn, told } from './keyboardInput.ts';
import { planCopyDrop, planDrop, planDuplicate, planNewNote, writeDrop } from './dropPlacement.ts';
import { BOARD_BACKGROUND } from './colors.ts';
import { TRANSIENT_LAYER, type Konva } from './konva.ts';
import type { PresenceRenderer } from './presenceRenderer.ts';
import type { BoardCanvasProps, Camera, CanvasHandle, ScreenRect } from './types.ts';
import {
  boardRectToScreen,
  fitRect,
  rectContains,
  screenToBoard,
  startCamera,
  visibleBoardRect,
  zoomAt,
  type Size,
} from './viewport.ts';
import { NoteBitmaps } from './noteBitmaps.ts';
import { ZoomPicture } from './zoomPicture.ts';

/** Below this zoom notes are drawn as plain coloured rectangles (level of detail). */
export const LOD_ZOOM = 0.45;
/** Notes within this many screen pixels outside the viewport are rendered too, so short pans cost nothing. */
const CULL_MARGIN_PX = 400;

export interface ViewState {
  readonly cull: Rect;
  readonly lod: boolean;
  /** While exporting: everything in detail. */
  readonly exporting: boolean;
}
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

/** A wheel or pinch zoom has come to rest when no step came for this long. */
const ZOOM_REST_MS = 150;

/** Post-it text stays readable on a laptop screen down to this zoom. */
const START_MIN_ZOOM = 0.75;

/**
 * The imperative heart of the canvas: camera, culling decisions, coordinate
 * conversion and the editing commands. React renders what changes per
 * gesture; this moves what changes per frame. The app-facing CanvasHandle
 * (client-coordinate hit tests, drops, focus, test-hook rects) is built from
 * it in canvasHandle.ts.
 */

export class CanvasController {
  camera: Camera = { x: -PARKING_X + 24, y: 16, zoom: 1 };
  size: Size = { width: 0, height: 0 };
  layout: BoardLayout;
  people: ReadonlyMap<string, Person> = new Map();
  stage: Konva.Stage | null = null;
  container: HTMLDivElement | null = null;
  dragGroup: Konva.Group | null = null;
  overlayGroup: Konva.Group | null = null;
  presence: PresenceRenderer | null = null;
  /** What the notes layer shows while a zoom moves (zoomPicture.ts). */
  readonly zoomPicture = new ZoomPicture();
  /** Bitmaps of the notes layer's post-its (noteBitmaps.ts). */
  readonly noteBitmaps = new NoteBitmaps();
  private notesLayer: Konva.Layer | null = null;
  private notesDetail: Konva.Group | null = null;
  /** Set while a wheel or pinch zoom moves: the view (cull, detail) waits for it to rest. */
  private zoomRest: ReturnType<typeof setTimeout> | null = null;
  renderedCount = 0;
  editing: EditTarget | null = null;
  /** The open editor's save, registered by EditorFrame. */
  editorSave: (() => void) | null = null;
  /** Set by the open editor: Escape pressed outside it (focus on the page) cancels it. */
  editorCancel: (() => void) | null = null;
  dragging: DragView | null = null;
  /** The polite live region (BoardCanvas) that tells a screen reader what the keyboard did. */
  liveRegion: HTMLElement | null = null;
  /** Runs once the board shows its next snapshot: a keyboard move, where its notes settled. */
  afterRender: (() => void) | null = null;
  private view: ViewState;
  private readonly cameraListeners = new Set<(camera: Camera) => void>();
  /** The camera is still the start view (startCamera), not yet moved. */
  private startView = true;

  constructor(
    public props: BoardCanvasProps,
    private readonly hooks: ControllerHooks,
  ) {
    this.layout = computeLayout(props.board);
    this.view = { cull: { x: 0, y: 0, width: 0, height: 0 }, lod: false, exporting: false };
  }

  get readOnly(): boolean {
    return this.props.readOnly;
  }

  update(props: BoardCanvasProps, layout: BoardLayout, people: ReadonlyMap<string, Person>): void {
    this.props = props;
    this.layout = layout;
    this.people = people;
  }

  /**
   * The container's new size, applied to the stage imperatively: a drag of the
   * plan's divider resizes the canvas every frame without a React render (the
   * view, and so the post-its in detail, changes only when the culled area no
   * longer covers the screen).
   */
  setSize(size: Size): void {
    this.size = size;
    this.stage?.size(size);
    // Until the user moves it, the start view follows the canvas's size: opening the
    // plan (which closes the side panels below 1280 px) keeps the first meetings whole.
    this.applyCamera(
      this.startView && size.width > 0
        ? startCamera(this.layout.bounds, size, START_MIN_ZOOM)
        : this.camera,
    );
  }

  /** The start view no longer follows the size: the board stays under the same place. */
  keepView(): void {
    this.startView = false;
  }

  onCamera(listener: (camera: Camera) => void): () => void {
    this.cameraListeners.add(listener);
    return () => this.cameraListeners.delete(listener);
  }

  /** A camera the user (or a focus, a reveal) chose: the start view no longer follows the size. */
  setCamera(camera: Camera, force = false): void {
    this.startView = false;
    this.applyCamera(camera, force);
  }

  /** Applied imperatively to the stage: no React render per frame. */
  private applyCamera(camera: Camera, force = false): void {
    const zoomChanged = camera.zoom !== this.camera.zoom;
    this.camera = camera;
    const stage = this.stage;
    if (stage) {
      // On whole device pixels: a post-it then keeps its sub-pixel phase while
      // the board pans and can be drawn from its bitmap (noteBitmaps.ts). The
      // camera itself stays exact; the two differ by under half a pixel.
      const ratio = this.notesLayer?.getCanvas().getPixelRatio() ?? (window.devicePixelRatio || 1);
      stage.position({
        x: Math.round(camera.x * ratio) / ratio,
        y: Math.round(camera.y * ratio) / ratio,
      });
      stage.scale({ x: camera.zoom, y: camera.zoom });
      stage.batchDraw();
    }
    if (zoomChanged || force) this.presence?.setZoom(camera.zoom);
    this.updateView(force);
    for (const listener of this.cameraListeners) listener(camera);
  }

  viewRect = (): Rect => visibleBoardRect(this.camera, this.size, 0);

  readonly setNotesLayer = (layer: Konva.Layer | null): void => {
    this.notesLayer = layer;
  };

  readonly setNotesDetail = (group: Konva.Group | null): void => {
    this.notesDetail = group;
  };

  /**
   * One step of a continuous zoom (wheel, trackpad or touch pinch). The first
   * step swaps the full post-its for a picture of them; once the steps pause
   * (ZOOM_REST_MS), restZoom draws them in full at the new scale.
   */
  zoomStep(camera: Camera): void {
    if (this.zoomRest === null) this.startZoomPicture();
    else clearTimeout(this.zoomRest);
    this.zoomRest = setTimeout(this.restZoom, ZOOM_REST_MS);
    this.setCamera(camera);
  }

  private startZoomPicture(): void {
    const layer = this.notesLayer;
    const detail = this.notesDetail;
    // Zoomed out, the notes are plain rectangles anyway, cheap at any scale.
    if (this.view.lod || this.view.exporting || layer === null || detail === null) return;
    this.zoomPicture.take(layer.getNativeCanvasElement(), this.viewRect());
    if (this.zoomPicture.rect !== null) detail.visible(false);
  }

  /** Ends a continuous zoom: full post-its again, culled and detailed for the new camera. */
  readonly restZoom = (): void => {
    if (this.zoomRest === null) return;
    clearTimeout(this.zoomRest);
    this.zoomRest = null;
    this.zoomPicture.clear();
    this.notesDetail?.visible(true);
    this.updateView(false);
    this.stage?.batchDraw();
  };

  private updateView(force: boolean): void {
    if (this.view.exporting || this.zoomRest !== null) return;
    const lod = this.camera.zoom < LOD_ZOOM;
    const visible = this.viewRect();
    const cull = this.view.cull;
    const tooLoose = cull.width * cull.height > 16 * visible.width * visible.height;
    if (force || lod !== this.view.lod || (!lod && (!rectContains(cull, visible) || tooLoose))) {
      this.view = {
        lod,
        exporting: false,
        cull: visibleBoardRect(this.camera, this.size, CULL_MARGIN_PX),
      };
      this.hooks.setView(this.view);
    }
  }

  setRendered = (count: number): void => {
    this.renderedCount = count;
  };

  // ---- coordinates -------------------------------------------------------

  /** Client (page viewport) point → container-local screen point. */
  clientToLocal(clientX: number, clientY: number): Point {
    const box = this.container?.getBoundingClientRect();
    return { x: clientX - (box?.left ?? 0), y: clientY - (box?.top ?? 0) };
  }

  clientToBoard(clientX: number, clientY: number): Point {
    return screenToBoard(this.camera, this.clientToLocal(clientX, clientY));
  }

  boardRectToClient(rect: Rect): ScreenRect {
    const box = this.container?.getBoundingClientRect();
    const screen = boardRectToScreen(this.camera, rect);
    return { ...screen, x: screen.x + (box?.left ?? 0), y: screen.y + (box?.top ?? 0) };
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
    // The write now, its render in the next frame (nextFrame.ts), where the
    // drag layer, showing the post-its where they were let go until then, clears.
    holdOwnRendersUntilNextFrame();
    // Moves and attachments of one drop: one transaction, one undo step.
    actions.together('moveNotes', () => writeDrop(actions, plan));
    this.props.presence.setLocal({ dragging: null });
    this.dragging = null;
    renderInNextFrame(() => {
      // Unless a new drag began in between.
      if (this.dragging === null) this.hooks.setDrag(null);
    });
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

  zoomBy = (factor: number): void => {
    const centre = { x: this.size.width / 2, y: this.size.height / 2 };
    this.setCamera(zoomAt(this.camera, centre, factor));
  };

  fitBoard = (): void => {
    this.setCamera(fitRect(this.layout.bounds, this.size, 24, 1));
  };

  // ---- the handle (canvasHandle.ts) --------------------------------------

  getCamera = (): Camera => this.camera;

  /** Renders everything in detail, off the viewport's limits, and restores the view afterwards. */
  async exportPng(pixelRatio: number): Promise<Blob> {
    const stage = this.stage;
    if (!stage) throw new Error('canvas not mounted');
    this.restZoom();
    const saved = { camera: this.camera, view: this.view };
    this.view = { ...this.view, lod: false, exporting: true, cull: this.layout.bounds };
    this.hooks.setView(this.view);
    try {
      // Loaded when a PNG is first asked for (issue 6: start-up JavaScript).
      const { exportBoardPng } = await import('./exportPng.ts');
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
