import {
  memo,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Check } from '../../shared/plan.ts';
import type { FormNote } from '../../shared/schema.ts';
import { BoardLayer } from './BoardLayer.tsx';
import { computeLayout } from './boardGeometry.ts';
import { BOARD_BACKGROUND } from './colors.ts';
import type { ViewState } from './canvasView.ts';
import { CanvasController, type DragView, type EditTarget } from './controller.ts';
import { DragLayer } from './DragLayer.tsx';
import { attachKeyboardInput } from './keyboardInput.ts';
import { Konva, Stage } from './konva.ts';
import { NotesLayer } from './NotesLayer.tsx';
import { attachPointerInput, type PointerInput } from './pointerInput.ts';
import { createPresenceRenderer } from './lazyPresence.ts';
import { CANVAS_STRINGS as S } from '../../shared/i18n/canvas.ts';
import { translate } from '../../shared/i18n/index.ts';
import type { BoardCanvasProps } from './types.ts';
import { lazyPart } from '../app/lazyPart.tsx';
import { useGoneNotices } from './goneNotices.ts';

// Loaded at the first double-click (issue 6: start-up JavaScript ≤ 250 kB gzip);
// the service worker keeps them on the device, so the next ones open at once.
const NoteEditor = lazyPart(() => import('./NoteEditor.tsx').then((module) => module.NoteEditor));
const LaneEditor = lazyPart(() => import('./LaneEditor.tsx').then((module) => module.LaneEditor));
// Loaded when something went from under this user: rare, so not at start (issue 6).
const MeetingDeletedNotice = lazyPart(() =>
  import('./MeetingDeletedNotice.tsx').then((module) => module.MeetingDeletedNotice),
);

/** Where the notice stands; it looks like the tap hint (`.board-bubble`). */
const noticeStyle = {
  top: 12,
  left: '50%',
  transform: 'translateX(-50%)',
  zIndex: 25,
  maxWidth: 'min(460px, calc(100% - 24px))',
  fontSize: 14,
} as const;

const EMPTY: ReadonlySet<string> = new Set();

/** A lane's ⚠ badge counts what needs fixing, as a post-it's does; hints (info) stay in its tooltip. */
export function checkCountsByMeeting(checks: readonly Check[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const check of checks) {
    if (check.meetingId && !check.noteId && check.severity !== 'info')
      counts.set(check.meetingId, (counts.get(check.meetingId) ?? 0) + 1);
  }
  return counts;
}

/**
 * The board canvas (issue 4). Two layers (canvases): the board, with the
 * static lanes, headers and parking under the notes (culled to the viewport,
 * plain rectangles when zoomed out), and the drag layer, which also holds
 * presence (cursors, remote drags). Nothing listens
 * on the canvas: input is hit tested against the layout (hitTest.ts), and the
 * camera is moved imperatively (controller.ts). Memoised: a change of the
 * page around it (the connection, the undo buttons) does not render it.
 */
