/**
 * "Does the plan hold?" — findings from a board (issue 2 §4).
 *
 * | code                      | severity | meaning                                                                  |
 * |---------------------------|----------|--------------------------------------------------------------------------|
 * | `core-missing`            | warning  | A core participant is not in a network or final meeting (one per person per meeting; none for a meeting not planned yet). |
 * | `meeting-no-date`         | warning  | A meeting has no date.                                                   |
 * | `meeting-no-subtheme`     | warning  | A network meeting has no sub-theme (the final meeting has its standing one; an extra meeting, say with the reference leader, needs none); not for a meeting not planned yet. |
 * | `dates-out-of-order`      | error    | A meeting is dated earlier than a meeting before it on the board.        |
 * | `date-outside-period`     | warning  | A meeting's date lies outside the board's period.                        |
 * | `meetings-same-day`       | warning  | A meeting is on the same day as a meeting before it on the board.        |
 * | `no-final-meeting`        | warning  | The board has no final meeting.                                          |
 * | `final-not-last`          | error    | A final meeting is not the last meeting on the board.                    |
 * | `meeting-no-participants` | warning  | A meeting has no participants; not for a meeting not planned yet.        |
 * | `meeting-not-planned`     | info     | Nobody has started planning a meeting: no note in its lane, and no sub-theme (a final meeting: no note), instead of the two warnings above. |
 * | `participant-no-form`     | info     | A participant is not linked to an involvement form in its meeting.       |
 * | `form-no-participants`    | info     | An involvement form has no participants linked to it.                    |
 * | `person-twice-in-meeting` | warning  | A person stands more than once under one form, or without one, in one meeting (one per extra note). |
 * | `forms-over-duration`     | warning  | The forms' total time exceeds the meeting's duration.                    |
 * | `meeting-no-duration`     | info     | A meeting has no duration ("how long should the meeting take?").         |
 * | `no-core-participants`    | warning  | The pool has people, but none of them is a core participant.             |
 *
 * Errors contradict the plan itself; warnings are gaps a finished plan should
 * not have; infos are loose ends that are often fine while planning.
 *
 * Order is deterministic: meeting by meeting in board order — first the
 * meeting's own findings (in the table's order), then missing core participants
 * (pool order), then findings on notes (reading order of the lane) — and last
 * `no-final-meeting` and `no-core-participants`, which concern no meeting.
 *
 * A person may stand twice in one meeting under two different forms: a
 * participant note belongs to one form, so two roles (a talk, then
 * facilitating the workshop) take two notes. Only a second note under the
 * same form, or a second one without a form, is a duplicate. Each check carries the ids it
 * concerns (meetingId / noteId / personId) so the board can point at it.
 */
import { formOf, indexBoard } from './board-index.ts';
import type { BoardIndex, LaneIndex, LaneMemo } from './board-index.ts';
import { makeCheck } from './check-object.ts';
import type { MeetingRef } from './i18n/checks.ts';
import type { Check } from './plan.ts';
import { usableDate } from './plan-labels.ts';
import { assertNever } from './result.ts';
import type { Board, ParticipantNote, Person } from './schema.ts';

export { CHECK_SEVERITY } from './check-object.ts';

/**
 * One reference per lane and projection, so its label is formatted once even
 * when thousands of checks name the meeting (a large board's loose ends).
 */
function meetingRef(lane: LaneIndex): MeetingRef {
  const { kind, subtheme, date } = lane.meeting;
  return { kind, number: lane.number, subtheme, date: usableDate(date) };
}

/**
 * What a live projector keeps of the checks from one projection to the next:
 * a lane's findings that depend on nothing but the lane and the pool. A lane
 * index comes back only for the same notes, meeting and people (whether the
 * meeting is unplanned, and so expects no core participants, is the lane's).
 */
export type ChecksMemo = LaneMemo<readonly Check[]>;

/** The checks of a board. */
export function checkBoard(board: Board): Check[] {
  return checkIndexedBoard(board, indexBoard(board));
}

/**
 * The checks of a board already indexed (the projection indexes once for
 * both); with a memo, a lane kept by the indexer keeps its checks.
 */
