import type { Lang } from './i18n/lang.ts';
import { PLAN_UI_STRINGS as S } from './i18n/plan-ui.ts';
import { translate } from './i18n/translate.ts';
import type { PlanForm, PlanMeeting, PlanRow } from './plan.ts';

/**
 * A meeting's table as its agenda: the participant rows, and each form that
 * no participant is linked to yet in the place it stands among them. The
 * reader of the plan (the reference leader) must see every item of the
 * meeting, not only those someone has signed up for. The live table and every
 * export read the meeting through this, so they agree on the order.
 */
export type AgendaEntry =
  | { readonly kind: 'row'; readonly row: PlanRow }
  | { readonly kind: 'form'; readonly form: PlanForm };

export function meetingAgenda(
  meeting: Pick<PlanMeeting, 'rows' | 'formsWithoutParticipants'>,
): AgendaEntry[] {
  const { rows, formsWithoutParticipants: forms } = meeting;
  if (forms.length === 0) return rows.map((row) => ({ kind: 'row', row }));
  const entries: AgendaEntry[] = [];
  let next = 0;
  const rowsUpTo = (end: number) => {
    for (; next < Math.min(end, rows.length); next++) {
      const row = rows[next];
      if (row) entries.push({ kind: 'row', row });
    }
  };
  for (const form of forms) {
    rowsUpTo(form.beforeRow);
    entries.push({ kind: 'form', form });
  }
  rowsUpTo(rows.length);
  return entries;
}

/** How many lines the meeting's table has: rows and forms without participants. */
export function agendaLength(
  meeting: Pick<PlanMeeting, 'rows' | 'formsWithoutParticipants'>,
): number {
  return meeting.rows.length + meeting.formsWithoutParticipants.length;
}

/** An entry's key: the note id of the participant, or of the form. */
export function agendaKey(entry: AgendaEntry): string {
  return entry.kind === 'row' ? entry.row.noteId : entry.form.formNoteId;
}

/** The participant cell of a form without participants: "(ingen deltagere knyttet til formen)". */
export function noParticipantsLabel(lang: Lang): string {
  return translate(S.noParticipantsLinked, lang);
}

/**
 * The "Hvordan?" cell of a form without participants: "Fælles refleksion
 * (30 min.)". The minutes are there because, without participants, the time the
 * item takes is what the reader can plan around.
 */
export function formWithoutParticipantsLabel(form: PlanForm, lang: Lang): string {
  const name = form.name === '' ? translate(S.untitledForm, lang) : form.name;
  if (form.durationMinutes === null) return name;
  return translate(S.formWithMinutes, lang, { form: name, minutes: form.durationMinutes });
}
