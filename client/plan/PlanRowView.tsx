import { memo, useMemo, useState, type MouseEvent } from 'react';
import { BOARD_ENTER_ATTRIBUTE } from '../board/undoKeys.ts';
import { formChoices } from '../app/formChoices.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { PLAN_UI_STRINGS as S } from '../../shared/i18n/plan-ui.ts';
import { showMessage, translate, type Message } from '../../shared/i18n/translate.ts';
import type { PlanRow } from '../../shared/plan.ts';
import { LIMITS } from '../../shared/schema.ts';
import type { BoardActions } from '../sync/actions.ts';
import { DraftInput } from './DraftInput.tsx';
import type { FormOption } from './formOptions.ts';
import { opErrorText } from '../../shared/i18n/op-errors.ts';
import { samePlanRow } from './samePlan.ts';
import { SoftHyphens } from './SoftHyphens.tsx';
import { hyphenateLongWords } from '../../shared/hyphenate.ts';
import { planParticipantLabel } from '../../shared/plan-labels.ts';
import type { OnPlanFocus } from './types.ts';

export interface PlanRowViewProps {
  readonly row: PlanRow;
  /** The form notes of the row's lane. */
  readonly forms: readonly FormOption[];
  readonly lang: Lang;
  /** Null when the table is read-only: then no field is editable. */
  readonly actions: BoardActions | null;
  readonly onFocus: OnPlanFocus;
  /** The row's place in its windowed table (aria-rowindex), undefined when every row is rendered. */
  readonly rowIndex?: number | undefined;
}

/**
 * A lane with more forms than this lists, in each row's form choice, only the
 * chosen form until the pointer or the focus comes to the choice: Chromium
 * gives every <option> its own shadow tree (~1 KB), and a row choosing among
 * a hundred forms costs more than the rest of the row. Everyday lanes have a
 * handful of forms and keep their full lists.
 */
export const EAGER_FORM_OPTIONS = 8;

/** A click on the row selects its note, unless it lands in a field being edited. */
function isFieldClick(event: MouseEvent): boolean {
  return (
    event.target instanceof Element && event.target.closest('input, select, textarea') !== null
  );
}

/** A left press that starts no text selection (nor moves the focus from where it is). */
function startsNoSelection(event: MouseEvent): void {
  if (event.button === 0) event.preventDefault();
}

type PlanRowCellsProps = Omit<PlanRowViewProps, 'rowIndex' | 'onFocus'>;