export function checkIndexedBoard(board: Board, index: BoardIndex, memo?: ChecksMemo): Check[] {
  const checks: Check[] = [];
  const corePeople = board.people.filter(
    (person) => person.core && index.people.get(person.id) === person,
  );
  const lastPosition = index.lanes.length - 1;
  /** The latest date so far in board order, and the first meeting holding it. */
  let latest: { date: string; ref: MeetingRef } | null = null;
  const firstOnDate = new Map<string, MeetingRef>();

  index.lanes.forEach((lane, position) => {
    const { meeting } = lane;
    const ref = meetingRef(lane);
    const meetingIds = { meetingId: meeting.id };
    const date = ref.date;

    if (date === null) checks.push(makeCheck('meeting-no-date', meetingIds, { meeting: ref }));
    const noSubtheme = meeting.kind !== 'final' && meeting.subtheme.trim() === '';
    // Only a network meeting's sub-theme is a part of the theme; an extra meeting needs none.
    const subthemeWanted = noSubtheme && meeting.kind === 'network';
    // A meeting nobody has started on gets one quiet reminder, not a warning per
    // gap: a new board would open with two warnings on every meeting. A final
    // meeting's sub-theme is a standing one, so its notes alone tell.
    const notPlanned = lane.notes.length === 0 && (noSubtheme || meeting.kind === 'final');
    if (notPlanned) checks.push(makeCheck('meeting-not-planned', meetingIds, { meeting: ref }));
    else if (subthemeWanted)
      checks.push(makeCheck('meeting-no-subtheme', meetingIds, { meeting: ref }));
    if (date !== null) {
      if (latest !== null && date < latest.date) {
        checks.push(
          makeCheck('dates-out-of-order', meetingIds, {
            meeting: ref,
            date,
            later: latest.ref,
            laterDate: latest.date,
          }),
        );
      }
      const period = board.period;
      if (period !== null && (date < period.start || date > period.end)) {
        checks.push(makeCheck('date-outside-period', meetingIds, { meeting: ref, date, period }));
      }
      const sameDay = firstOnDate.get(date);
      if (sameDay) {
        checks.push(
          makeCheck('meetings-same-day', meetingIds, {
            meeting: ref,
            other: sameDay,
            date,
          }),
        );
      } else firstOnDate.set(date, ref);
      if (latest === null || date > latest.date) latest = { date, ref };
    }
    if (meeting.kind === 'final' && position !== lastPosition) {
      checks.push(makeCheck('final-not-last', meetingIds, { meeting: ref }));
    }
    if (lane.participants.length === 0 && !notPlanned) {
      checks.push(makeCheck('meeting-no-participants', meetingIds, { meeting: ref }));
    }
    const duration = meeting.durationMinutes;
    if (duration === null) {
      checks.push(makeCheck('meeting-no-duration', meetingIds, { meeting: ref }));
    } else if (lane.formsMinutes > duration) {
      checks.push(
        makeCheck('forms-over-duration', meetingIds, {
          meeting: ref,
          formsMinutes: lane.formsMinutes,
          durationMinutes: duration,
        }),
      );
    }

    // Nor a warning per missing core participant: the reminder says to put participants on it.
    const coreExpected = notPlanned ? [] : corePeople;
    const own = () => laneOwnChecks(lane, ref, index.people, coreExpected);
    for (const check of memo ? memo.get(lane, own) : own()) checks.push(check);
  });

  if (!board.meetings.some((meeting) => meeting.kind === 'final')) {
    checks.push(makeCheck('no-final-meeting', {}, {}));
  }
  if (index.people.size > 0 && corePeople.length === 0) {
    checks.push(makeCheck('no-core-participants', {}, {}));
  }
  return checks;
}

/** Missing core participants (pool order), then findings on notes (reading order). */
function laneOwnChecks(
  lane: LaneIndex,
  ref: MeetingRef,
  people: ReadonlyMap<string, Person>,
  corePeople: readonly Person[],
): Check[] {
  const checks: Check[] = [];
  const { meeting } = lane;
  if (meeting.kind === 'network' || meeting.kind === 'final') {
    for (const person of corePeople) {
      if (lane.notesByPerson.has(person.id)) continue;
      checks.push(
        makeCheck(
          'core-missing',
          { meetingId: meeting.id, personId: person.id },
          { meeting: ref, person },
        ),
      );
    }
  }
  checkNotes(lane, ref, people, checks);
  return checks;
}

function checkNotes(
  lane: LaneIndex,
  ref: MeetingRef,
  people: ReadonlyMap<string, Person>,
  checks: Check[],
): void {
  const meetingId = lane.meeting.id;
  for (const note of lane.notes) {
    switch (note.kind) {
      case 'form':
        if (lane.participantsByForm.get(note.id)?.length === 0) {
          checks.push(
            makeCheck(
              'form-no-participants',
              { meetingId, noteId: note.id },
              { meeting: ref, form: note.name },
            ),
          );
        }
        break;
      case 'participant': {
        const person = people.get(note.person);
        if (!person) break; // skipped, as in the projection
        const ids = { meetingId, noteId: note.id, personId: person.id };
        const form = formOf(lane.formById, note);
        if (form === null) {
          checks.push(makeCheck('participant-no-form', ids, { meeting: ref, person }));
        }
        const own = lane.notesByPerson.get(person.id);
        if (own !== undefined && own.length > 1) {
          // Counted in place: a filtered copy per note was garbage on every duplicate.
          let first: ParticipantNote | null = null;
          let count = 0;
          for (const other of own) {
            if (formOf(lane.formById, other) !== form) continue;
            first ??= other;
            count++;
          }
          if (count > 1 && first !== note) {
            checks.push(
              makeCheck('person-twice-in-meeting', ids, {
                meeting: ref,
                person,
                count,
                form: form === null ? null : form.name,
              }),
            );
          }
        }
        break;
      }
      case 'idea':
        break;
      default:
        assertNever(note);
    }
  }
}
