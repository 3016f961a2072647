import { memo } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { PLAN_UI_STRINGS as S } from '../../shared/i18n/plan-ui.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { formWithoutParticipantsLabel, noParticipantsLabel } from '../../shared/plan-agenda.ts';
import type { PlanForm } from '../../shared/plan.ts';
import { samePlanForm } from './samePlan.ts';
import type { OnPlanFocus } from './types.ts';

export interface PlanFormRowViewProps {
  readonly form: PlanForm;
  readonly lang: Lang;
  readonly onFocus: OnPlanFocus;
  /** The row's place in its windowed table (aria-rowindex), undefined when every row is rendered. */
  readonly rowIndex?: number | undefined;
}

/**
 * A form of the meeting that no participant is linked to yet, in its place on
 * the agenda, as the exports print it. Nothing to edit here: people join a
 * form on the board, so a click shows the form note there.
 */
function PlanFormRowViewInner({ form, lang, onFocus, rowIndex }: PlanFormRowViewProps) {
  return (
    <tr
      className="plan-row plan-row-form"
      data-testid={`plan-form-${form.formNoteId}`}
      aria-rowindex={rowIndex}
      onClick={() => onFocus({ kind: 'note', id: form.formNoteId })}
    >
      <td data-testid="plan-cell-participant" className="plan-placeholder">
        {noParticipantsLabel(lang)}
      </td>
      <td data-testid="plan-cell-contribution" />
      <td data-testid="plan-cell-how">
        {/* A button so the keyboard can reach "show on the board"; its click bubbles to the row. */}
        <button type="button" className="plan-link" title={translate(S.showOnBoard, lang)}>
          {formWithoutParticipantsLabel(form, lang)}
        </button>
      </td>
    </tr>
  );
}

export const PlanFormRowView = memo(
  PlanFormRowViewInner,
  (a, b) =>
    samePlanForm(a.form, b.form) &&
    a.lang === b.lang &&
    a.onFocus === b.onFocus &&
    a.rowIndex === b.rowIndex,
);
