import type { Board, FormNote, Meeting, Note, ParticipantNote, Person } from './schema.ts';

/**
 * One pass over a board that the projection and the checks share: every lane's
 * notes sorted once, forms resolved, participants grouped. Built in
 * O(notes · log notes) so a 5,000-note board projects in a few milliseconds
 * (issue 2 §4). Tolerant by design: a participant whose person is missing is
 * left out, and a `form` that is not a form note in the same lane counts as none.
 */

export interface LaneIndex {
  readonly meeting: Meeting;
  /** 1-based among network meetings in board order; null for final and extra meetings. */
  readonly number: number | null;
  /** Every note in the lane, in reading order (see `compareByPosition`). */
  readonly notes: readonly Note[];
  /** Form notes in reading order. */
  readonly forms: readonly FormNote[];
  /** Participant notes whose person exists, in reading order. */
  readonly participants: readonly ParticipantNote[];
  /** Form note id → its participants, in reading order. Every form of the lane has an entry. */
  readonly participantsByForm: ReadonlyMap<string, readonly ParticipantNote[]>;
  /** Participants without a (valid) form, in reading order. */
  readonly unattached: readonly ParticipantNote[];
  /** Participant note id → the form note it belongs to, or null. */
  readonly formOf: ReadonlyMap<string, FormNote | null>;
  /** Person id → that person's participant notes in this lane, in reading order. */
  readonly notesByPerson: ReadonlyMap<string, readonly ParticipantNote[]>;
  /** Sum of the durations of the lane's form notes. */
  readonly formsMinutes: number;
}

export interface BoardIndex {
  /** Person id → person (the first one, should an id repeat). */
  readonly people: ReadonlyMap<string, Person>;
  /** One entry per meeting, in board order. */
  readonly lanes: readonly LaneIndex[];
}

/**
 * Reading order of notes in a lane: top to bottom, at equal height left to
 * right, then by id so that the order never depends on array order.
 */
export function compareByPosition(a: Note, b: Note): number {
  if (a.y !== b.y) return a.y - b.y;
  if (a.x !== b.x) return a.x - b.x;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function indexBoard(board: Board): BoardIndex {
  const people = new Map<string, Person>();
  for (const person of board.people) if (!people.has(person.id)) people.set(person.id, person);

  const notesByLane = new Map<string, Note[]>();
  for (const meeting of board.meetings) {
    if (!notesByLane.has(meeting.id)) notesByLane.set(meeting.id, []);
  }
  for (const note of board.notes) {
    if (note.lane === null) continue;
    notesByLane.get(note.lane)?.push(note);
  }

  const seenMeetings = new Set<string>();
  let networkCount = 0;
  const lanes = board.meetings.map((meeting) => {
    const number = meeting.kind === 'network' ? ++networkCount : null;
    // A repeated meeting id (invalid input) gets an empty lane rather than the notes twice.
    const notes = seenMeetings.has(meeting.id) ? [] : (notesByLane.get(meeting.id) ?? []);
    seenMeetings.add(meeting.id);
    return indexLane(meeting, number, notes, people);
  });
  return { people, lanes };
}

function indexLane(
  meeting: Meeting,
  number: number | null,
  unsorted: readonly Note[],
  people: ReadonlyMap<string, Person>,
): LaneIndex {
  const notes = [...unsorted].sort(compareByPosition);
  const forms: FormNote[] = [];
  const participants: ParticipantNote[] = [];
  const formById = new Map<string, FormNote>();
  const participantsByForm = new Map<string, ParticipantNote[]>();
  let formsMinutes = 0;
  for (const note of notes) {
    if (note.kind === 'participant') {
      if (people.has(note.person)) participants.push(note);
    } else if (note.kind === 'form' && !formById.has(note.id)) {
      // A repeated form id (invalid input) counts once, or its rows would appear twice.
      forms.push(note);
      formById.set(note.id, note);
      participantsByForm.set(note.id, []);
      formsMinutes += note.durationMinutes ?? 0;
    }
  }

  const unattached: ParticipantNote[] = [];
  const formOf = new Map<string, FormNote | null>();
  const notesByPerson = new Map<string, ParticipantNote[]>();
  for (const participant of participants) {
    const form = participant.form === null ? undefined : formById.get(participant.form);
    formOf.set(participant.id, form ?? null);
    if (form) participantsByForm.get(form.id)?.push(participant);
    else unattached.push(participant);
    const own = notesByPerson.get(participant.person);
    if (own) own.push(participant);
    else notesByPerson.set(participant.person, [participant]);
  }

  return {
    meeting,
    number,
    notes,
    forms,
    participants,
    participantsByForm,
    unattached,
    formOf,
    notesByPerson,
    formsMinutes,
  };
}
