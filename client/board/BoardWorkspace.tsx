import {
  memo,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { lazyPart } from '../app/lazyPart.tsx';
import type { Lang } from '../../shared/i18n/index.ts';
import type { Check } from '../../shared/plan.ts';
import { createPlanProjector } from '../../shared/projection.ts';
import { editPath, viewPath, type BoardMeta } from '../../shared/protocol.ts';
import type { Board } from '../../shared/schema.ts';
import { rememberBoard } from '../app/device.ts';
import { BoardCanvas } from '../canvas/BoardCanvas.tsx';
import { focusBoardCanvas } from '../canvas/boardElement.ts';
import type { CanvasHandle } from '../canvas/types.ts';
import { FormPalette } from '../panels/FormPalette.tsx';
import type { SidePanelProps } from '../panels/panelParts.tsx';
import { PeoplePool } from '../panels/PeoplePool.tsx';
import { createRefusingActions } from '../sync/actions.ts';
import type { PresenceUser } from '../sync/presence.ts';
import type { BoardSession, SessionStatus } from '../sync/session.ts';
import { installTestHook } from '../testHook.ts';
import { isPhoneWidth } from './phoneWidth.ts';
import { PlanDivider, rememberedPlanSizes } from './PlanDivider.tsx';
import { ONE_SIDE_ONLY_BELOW_PX, planOpenAtStart } from './planSplit.ts';
import { Toolbar } from './Toolbar.tsx';
import { keepsOwnUndo, undoCommandForKey } from './undoKeys.ts';
import { undoOrRedo } from './undoRedo.ts';
import { useThrottledValue } from './useThrottledValue.ts';

interface BoardWorkspaceProps {
  readonly session: BoardSession;
  readonly board: Board;
  readonly status: SessionStatus;
  readonly id: string;
  readonly meta: BoardMeta | null;
  readonly user: PresenceUser;
  readonly readOnly: boolean;
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly navigate: (to: string) => void;
}

// Rare (the server closed for good, a newer version wrote the board): loaded when it shows.
const StatusBanner = lazyPart(() =>
  import('./StatusBanner.tsx').then((module) => module.StatusBanner),
);
// Loaded when the plan first opens (at start only on wide screens).
const PlanView = lazyPart(() => import('../plan/PlanView.tsx').then((module) => module.PlanView));

/** The plan is projected at most this often while the board changes (drags, remote edits). */
const PLAN_INTERVAL_MS = 200;
const refusing = createRefusingActions();
const NO_CHECKS: readonly Check[] = [];
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** The board page once the board is here: toolbar, side panels, canvas, plan. */
export function BoardWorkspace(props: BoardWorkspaceProps) {
  const { session, board, status, id, meta, lang } = props;
  const editable = !props.readOnly && session.editable;
  const actions = editable ? session.actions : null;
  const [canvas, setCanvas] = useState<CanvasHandle | null>(null);
  const [selection, setSelection] = useState<string[]>([]);
  const [planSizes] = useState(rememberedPlanSizes);
  // The plan beside the board needs a wide screen; on an editor's laptop it opens on demand.
  const [planOpen, setPlanOpen] = useState(() =>
    planOpenAtStart(window.innerWidth, props.readOnly, isPhoneWidth()),
  );
  // On a phone the panels would lie over most of the board: a newcomer saw no board at all.
  // They start closed there; the toolbar's button, in its first screenful, opens them.
  const [panelsOpen, setPanelsOpen] = useState(() => !isPhoneWidth());
  const planBoard = useThrottledValue(board, PLAN_INTERVAL_MS);
  // The first paint shows the board; the plan and its checks are projected in
  // the render right after it (issue 4: interactive within 1 s at 3,000 notes).
  const deferredPlanBoard = useDeferredValue<Board | null>(planBoard, null);
  // Re-projects only the lanes that changed since the last plan (a remote move: one or two).
  const [projectPlan] = useState(createPlanProjector);
  const plan = useMemo(
    () => (deferredPlanBoard === null ? null : projectPlan(deferredPlanBoard)),
    [deferredPlanBoard, projectPlan],
  );
  // The side panels follow in the render after the canvas: a drop shows at once,
  // the pool's "in N meetings" a moment later. When the board opens, their
  // first render too comes after the canvas's (a pool of 500 people is tens of ms).
  const panelBoard = useDeferredValue<Board | null>(board, null);

  useEffect(() => {
    if (canvas) return installTestHook(id, canvas, session.getBoard);
  }, [canvas, id, session]);
  useEffect(() => {
    rememberBoard({
      path: props.readOnly ? viewPath(id) : editPath(id),
      title: board.title,
      readOnly: props.readOnly,
    });
  }, [id, props.readOnly, board.title]);
  useEffect(() => {
    document.title = board.title ? `${board.title} – Netværkstavlen` : 'Netværkstavlen';
  }, [board.title]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = undoCommandForKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        inTextField: keepsOwnUndo(event.target instanceof Element ? event.target : null),
        isMac,
      });
      if (command === null) return;
      event.preventDefault();
      undoOrRedo(command, session, canvas, lang);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session, canvas, lang]);

  const focus = useCallback(
    (target: { kind: 'note' | 'lane'; id: string }) => {
      canvas?.focus(target);
      if (target.kind === 'note') setSelection([target.id]);
    },
    [canvas],
  );
  // On a phone the panels lie over the board (280 of 390 px): a post-it placed from a row's menu
  // was revealed under them. The strip beside them is narrower than a post-it at a readable zoom
  // on most phones, so the panels close, as a phone's menu does once used, and the board, which
  // has the new post-it selected, takes the focus (the row it was on goes with the panels).
  const boardFocusDue = useRef(false);
  const onPlaced = useCallback(
    (said: string) => {
      if (!isPhoneWidth()) return;
      // The panel's own line goes with it: the board's live region says where the post-it went.
      canvas?.announce(said);
      boardFocusDue.current = true;
      setPanelsOpen(false);
    },
    [canvas],
  );
  useEffect(() => {
    if (!boardFocusDue.current || panelsOpen) return;
    boardFocusDue.current = false;
    focusBoardCanvas();
  }, [panelsOpen]);
  // Moving the divider resizes the board: its camera stays put rather than follow the size.
  const keepView = useCallback(() => canvas?.keepView(), [canvas]);
  const links = useMemo(() => {
    const origin = location.origin;
    const viewId = meta?.viewId ?? (props.readOnly ? id : null);
    return {
      editUrl: props.readOnly ? null : `${origin}${editPath(id)}`,
      viewUrl: viewId ? `${origin}${viewPath(viewId)}` : null,
    };
  }, [meta, id, props.readOnly]);

  return (
    <div
      className={`workspace${planOpen ? ' with-plan' : ''}${panelsOpen ? ' with-panels' : ''}${props.readOnly ? ' read-only' : ''}`}
      style={planSizes}
    >
      <Toolbar
        session={session}
        user={props.user}
        board={board}
        plan={plan}
        status={status}
        editable={editable}
        readOnly={props.readOnly}
        lang={lang}
        setLang={props.setLang}
        navigate={props.navigate}
        canvas={canvas}
        links={links}
        planOpen={planOpen}
        togglePlan={() => {
          // A narrow screen shows one side at a time: the board keeps a useful width.
          if (!planOpen && window.innerWidth < ONE_SIDE_ONLY_BELOW_PX) setPanelsOpen(false);
          setPlanOpen(!planOpen);
        }}
        panelsOpen={panelsOpen}
        togglePanels={() => {
          if (!panelsOpen && window.innerWidth < ONE_SIDE_ONLY_BELOW_PX) setPlanOpen(false);
          setPanelsOpen(!panelsOpen);
        }}
      />
      {(status.newerDocument || status.closed !== null) && (
        <Suspense fallback={null}>
          <StatusBanner status={status} lang={lang} />
        </Suspense>
      )}
      {panelsOpen && (
        <aside className="side-panels">
          {panelBoard !== null && (
            <Panels
              board={panelBoard}
              lang={lang}
              readOnly={!editable}
              actions={actions}
              canvas={canvas}
              onPlaced={onPlaced}
            />
          )}
        </aside>
      )}
      <section className="canvas-area">
        <BoardCanvas
          board={board}
          readOnly={!editable}
          lang={lang}
          checks={plan?.checks ?? NO_CHECKS}
          selection={selection}
          onSelectionChange={setSelection}
          presence={session.presence}
          actions={actions ?? refusing}
          onReady={setCanvas}
          subscribeMeetingDeleted={session.subscribeMeetingDeleted}
        />
      </section>
      {planOpen && <PlanDivider lang={lang} onMove={keepView} />}
      {planOpen && (
        <aside className="plan-area" id="plan-area">
          {plan !== null && (
            <Suspense fallback={null}>
              <PlanView
                board={deferredPlanBoard ?? board}
                plan={plan}
                lang={lang}
                readOnly={!editable}
                actions={actions}
                onFocus={focus}
              />
            </Suspense>
          )}
        </aside>
      )}
    </div>
  );
}

/**
 * The participant pool over the form palette: the same board, rights and
 * canvas for both. Memoised: a selection or a drag does not re-render a pool
 * of hundreds.
 */
const Panels = memo(function Panels(props: SidePanelProps) {
  return (
    <>
      <PeoplePool {...props} />
      <FormPalette {...props} />
    </>
  );
});
