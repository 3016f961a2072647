import {
  Suspense,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { formatLongDate } from '../../shared/dates.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { PLAN_UI_STRINGS as S } from '../../shared/i18n/plan-ui.ts';
import { translate, type Localized } from '../../shared/i18n/translate.ts';
import type { Plan } from '../../shared/plan.ts';
import type { Board } from '../../shared/schema.ts';
import type { BoardActions } from '../sync/actions.ts';
import { ChecksPanel } from './ChecksPanel.tsx';
import { worstSeverity } from './checkSeverity.ts';
import { formsByLane, type FormsByLane } from './formOptions.ts';
import { PlanTable } from './PlanTable.tsx';
import type { PlanFocusTarget } from './types.ts';
import { PlanDrafts, PlanDraftsContext } from './planDrafts.ts';
import {
  ScrollViewport,
  ScrollViewportContext,
  WINDOW_SCROLL_PROPS,
} from '../app/scrollViewport.ts';
import { lazyPart } from '../app/lazyPart.tsx';
import './plan.css';

/** Read less often than the plan itself: loaded when its tab is first opened (start-up JavaScript, issue 6). */
const Overview = lazyPart(() => import('./Overview.tsx').then((module) => module.Overview));

export const PLAN_TABS = ['plan', 'overview', 'checks'] as const;
export type PlanTab = (typeof PLAN_TABS)[number];

const TAB_LABELS: Readonly<Record<PlanTab, Localized>> = {
  plan: S.tabPlan,
  overview: S.tabOverview,
  checks: S.tabChecks,
};

export interface PlanViewProps {
  readonly board: Board;
  readonly plan: Plan;
  readonly lang: Lang;
  readonly readOnly: boolean;
  readonly actions: BoardActions | null;
  /** Select the note or lane on the board and bring it into view. */
  onFocus(target: PlanFocusTarget): void;
  /** The shown tab, when the page controls it (e.g. the toolbar's check badge opens "Tjek"). */
  readonly tab?: PlanTab;
  onTabChange?(tab: PlanTab): void;
}

/**
 * A callback with a stable identity that always calls the latest `callback`,
 * so the memoized table blocks are not re-rendered because the page passed a
 * new arrow function.
 */
function useStableCallback<A extends unknown[]>(callback: (...args: A) => void) {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

/** The plan side of the board page (issue 5): the table, the overview and the checks. */
export function PlanView(props: PlanViewProps) {
  const { board, plan, lang } = props;
  const [ownTab, setOwnTab] = useState<PlanTab>('plan');
  const tab = props.tab ?? ownTab;
  const onFocus = useStableCallback(props.onFocus);
  const baseId = useId();
  // The tab panel is the plan's scroll container; the long tables render the rows near its view.
  const [viewport] = useState(() => new ScrollViewport());
  const [drafts] = useState(() => new PlanDrafts());

  // Keep each lane's form list identity while its forms are unchanged (see formsByLane).
  const previousForms = useRef<FormsByLane>(new Map());
  const { notes, meetings } = board;
  const forms = useMemo(
    () => formsByLane({ notes, meetings }, previousForms.current),
    [notes, meetings],
  );
  useLayoutEffect(() => {
    previousForms.current = forms;
  }, [forms]);

  const choose = (next: PlanTab) => {
    setOwnTab(next);
    props.onTabChange?.(next);
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = PLAN_TABS.indexOf(tab);
    const next = PLAN_TABS[(index + step + PLAN_TABS.length) % PLAN_TABS.length] ?? 'plan';
    choose(next);
    document.getElementById(`${baseId}-tab-${next}`)?.focus();
  };

  const worst = worstSeverity(plan.checks);
  return (
    <div className="plan-view" data-testid="plan-view">
      <div className="plan-tabs" role="tablist" aria-label={translate(S.tabsLabel, lang)}>
        {PLAN_TABS.map((name) => (
          <button
            key={name}
            id={`${baseId}-tab-${name}`}
            type="button"
            role="tab"
            className="plan-tab"
            data-testid={`plan-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => choose(name)}
            onKeyDown={onTabKeyDown}
          >
            {translate(TAB_LABELS[name], lang)}
            {name === 'checks' && plan.checks.length > 0 && (
              <span className={`plan-check-count plan-check-count-${worst ?? 'none'}`}>
                {plan.checks.length}
              </span>
            )}
          </button>
        ))}
      </div>
      <div
        id={`${baseId}-panel`}
        className="plan-tab-panel"
        role="tabpanel"
        // Takes the focus when the last row it had goes (a post-it deleted from its row).
        tabIndex={-1}
        aria-labelledby={`${baseId}-tab-${tab}`}
        {...WINDOW_SCROLL_PROPS}
      >
        {/* The outline's level between the page's title (h1) and the meetings' and checks'
            headings (h3): a screen reader's list of headings skipped from h1 to h3. */}
        <h2 className="visually-hidden">{translate(TAB_LABELS[tab], lang)}</h2>
        <ScrollViewportContext value={viewport}>
          <PlanDraftsContext value={drafts}>
            {/* The plan begins as its files do, with the board's title and the network's period:
                the period was nowhere on the page, and on a phone the toolbar cut the title
                to a word, with no pointer to show it whole. */}
            {tab === 'plan' && (
              <p className="plan-period" data-testid="plan-period">
                <strong className="plan-board-title">{plan.title}</strong>
                {plan.period &&
                  translate(S.period, lang, {
                    start: formatLongDate(plan.period.start, lang),
                    end: formatLongDate(plan.period.end, lang),
                  })}
              </p>
            )}
            {tab === 'plan' && (
              <PlanTable
                meetings={plan.meetings}
                overview={plan.overview}
                forms={forms}
                lang={lang}
                readOnly={props.readOnly}
                actions={props.actions}
                onFocus={onFocus}
              />
            )}
            {tab === 'overview' && (
              <Suspense fallback={null}>
                <Overview plan={plan} lang={lang} onFocus={onFocus} />
              </Suspense>
            )}
            {tab === 'checks' && <ChecksPanel plan={plan} lang={lang} onFocus={onFocus} />}
          </PlanDraftsContext>
        </ScrollViewportContext>
      </div>
    </div>
  );
}
