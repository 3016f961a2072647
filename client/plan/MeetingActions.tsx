import { useLayoutEffect, useRef, useState } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { MEETING_ACTION_STRINGS as S } from '../../shared/i18n/meeting-actions.ts';
import { opErrorText } from '../../shared/i18n/op-errors.ts';
import { message, showMessage, translate, type Message } from '../../shared/i18n/translate.ts';
import type { PlanMeeting } from '../../shared/plan.ts';
import { confirmDelete } from '../app/confirmDelete.ts';
import type { BoardActions } from '../sync/actions.ts';
import { meetingLabel } from './labels.ts';
import type { MeetingMoves } from './meetingMoves.ts';

type Step = 'earlier' | 'later';

export interface MeetingActionsProps {
  readonly meeting: PlanMeeting;
  readonly moves: MeetingMoves;
  /** A core participant is not in the meeting yet; else "+ Kerne" is disabled. */
  readonly coreMissing: boolean;
  readonly lang: Lang;
  readonly actions: BoardActions;
}

/**
 * Loaded when the meeting's "Handlinger" button is first pressed (PlanTable).
 * The canvas header's pointer-only actions for a keyboard and a screen reader
 * (reordering by drag, + Kerne, ×): the same operations, the same confirm,
 * each one undo step.
 */
export function MeetingActions(props: MeetingActionsProps) {
  const { meeting, moves, coreMissing, lang, actions } = props;
  const buttons = useRef<Partial<Record<Step, HTMLButtonElement | null>>>({});
  // The step just taken: its button keeps the focus once the block stands in its new place
  // (React may have moved this block's nodes, which drops the focus).
  const moved = useRef<Step | null>(null);
  const [status, setStatus] = useState<Message | null>(null);
  const addCoreButton = useRef<HTMLButtonElement>(null);
  const t = (entry: Parameters<typeof translate>[0]) => translate(entry, lang);

  useLayoutEffect(() => {
    const step = moved.current;
    if (step === null) return;
    moved.current = null;
    // At the first or last place that button is disabled now: the other one of the meeting.
    const other = step === 'earlier' ? 'later' : 'earlier';
    (moves[step] ? buttons.current[step] : buttons.current[other])?.focus();
  }, [moves]);

  // "+ Kerne" is disabled once it added them all; the focus, on it, falls to the page's body
  // (or stays on the disabled button): it goes back to "Handlinger", not on to the delete.
  const addedCore = useRef(false);
  useLayoutEffect(() => {
    const button = addCoreButton.current;
    const focus = document.activeElement;
    if (coreMissing || !addedCore.current || (focus !== button && focus !== document.body)) return;
    addedCore.current = false;
    button
      ?.closest('.plan-meeting-actions')
      ?.querySelector<HTMLElement>('[aria-expanded]')
      ?.focus();
  }, [coreMissing]);

  const move = (step: Step) => {
    moved.current = step;
    const result = actions.moveMeeting(
      meeting.meetingId,
      moves.index + (step === 'earlier' ? -1 : 1),
    );
    setStatus(result.ok ? null : opErrorText(result.error));
  };

  const addCore = () => {
    const result = actions.addCoreParticipants(meeting.meetingId);
    addedCore.current = result.ok;
    if (!result.ok) return setStatus(opErrorText(result.error));
    setStatus(message(S.coreAdded, { n: result.value.length }));
  };

  const remove = async (button: HTMLElement) => {
    const subtheme = meeting.subtheme.trim();
    const label = meetingLabel(meeting, lang);
    const name = subtheme ? `${label}: ${subtheme}` : label;
    if (!(await confirmDelete({ what: 'meeting', name }, lang))) return;
    // Deleted by someone else meanwhile: this block went with it (the board's notice told who)
    // and the delete below answers not-found, changing nothing.
    // As a list does: the next meeting's block, else the previous one's, else the plan.
    const block = button.closest('section');
    const next =
      (block?.nextElementSibling ?? block?.previousElementSibling) ||
      button.closest('[role="tabpanel"]');
    const result = actions.deleteMeeting(meeting.meetingId);
    if (!result.ok) return setStatus(opErrorText(result.error));
    if (next instanceof HTMLElement) next.focus();
  };

  const stepButton = (step: Step) => (
    <button
      type="button"
      className="plan-button plan-meeting-action"
      data-testid={`plan-meeting-${step}`}
      ref={(element) => {
        buttons.current[step] = element;
      }}
      disabled={!moves[step]}
      onClick={() => move(step)}
    >
      {t(step === 'earlier' ? S.moveEarlier : S.moveLater)}
    </button>
  );

  return (
    <>
      {stepButton('earlier')}
      {stepButton('later')}
      <button
        type="button"
        className="plan-button plan-meeting-action"
        data-testid="plan-meeting-add-core"
        ref={addCoreButton}
        aria-label={t(S.addCore)}
        disabled={!coreMissing}
        // Why it is disabled, also for a screen reader (its description).
        title={coreMissing ? undefined : t(S.allCoreIn)}
        onClick={addCore}
      >
        + {t(S.core)}
      </button>
      <button
        type="button"
        className="plan-button plan-meeting-action"
        data-testid="plan-meeting-delete"
        onClick={(event) => void remove(event.currentTarget)}
      >
        {t(S.deleteMeeting)}
      </button>
      <span className="visually-hidden" role="status" data-testid="plan-meeting-status">
        {status ? showMessage(status, lang) : ''}
      </span>
    </>
  );
}
