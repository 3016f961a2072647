import type { Lang } from '../../shared/i18n/lang.ts';
import { PLAN_UI_STRINGS as S } from '../../shared/i18n/plan-ui.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { Check, Plan } from '../../shared/plan.ts';
import { preloadablePart } from '../app/lazyPart.tsx';
import { loadCheckMessages } from './checkWording.ts';
import { worstSeverity } from './checkSeverity.ts';
import type { OnPlanFocus } from './types.ts';

export interface ChecksPanelProps {
  readonly plan: Plan;
  readonly lang: Lang;
  readonly onFocus: OnPlanFocus;
}

/**
 * The list and the checks' messages load when the tab first shows (issue 6:
 * start-up JavaScript; checkWording.ts): a board shows them only there and in
 * tooltips.
 */
const list = preloadablePart<ChecksPanelProps>(() =>
  Promise.all([import('./ChecksList.tsx'), loadCheckMessages()]).then(
    ([module]) => module.ChecksList,
  ),
);

/** Loads the list and its messages ahead of the first show (tests render it at once then). */
export const preloadChecksPanel = list.preload;

/**
 * Every finding of the projection's checks, in the user's language (issue 5).
 * Nothing shows while they load; a failed load (offline) shows the notice
 * with its retry.
 */
export function ChecksPanel(props: ChecksPanelProps) {
  return <list.Part {...props} />;
}

export interface CheckCountBadgeProps {
  readonly checks: readonly Check[];
  readonly lang: Lang;
}

/** The number of findings, for the toolbar and the checks tab; coloured by the worst one. */
export function CheckCountBadge({ checks, lang }: CheckCountBadgeProps) {
  const worst = worstSeverity(checks);
  return (
    <span
      className={`plan-check-count plan-check-count-${worst ?? 'none'}`}
      data-testid="check-count"
      data-severity={worst ?? 'none'}
      title={translate(S.checkCount, lang, { n: checks.length })}
      aria-label={translate(S.checkCount, lang, { n: checks.length })}
    >
      {checks.length}
    </span>
  );
}