/** The row's cells: what its content decides, not its place in the table. */
function PlanRowCellsInner({ row, forms, lang, actions }: PlanRowCellsProps) {
  const [formError, setFormError] = useState<Message | null>(null);
  const [allForms, setAllForms] = useState(false);
  const name = planParticipantLabel(row, lang);
  // Filled in on pointerenter, pointerdown and focus: all come before the list opens or a key picks.
  const listAllForms = () => {
    if (!allForms) setAllForms(true);
  };
  const listed =
    allForms || forms.length <= EAGER_FORM_OPTIONS
      ? forms
      : forms.filter((form) => form.id === row.formNoteId);
  // Again only when the lane's forms change, not at every render of the row.
  const labels = useMemo(
    () =>
      new Map(
        formChoices(forms, translate(S.untitledForm, lang)).map(({ id, label }) => [id, label]),
      ),
    [forms, lang],
  );

  const updateText = (field: 'contribution' | 'role', next: string): Message | null => {
    if (!actions) return null;
    const patch = field === 'contribution' ? { contribution: next } : { role: next };
    const result = actions.updateNote(row.noteId, patch);
    return result.ok ? null : opErrorText(result.error);
  };

  const chooseForm = (value: string) => {
    if (!actions) return;
    const result = actions.attachToForm(row.noteId, value === '' ? null : value);
    setFormError(result.ok ? null : opErrorText(result.error));
  };

  return (
    <>
      <td
        data-testid="plan-cell-participant"
        // Read-only, the row's other cells are text: a mouse drag from the name across the
        // row selected them all (on the edit link they are fields, and nothing is). A press on
        // the name's cell starts no selection; one begun in a cell's text still copies it.
        onMouseDown={actions ? undefined : startsNoSelection}
        // The core participant's bar beside the row, said in words (planTable.css shows it after
        // the name, and a screen reader hears it), as the overview's badge: not the cell's text,
        // which a copy takes as the exports have it.
        data-core={row.core ? translate(S.core, lang) : undefined}
      >
        {/* A button so the keyboard can reach "show on the board"; its click bubbles to the row. */}
        <button
          type="button"
          className="plan-link"
          title={translate(S.showOnBoard, lang)}
          // Once its post-it is selected (the first Enter), Enter edits it.
          {...{ [BOARD_ENTER_ATTRIBUTE]: row.noteId }}
        >
          {/* A long compound breaks at a syllable with its hyphen, not past the narrow column
              (hyphenate.ts), its soft hyphens kept off the clipboard as the overview's are. */}
          <SoftHyphens text={hyphenateLongWords(name)} />
        </button>
      </td>
      <td data-testid="plan-cell-contribution">
        {actions ? (
          <DraftInput
            lang={lang}
            value={row.contribution}
            label={translate(S.contributionOf, lang, { name })}
            maxLength={LIMITS.textChars}
            multiline
            className="plan-input"
            testId="plan-input-contribution"
            draftKey={`${row.noteId}:contribution`}
            onCommit={(next) => updateText('contribution', next)}
          />
        ) : (
          row.contribution
        )}
      </td>
      <td data-testid="plan-cell-how">
        {actions ? (
          <span className="plan-how">
            <select
              className="plan-input"
              data-testid="plan-input-form"
              // It saves at once: Ctrl+Z here is the board's undo (undoKeys.ts).
              data-board-undo=""
              aria-label={translate(S.formOf, lang, { name })}
              // The column keeps 120 px at 1366 px: "Workshop m. b…" shows whole on hover.
              title={labels.get(row.formNoteId ?? '') ?? translate(S.noForm, lang)}
              value={row.formNoteId ?? ''}
              onChange={(event) => chooseForm(event.target.value)}
              onPointerEnter={listAllForms}
              onPointerDown={listAllForms}
              onFocus={listAllForms}
            >
              <option value="">{translate(S.noForm, lang)}</option>
              {listed.map((form) => (
                <option key={form.id} value={form.id}>
                  {labels.get(form.id)}
                </option>
              ))}
            </select>
            <DraftInput
              lang={lang}
              value={row.role}
              label={translate(S.roleOf, lang, { name })}
              placeholder={translate(S.rolePlaceholder, lang)}
              maxLength={LIMITS.shortTextChars}
              className="plan-input plan-input-role"
              testId="plan-input-role"
              draftKey={`${row.noteId}:role`}
              onCommit={(next) => updateText('role', next)}
            />
            {formError !== null && (
              <span className="plan-error" role="alert">
                {showMessage(formError, lang)}
              </span>
            )}
          </span>
        ) : (
          row.how
        )}
      </td>
    </>
  );
}

const sameCells = (a: PlanRowCellsProps, b: PlanRowCellsProps): boolean =>
  samePlanRow(a.row, b.row) && a.forms === b.forms && a.lang === b.lang && a.actions === b.actions;

/**
 * Memoized apart from the row's place: a post-it leaving or joining a windowed
 * table shifts the `aria-rowindex` of every rendered row after it, and that
 * re-renders the `<tr>` alone, not its fields (a drop did render ~40 rows'
 * inputs and selects again, and React set their `name` and `type` again).
 */
const PlanRowCells = memo(PlanRowCellsInner, sameCells);

/**
 * One row of a meeting's table. Read-only cells hold exactly the texts of the
 * exports; editable ones hold real, labelled fields, each commit one op.
 */
function PlanRowViewInner(props: PlanRowViewProps) {
  const { row, onFocus, rowIndex } = props;
  return (
    <tr
      className={row.core ? 'plan-row plan-row-core' : 'plan-row'}
      data-testid={`plan-row-${row.noteId}`}
      aria-rowindex={rowIndex}
      onClick={(event) => {
        if (!isFieldClick(event)) onFocus({ kind: 'note', id: row.noteId });
      }}
    >
      <PlanRowCells row={row} forms={props.forms} lang={props.lang} actions={props.actions} />
    </tr>
  );
}

export const PlanRowView = memo(
  PlanRowViewInner,
  (a, b) => sameCells(a, b) && a.onFocus === b.onFocus && a.rowIndex === b.rowIndex,
);
