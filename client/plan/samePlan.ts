import type { PlanForm, PlanMeeting, PlanRow } from '../../shared/plan.ts';

/**
 * Content equality of projection output. `projectPlan` makes new objects on
 * every board change, so the memoized table blocks compare by content: a
 * field-by-field walk, far cheaper than rendering a lane's rows again.
 */

export function samePlanRow(a: PlanRow, b: PlanRow): boolean {
  return (
    a === b ||
    (a.noteId === b.noteId &&
      a.personId === b.personId &&
      a.participant === b.participant &&
      a.citizenWordAdded === b.citizenWordAdded &&
      a.contribution === b.contribution &&
      a.how === b.how &&
      a.formNoteId === b.formNoteId &&
      a.formName === b.formName &&
      a.role === b.role &&
      a.core === b.core)
  );
}

export function samePlanForm(a: PlanForm, b: PlanForm): boolean {
  return (
    a === b ||
    (a.formNoteId === b.formNoteId &&
      a.name === b.name &&
      a.durationMinutes === b.durationMinutes &&
      a.beforeRow === b.beforeRow)
  );
}

export function samePlanMeeting(a: PlanMeeting, b: PlanMeeting): boolean {
  if (a === b) return true;
  if (
    a.meetingId !== b.meetingId ||
    a.kind !== b.kind ||
    a.number !== b.number ||
    a.heading !== b.heading ||
    a.subtheme !== b.subtheme ||
    a.date !== b.date ||
    a.startTime !== b.startTime ||
    a.durationMinutes !== b.durationMinutes ||
    a.location !== b.location ||
    a.formsMinutes !== b.formsMinutes ||
    a.rows.length !== b.rows.length ||
    a.formsWithoutParticipants.length !== b.formsWithoutParticipants.length
  ) {
    return false;
  }
  return (
    a.rows.every((row, i) => {
      const other = b.rows[i];
      return other !== undefined && samePlanRow(row, other);
    }) &&
    a.formsWithoutParticipants.every((form, i) => {
      const other = b.formsWithoutParticipants[i];
      return other !== undefined && samePlanForm(form, other);
    })
  );
}
