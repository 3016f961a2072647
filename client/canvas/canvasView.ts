import { PARKING_X, type Point, type Rect } from '../../shared/layout.ts';
import type { BoardLayout } from './boardGeometry.ts';
import type { Konva } from './konva.ts';
import type { PresenceRenderer } from './presenceRenderer.ts';
import type { Camera, ScreenRect } from './types.ts';
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
import { lanesVisibleHeight } from './laneHeight.ts';
import { NoteBitmaps } from './noteBitmaps.ts';
import type { PictureHeader } from './laneHeaderPicture.ts';
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
  /** While exporting: the lane headers' picture layout, loaded with the PNG export. */
  readonly picture: PictureHeader | null;
}

/** The React state the view sets; it changes when the culled area or the detail does, never per frame. */
export interface ViewHooks {
  setView(view: ViewState): void;
}

/** A wheel or pinch zoom has come to rest when no step came for this long. */
const ZOOM_REST_MS = 150;

/** Post-it text stays readable on a laptop screen down to this zoom. */
const START_MIN_ZOOM = 0.75;

/**
 * What part of the board the canvas shows: the camera, applied imperatively
 * to the stage, the culling and level-of-detail decisions, continuous zoom
 * and coordinate conversion. The editing commands build on it in
 * controller.ts (CanvasController).
 */
export class CanvasView {
  camera: Camera = { x: -PARKING_X + 24, y: 16, zoom: 1 };
  size: Size = { width: 0, height: 0 };
  stage: Konva.Stage | null = null;
  container: HTMLDivElement | null = null;
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
  protected view: ViewState;
  private readonly cameraListeners = new Set<(camera: Camera) => void>();
  /** The camera is still the start view (startCamera), not yet moved. */
  private startView = true;

  constructor(
    public layout: BoardLayout,
    protected readonly hooks: ViewHooks,
  ) {
    this.view = {
      cull: { x: 0, y: 0, width: 0, height: 0 },
      lod: false,
      exporting: false,
      picture: null,
    };
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
  protected applyCamera(camera: Camera, force = false): void {
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

  /** The lanes' drawn content height for this camera (laneHeight.ts), read as they draw. */
  readonly lanesHeight = (contentHeight: number): number =>
    lanesVisibleHeight(this.camera, this.size, contentHeight);

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
        picture: null,
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

  zoomBy = (factor: number): void => {
    const centre = { x: this.size.width / 2, y: this.size.height / 2 };
    this.setCamera(zoomAt(this.camera, centre, factor));
  };

  fitBoard = (): void => {
    this.setCamera(fitRect(this.layout.bounds, this.size, 24, 1));
  };

  // ---- the handle (canvasHandle.ts) --------------------------------------

  getCamera = (): Camera => this.camera;
}