export const BoardCanvas = memo(function BoardCanvas(props: BoardCanvasProps) {
  const [view, setView] = useState<ViewState>({
    cull: { x: 0, y: 0, width: 0, height: 0 },
    lod: false,
    exporting: false,
    picture: null,
  });
  const [drag, setDrag] = useState<DragView | null>(null);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const controllerRef = useRef<CanvasController | null>(null);
  controllerRef.current ??= new CanvasController(props, { setView, setDrag, setEditing });
  const controller = controllerRef.current;
  const stageRef = useRef<Konva.Stage>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const presenceGroupRef = useRef<Konva.Group | null>(null);
  const mountPresenceRef = useRef<(() => void) | null>(null);
  const pointerInputRef = useRef<PointerInput | null>(null);

  const { board, lang, checks } = props;
  const layout = useMemo(() => computeLayout(board), [board]);
  const people = useMemo(() => new Map(board.people.map((p) => [p.id, p])), [board.people]);
  const selection = useMemo(() => new Set(props.selection), [props.selection]);
  // The red badge is for what needs fixing; hints (info) stay in the checks list.
  const warnings = useMemo(
    () => new Set(checks.flatMap((c) => (c.noteId && c.severity !== 'info' ? [c.noteId] : []))),
    [checks],
  );
  const checkCounts = useMemo(() => checkCountsByMeeting(checks), [checks]);
  const hidden = useMemo(() => (drag && !drag.copy ? new Set(drag.ids) : EMPTY), [drag]);
  // Handlers read the latest props and layout through the controller.
  controller.update(props, layout, people);

  useLayoutEffect(() => {
    const container = containerRef.current;
    const stage = stageRef.current;
    const presenceGroup = presenceGroupRef.current;
    if (!container || !stage || !presenceGroup) return;
    controller.container = container;
    controller.stage = stage;
    let unmounted = false;
    let mounting = false;
    // Made when another user first shows up (lazyPresence.ts); the draw effect asks for it.
    mountPresenceRef.current = () => {
      if (mounting || unmounted) return;
      mounting = true;
      createPresenceRenderer(presenceGroup, () => ({
        layout: controller.layout,
        people: controller.people,
        palette: controller.props.board.palette,
        lang: controller.props.lang,
      })).then(
        (renderer) => {
          if (unmounted) return renderer.destroy();
          renderer.setZoom(controller.camera.zoom);
          controller.presence = renderer;
          renderer.update(controller.props.presence.getRemote());
        },
        () => (mounting = false),
      );
    };
    // No React state: the stage is sized by the controller (a divider drag, each frame).
    const resize = () =>
      controller.setSize({ width: container.clientWidth, height: container.clientHeight });
    resize();
    const observer = new ResizeObserver(resize);
    observer.observe(container);
    const pointerInput = attachPointerInput(controller, container);
    pointerInputRef.current = pointerInput;
    const detachKeys = attachKeyboardInput(controller);
    return () => {
      observer.disconnect();
      pointerInput.detach();
      pointerInputRef.current = null;
      detachKeys();
      controller.restZoom();
      controller.noteBitmaps.dispose();
      unmounted = true;
      mountPresenceRef.current = null;
      controller.presence?.destroy();
      controller.presence = null;
      controller.stage = null;
      controller.container = null;
    };
  }, [controller]);

  // The board now shows the new snapshot: what waited for it (a keyboard move) runs.
  useLayoutEffect(() => {
    const run = controller.afterRender;
    controller.afterRender = null;
    run?.();
  }, [controller, layout]);

  const { onReady, presence } = props;
  useEffect(() => {
    onReady?.(controller.handle());
    return () => onReady?.(null);
  }, [controller, onReady]);

  // Remote presence: at most one imperative update per animation frame, no React render.
  useEffect(() => {
    let frame = 0;
    const draw = () => {
      frame = 0;
      const remotes = presence.getRemote();
      if (controller.presence) controller.presence.update(remotes);
      else if (remotes.length > 0) mountPresenceRef.current?.();
    };
    const unsubscribe = presence.subscribe(() => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    });
    draw();
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
      presence.setLocal({ cursor: null, dragging: null, editing: null });
    };
  }, [controller, presence]);
  useEffect(() => {
    controller.presence?.refresh(presence.getRemote());
  }, [controller, presence, layout, lang]);
  // The tooltip under a resting mouse says its checks in the page's language.
  useEffect(() => {
    pointerInputRef.current?.refreshHover();
  }, [lang, checks]);

  const editedNote = editing?.kind === 'note' ? layout.noteById.get(editing.id) : undefined;
  const editedLane = editing?.kind === 'lane' ? layout.laneById.get(editing.id) : undefined;
  const laneForms = useMemo(
    () =>
      editedNote
        ? layout.notes
            .map((p) => p.note)
            .filter((n): n is FormNote => n.kind === 'form' && n.lane === editedNote.lane)
        : [],
    [layout, editedNote],
  );
  // The note or lane went away (deleted by someone): close its editor.
  // (A just-created note may not be in the snapshot yet: close only once it had been there.)
  // Saying so: what was typed in it is gone, and it should not look like a glitch.
  const editedSeen = useRef(false);
  const gone = useGoneNotices(props.subscribeMeetingDeleted);
  const { setVanished } = gone;
  useEffect(() => {
    if (!editing) editedSeen.current = false;
    else if (editedNote || editedLane) editedSeen.current = true;
    else if (editedSeen.current) {
      setVanished(editing);
      controller.openEditor(null);
    }
  }, [controller, editing, editedNote, editedLane, setVanished]);
  useEffect(() => {
    if (props.readOnly && editing) controller.openEditor(null);
  }, [controller, props.readOnly, editing]);

  const announce = useCallback((text: string) => controller.announce(text), [controller]);

  const close = () => controller.openEditor(null);
  // The picture of the board shows the board, not this screen's selection nor its check badges.
  const styleProps = view.exporting
    ? { selection: EMPTY, warnings: EMPTY, people, lang }
    : { selection, warnings, people, lang };
  return (
    <div
      style={{
        position: 'relative',
        width: '100%',
        height: '100%',
        overflow: 'hidden',
        background: BOARD_BACKGROUND,
      }}
    >
      <div
        ref={containerRef}
        tabIndex={0}
        role="application"
        aria-label={translate(props.readOnly ? S.boardLabelReadOnly : S.boardLabel, lang)}
        data-testid="board-canvas"
        className="board-canvas"
        // No browser menu on the board: a long press, a pen's barrel button or a right click
        // would offer to save the canvas as an image (and on a touch screen cancel the press).
        onContextMenu={(event) => event.preventDefault()}
        style={{
          position: 'absolute',
          inset: 0,
          touchAction: 'none',
          userSelect: 'none',
        }}
      >
        {/* Sized by controller.setSize; these props never change, so a render leaves it. */}
        <Stage ref={stageRef} width={1} height={1} listening={false}>
          <NotesLayer
            board={
              <BoardLayer
                layout={layout}
                checkCounts={checkCounts}
                // The picture of the board has no buttons to press, nor the screen's hints and badges.
                readOnly={props.readOnly || view.exporting}
                picture={view.picture}
                lang={lang}
                lanesHeight={controller.lanesHeight}
              />
            }
            layout={layout}
            cull={view.cull}
            lod={view.lod}
            allAtOnce={view.exporting}
            hidden={hidden}
            {...styleProps}
            getViewRect={controller.viewRect}
            onRendered={controller.setRendered}
            zoomPicture={controller.zoomPicture}
            bitmaps={controller.noteBitmaps}
            layerRef={controller.setNotesLayer}
            detailRef={controller.setNotesDetail}
          />
          <DragLayer
            layout={layout}
            drag={drag}
            lod={view.lod}
            {...styleProps}
            dragGroupRef={(group) => {
              controller.dragGroup = group;
            }}
            overlayGroupRef={(group) => {
              controller.overlayGroup = group;
            }}
            presenceGroupRef={(group) => {
              presenceGroupRef.current = group;
            }}
          />
        </Stage>
      </div>
      {/* Filled imperatively by the keyboard (keyboardInput.ts): no render per selection. */}
      <div
        ref={(element) => {
          controller.liveRegion = element;
        }}
        aria-live="polite"
        className="visually-hidden"
      />
      {/* One bubble: the edited post-it or meeting gone, the meetings someone else deleted. */}
      {gone.showing ? (
        <Suspense fallback={null}>
          <MeetingDeletedNotice
            meetings={gone.meetings}
            vanished={gone.vanished}
            onDismiss={gone.dismiss}
            lang={lang}
            announce={announce}
            style={noticeStyle}
          />
        </Suspense>
      ) : null}
      <Suspense fallback={null}>
        {editedNote && !props.readOnly ? (
          <NoteEditor
            key={editedNote.note.id}
            controller={controller}
            placed={editedNote}
            person={
              editedNote.note.kind === 'participant'
                ? people.get(editedNote.note.person)
                : undefined
            }
            laneForms={laneForms}
            lang={lang}
            fresh={editing?.kind === 'note' && editing.fresh === true}
            onClose={close}
          />
        ) : null}
        {editedLane && !props.readOnly ? (
          <LaneEditor
            key={editedLane.id}
            controller={controller}
            lane={editedLane}
            lang={lang}
            onClose={close}
          />
        ) : null}
      </Suspense>
    </div>
  );
});
