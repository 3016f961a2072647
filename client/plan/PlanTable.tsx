import { memo, useMemo, useState, type ComponentType } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { PLAN_UI_STRINGS as S } from '../../shared/i18n/plan-ui.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { agendaKey, agendaLength, meetingAgenda } from '../../shared/plan-agenda.ts';
import { formsMinutesText } from '../../shared/plan-labels.ts';
import type { Overview, PlanMeeting } from '../../shared/plan.ts';
import type { BoardActions } from '../sync/actions.ts';
import { formsOf, type FormOption, type FormsByLane } from './formOptions.ts';
import { meetingMoves, type MeetingMoves } from './meetingMoves.ts';
import { MeetingFields } from './MeetingFields.tsx';
import { PlanFormRowView } from './PlanFormRowView.tsx';
import { PlanRowView } from './PlanRowView.tsx';
import { samePlanMeeting } from './samePlan.ts';
import { detailsLabel, planHeading } from './labels.ts';
import type { OnPlanFocus } from './types.ts';
import { WINDOW_ABOVE_ROWS, useRowWindow, windowRows } from '../app/useRowWindow.tsx';
import { planWindowGap } from './windowGap.tsx';
import { SoftHyphens } from './SoftHyphens.tsx';
import { useNameColumnWidth } from './nameColumn.ts';

interface MeetingActionsProps {
  readonly meeting: PlanMeeting;
  /** The meeting's heading: the "Handlinger" button says whose actions it holds. */
  readonly headingId: string;
  readonly moves: MeetingMoves;
  /** A core participant is not in the meeting yet: "+ Kerne" has someone to add. */
  readonly coreMissing: boolean;
  readonly lang: Lang;
  readonly actions: BoardActions;
}

/**
 * The meeting's actions behind one button, so each block costs the plan one
 * control. Rarely used, and the plan shows at start-up: they load on the first
 * press (a plain import, not lazyPart, whose chunk the board page would then
 * share with the plan's). Offline before they ever loaded, the button stays closed.
 */
function MeetingActionsDisclosure(props: MeetingActionsProps) {
  const [Part, setPart] = useState<ComponentType<MeetingActionsProps> | null>(null);
  const buttonId = `${props.headingId}-actions`;
  const toggle = () => {
    if (Part) return setPart(null);
    import('./MeetingActions.tsx').then(
      (module) => setPart(() => module.MeetingActions),
      (error: unknown) => console.error('meeting actions failed to load', error),
    );
  };
  return (
    <div className="plan-meeting-actions">
      <button
        type="button"
        className="plan-button plan-meeting-action"
        data-testid="plan-meeting-actions"
        // A screen reader's list of buttons would else hold one "Handlinger" per meeting.
        id={buttonId}
        aria-labelledby={`${buttonId} ${props.headingId}`}
        aria-expanded={Part !== null}
        onClick={toggle}
      >
        {translate(S.meetingActions, props.lang)}
      </button>
      {Part && <Part {...props} />}
    </div>
  );
}

/** First guesses of a row's height (px) until rows have been measured: with fields, and text only. */
const ROW_ESTIMATE_EDITABLE = 66;
const ROW_ESTIMATE_TEXT = 30;

export interface PlanTableProps {
  readonly meetings: readonly PlanMeeting[];
  /** Who comes when: which meetings a core participant is missing from. */
  readonly overview: Overview;
  /** The form notes per lane (`formsByLane`), for the form choice. */
  readonly forms: FormsByLane;
  readonly lang: Lang;
  readonly readOnly: boolean;
  readonly actions: BoardActions | null;
  /** Should be stable (PlanView makes it so): the blocks are memoized on it. */
  readonly onFocus: OnPlanFocus;
}

/** The meetings some core participant is not in (any kind, planned or not, as addCoreParticipants). */
function meetingsMissingCore({ people, meetingIds }: Overview): Set<string> {
  const missing = new Set<string>();
  for (const person of people) {
    if (person.core) person.attends.forEach((n, i) => n === 0 && missing.add(meetingIds[i]!));
  }
  return missing;
}

/** The paper planning tool's tables: one block per meeting. */
export function PlanTable(props: PlanTableProps) {
  const actions = props.readOnly ? null : props.actions;
  let rows = 0;
  for (const meeting of props.meetings) rows += agendaLength(meeting);
  const windowed = rows > WINDOW_ABOVE_ROWS;
  const coreMissing = useMemo(() => meetingsMissingCore(props.overview), [props.overview]);
  const tablesRef = useNameColumnWidth(props.meetings, props.lang);
  if (props.meetings.length === 0) {
    return <p className="plan-empty">{translate(S.noMeetings, props.lang)}</p>;
  }
  return (
    <div className="plan-table" ref={tablesRef}>
      {props.meetings.map((meeting, index) => (
        <PlanMeetingBlock
          key={meeting.meetingId}
          meeting={meeting}
          moves={meetingMoves(props.meetings, index)}
          coreMissing={coreMissing.has(meeting.meetingId)}
          forms={formsOf(props.forms, meeting.meetingId)}
          lang={props.lang}
          actions={actions}
          onFocus={props.onFocus}
          windowed={windowed}
        />
      ))}
    </div>
  );
}

interface PlanMeetingBlockProps {
  readonly meeting: PlanMeeting;
  readonly moves: MeetingMoves;
  readonly coreMissing: boolean;
  readonly forms: readonly FormOption[];
  readonly lang: Lang;
  /** Null when read-only. */
  readonly actions: BoardActions | null;
  readonly onFocus: OnPlanFocus;
  /** Render only the rows near the view (see useRowWindow). */
  readonly windowed: boolean;
}

