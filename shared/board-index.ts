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
  /** Form note id → the lane's form note (the first, should an id repeat); see `formOf`. */
  readonly formById: ReadonlyMap<string, FormNote>;
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
  return createBoardIndexer()(board);
}

/** What a lane's index was made from, to tell whether it can be reused. */
interface LaneSource {
  readonly meeting: Meeting;
  readonly number: number | null;
  readonly people: ReadonlyMap<string, Person>;
  readonly notes: readonly Note[];
  readonly lane: LaneIndex;
}

/**
 * `indexBoard` for a board that changes a little at a time (the live board
 * re-projects after every few remote moves). The people map is kept while
 * every person object is the same one; a lane's index is kept while its
 * meeting, its number, that map and every one of its note objects are the
 * same ones. The board reader keeps unchanged records' identity, so a move
 * re-indexes only the lanes it touches. The result is the same as
 * `indexBoard`'s, and a kept lane (or map) is the very object from before,
 * which lets the projection and the checks keep their per-lane results too.
 */
export function createBoardIndexer(): (board: Board) => BoardIndex {
  let previousPeople: readonly Person[] | null = null;
  let people = new Map<string, Person>();
  let previousLanes = new Map<string, LaneSource>();

  return (board) => {
    if (previousPeople === null || !sameItems(previousPeople, board.people)) {
      people = new Map<string, Person>();
      for (const person of board.people) if (!people.has(person.id)) people.set(person.id, person);
    }
    previousPeople = board.people;

    const notesByLane = new Map<string, Note[]>();
    for (const meeting of board.meetings) {
      if (!notesByLane.has(meeting.id)) notesByLane.set(meeting.id, []);
    }
    for (const note of board.notes) {
      if (note.lane === null) continue;
      notesByLane.get(note.lane)?.push(note);
    }

    const lanesNow = new Map<string, LaneSource>();
    let networkCount = 0;
    const lanes = board.meetings.map((meeting) => {
      const number = meeting.kind === 'network' ? ++networkCount : null;
      // A repeated meeting id (invalid input) gets an empty lane rather than the notes twice.
      if (lanesNow.has(meeting.id)) return indexLane(meeting, number, [], people);
      const notes = notesByLane.get(meeting.id) ?? [];
      const before = previousLanes.get(meeting.id);
      const lane =
        before !== undefined &&
        before.meeting === meeting &&
        before.number === number &&
        before.people === people &&
        sameItems(before.notes, notes)
          ? before.lane
          : indexLane(meeting, number, notes, people);
      lanesNow.set(meeting.id, { meeting, number, people, notes, lane });
      return lane;
    });
    previousLanes = lanesNow;
    return { people, lanes };
  };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The form note a participant of the lane belongs to, or null when its `form`
 * is none or not a form note of the lane. Looked up rather than kept in a map
 * per participant: that map was a large share of the index's garbage.
 */
export function formOf(
  formById: LaneIndex['formById'],
  participant: ParticipantNote,
): FormNote | null {
  return participant.form === null ? null : (formById.get(participant.form) ?? null);
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
  const notesByPerson = new Map<string, ParticipantNote[]>();
  for (const participant of participants) {
    const form = formOf(formById, participant);
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
    formById,
    notesByPerson,
    formsMinutes,
  };
}

/**
 * Per-lane results a live projector keeps from one projection to the next
 * (`createPlanProjector`): a lane index the indexer hands back again stands
 * for the same notes, meeting and people, so what was made from it holds.
 * Only the lanes of the latest projection are kept. Owned by the projector,
 * not a module-wide WeakMap keyed by lane: V8's young-generation GC kept
 * every WeakMap entry's value alive, so each one-off projection's plan
 * survived into the old generation and GC took half the projection's time.
 */
export class LaneMemo<T> {
  #before = new Map<LaneIndex, T>();
  #now = new Map<LaneIndex, T>();

  /** The lane's result from the projection before, or `make()`'s; asked once per lane and projection. */
  get(lane: LaneIndex, make: () => T): T {
    const value = this.#before.get(lane) ?? make();
    this.#now.set(lane, value);
    return value;
  }

  /** After a projection: forget the lanes it did not use. */
  next(): void {
    this.#before = this.#now;
    this.#now = new Map();
  }
}