/**
 * "Inddragelsesformer: 150 af 120 min.", with a warning when the forms outlast the
 * meeting; nothing when no form has a time (the files' rule, `formsMinutesText`).
 */
function FormsMinutes({ meeting, lang }: { meeting: PlanMeeting; lang: Lang }) {
  const text = formsMinutesText(meeting, lang);
  if (text === null) return null;
  return (
    <p
      className={text.over === null ? 'plan-minutes' : 'plan-minutes plan-minutes-over'}
      data-testid="plan-minutes"
    >
      {text.line}
      {text.over !== null && (
        <span className="plan-minutes-warning">
          {' – '}
          {text.over}
        </span>
      )}
    </p>
  );
}

/** Read-only: when, how long and where, as the exports print it under the heading. */
function MeetingDetails({ meeting, lang }: { meeting: PlanMeeting; lang: Lang }) {
  const details = detailsLabel(meeting, lang);
  return details === '' ? null : (
    <p className="plan-details" data-testid="plan-details">
      {details}
    </p>
  );
}

function PlanMeetingBlockInner(props: PlanMeetingBlockProps) {
  const { meeting, forms, lang, actions, onFocus } = props;
  const headingId = `plan-heading-${meeting.meetingId}`;
  // The table reads as the meeting's agenda: forms nobody is linked to yet stand in their place.
  const agenda = useMemo(() => meetingAgenda(meeting), [meeting]);
  const keys = useMemo(() => agenda.map(agendaKey), [agenda]);
  const rowWindow = useRowWindow<HTMLTableSectionElement>(keys, {
    enabled: props.windowed,
    estimate: actions ? ROW_ESTIMATE_EDITABLE : ROW_ESTIMATE_TEXT,
  });
  // A screen reader still hears "row 12 of 81" when only the rows near the view exist:
  // 1-based over the whole table, the heading row first.
  const rowIndex = (i: number) => (props.windowed ? i + 2 : undefined);
  return (
    <section
      className="plan-meeting"
      // Takes the focus when the meeting before it is deleted from the plan (MeetingActions).
      tabIndex={-1}
      data-testid={`plan-meeting-${meeting.meetingId}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="plan-meeting-heading">
        <button
          type="button"
          className="plan-link"
          title={translate(S.showOnBoard, lang)}
          onClick={() => onFocus({ kind: 'lane', id: meeting.meetingId })}
        >
          {planHeading(meeting, lang)}
        </button>
      </h3>
      {actions ? (
        <>
          <MeetingActionsDisclosure
            meeting={meeting}
            headingId={headingId}
            moves={props.moves}
            coreMissing={props.coreMissing}
            lang={lang}
            actions={actions}
          />
          <MeetingFields meeting={meeting} lang={lang} actions={actions} />
        </>
      ) : (
        <MeetingDetails meeting={meeting} lang={lang} />
      )}
      <FormsMinutes meeting={meeting} lang={lang} />
      <table
        className="plan-rows"
        aria-labelledby={headingId}
        aria-rowcount={props.windowed ? 1 + Math.max(1, agenda.length) : undefined}
      >
        <colgroup>
          <col className="plan-col-participant" />
          <col className="plan-col-contribution" />
          <col className="plan-col-how" />
        </colgroup>
        <thead>
          <tr aria-rowindex={rowIndex(-1)}>
            <th scope="col">
              <SoftHyphens text={translate(S.columnParticipant, lang)} />
            </th>
            <th scope="col">
              <SoftHyphens text={translate(S.columnContribution, lang)} />
            </th>
            <th scope="col">
              <SoftHyphens text={translate(S.columnHow, lang)} />
            </th>
          </tr>
        </thead>
        <tbody ref={rowWindow.bodyRef} onFocus={rowWindow.onFocus} onBlur={rowWindow.onBlur}>
          {windowRows(rowWindow, planWindowGap(3), (i) => {
            const entry = agenda[i];
            if (entry === undefined) return null;
            return entry.kind === 'row' ? (
              <PlanRowView
                key={entry.row.noteId}
                row={entry.row}
                forms={forms}
                lang={lang}
                actions={actions}
                onFocus={onFocus}
                rowIndex={rowIndex(i)}
              />
            ) : (
              <PlanFormRowView
                key={entry.form.formNoteId}
                form={entry.form}
                lang={lang}
                onFocus={onFocus}
                rowIndex={rowIndex(i)}
              />
            );
          })}
          {agenda.length === 0 && (
            <tr className="plan-row-empty" aria-rowindex={rowIndex(0)}>
              <td colSpan={3}>{translate(S.noRows, lang)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Memoized by content: the projection is new after every change anywhere on
 * the board, but a lane whose rows did not change keeps its rendered block.
 */
export const PlanMeetingBlock = memo(
  PlanMeetingBlockInner,
  (a, b) =>
    samePlanMeeting(a.meeting, b.meeting) &&
    a.moves.index === b.moves.index &&
    a.moves.earlier === b.moves.earlier &&
    a.moves.later === b.moves.later &&
    a.coreMissing === b.coreMissing &&
    a.forms === b.forms &&
    a.lang === b.lang &&
    a.actions === b.actions &&
    a.onFocus === b.onFocus &&
    a.windowed === b.windowed,
);
