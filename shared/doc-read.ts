import * as Y from 'yjs';
import { withoutBidiOverrides } from './bidi.ts';
import { roots, type Collection, type RecordMap } from './doc.ts';
import { isValidId } from './ids.ts';
import { parkedFromGoneLane, placeOrder, readPlace } from './note-place.ts';
import { SortedRecords } from './sorted-records.ts';
import { itemOf } from './yjs-private.ts';
import {
  BOARD_FORMAT,
  BOARD_VERSION,
  LIMITS,
  MEETING_KINDS,
  NOTE_KINDS,
  PERSON_CATEGORIES,
  isClockTime,
  isRealDate,
  type Board,
  type Meeting,
  type MeetingKind,
  type Note,
  type PaletteForm,
  type Person,
  type PersonCategory,
} from './schema.ts';

/**
 * Reading the live document into a plain board file (the layout is in
 * doc.ts): tolerant, so an invalid record is repaired or skipped, never a
 * crash; and incremental through `createBoardReader`, which re-reads only the
 * records that changed.
 */

// ——— tolerant reading: an invalid record is repaired or skipped, never a crash ———

const str = (value: unknown, max: number): string =>
  typeof value === 'string'
    ? withoutBidiOverrides(value.length > max ? value.slice(0, max) : value)
    : '';

const dateOrNull = (value: unknown): string | null =>
  typeof value === 'string' && isRealDate(value) ? value : null;

const timeOrNull = (value: unknown): string | null =>
  typeof value === 'string' && isClockTime(value) ? value : null;

const minutesOrNull = (value: unknown): number | null =>
  typeof value === 'number' &&
  Number.isInteger(value) &&
  value > 0 &&
  value <= LIMITS.durationMinutes
    ? value
    : null;

const oneOf = <T extends string>(
  set: readonly T[],
  value: unknown,
  fallback: T | null,
): T | null =>
  typeof value === 'string' && (set as readonly string[]).includes(value) ? (value as T) : fallback;

const fieldOrder = (map: RecordMap): unknown => map.get('order');

function readMeeting(id: string, map: RecordMap): Meeting {
  return {
    id,
    kind: oneOf<MeetingKind>(MEETING_KINDS, map.get('kind'), 'network') ?? 'network',
    subtheme: str(map.get('subtheme'), LIMITS.shortTextChars),
    date: dateOrNull(map.get('date')),
    startTime: timeOrNull(map.get('startTime')),
    durationMinutes: minutesOrNull(map.get('durationMinutes')),
    location: str(map.get('location'), LIMITS.shortTextChars),
  };
}

function readPerson(id: string, map: RecordMap): Person {
  return {
    id,
    name: str(map.get('name'), LIMITS.shortTextChars),
    affiliation: str(map.get('affiliation'), LIMITS.shortTextChars),
    category: oneOf<PersonCategory>(PERSON_CATEGORIES, map.get('category'), 'other') ?? 'other',
    core: map.get('core') === true,
  };
}

function readPaletteForm(id: string, map: RecordMap): PaletteForm {
  return {
    id,
    name: str(map.get('name'), LIMITS.shortTextChars),
    durationMinutes: minutesOrNull(map.get('durationMinutes')),
    description: str(map.get('description'), LIMITS.textChars),
  };
}

/**
 * A note as stored, before cross-record repair. Participant notes whose
 * person is gone are dropped (they were deleted with the person); notes whose
 * lane is gone are parked; a form reference that is not a form note in the
 * same lane reads as null. These rules make every replica read the same valid
 * board after any mix of concurrent operations.
 */
function readNoteRaw(id: string, map: RecordMap): Note | null {
  const kind = oneOf(NOTE_KINDS, map.get('kind'), null);
  if (kind === null) return null;
  // Literal objects, no spreads: `{ ...base, more }` is ~100× slower in V8 here
  // and this runs for every note of a board (readBoard budget: 30 ms at 5,000 notes).
  const { lane, x, y } = readPlace(map);
  switch (kind) {
    case 'participant': {
      const person = map.get('person');
      const form = map.get('form');
      if (!isValidId(person)) return null;
      return {
        id,
        lane,
        x,
        y,
        kind,
        person,
        contribution: str(map.get('contribution'), LIMITS.textChars),
        role: str(map.get('role'), LIMITS.shortTextChars),
        form: isValidId(form) ? form : null,
      };
    }
    case 'form':
      return {
        id,
        lane,
        x,
        y,
        kind,
        name: str(map.get('name'), LIMITS.shortTextChars),
        durationMinutes: minutesOrNull(map.get('durationMinutes')),
        description: str(map.get('description'), LIMITS.textChars),
      };
    case 'idea':
      return { id, lane, x, y, kind, text: str(map.get('text'), LIMITS.textChars) };
  }
}

/** The collections of a board, each read in order (sorted-records.ts). */
interface BoardLists {
  readonly meetings: SortedRecords<Meeting>;
  readonly people: SortedRecords<Person>;
  readonly notes: SortedRecords<Note>;
  readonly palette: SortedRecords<PaletteForm>;
}

/** `live`: kept and told of changes between reads (createBoardReader); else read once. */
function boardLists(doc: Y.Doc, live = false): BoardLists {
  const r = roots(doc);
  return {
    meetings: new SortedRecords(r.meetings, readMeeting, fieldOrder, live),
    people: new SortedRecords(r.people, readPerson, fieldOrder, live),
    notes: new SortedRecords(r.notes, readNoteRaw, placeOrder, live),
    palette: new SortedRecords(r.palette, readPaletteForm, fieldOrder, live),
  };
}

/** The document as a valid board file (tolerant: repairs, never throws). */
export function readBoard(doc: Y.Doc): Board {
  return readBoardWith(doc, boardLists(doc));
}

function readBoardWith(doc: Y.Doc, lists: BoardLists): Board {
  const r = roots(doc);
  // An id belongs to the first collection that has it (meetings, people, notes, palette).
  const meetings = lists.meetings.list(() => false, LIMITS.meetings);
  const meetingIds = new Set(meetings.map((m) => m.id));
  const people = lists.people.list((id) => meetingIds.has(id), LIMITS.people);
  const personIds = new Set(people.map((p) => p.id));
  const takenByRecord = (id: string) => meetingIds.has(id) || personIds.has(id);
  const rawNotes = lists.notes.list(takenByRecord, Number.POSITIVE_INFINITY);
  // The set of note ids only when a palette form's id is a note's key too (never, but for damaged data):
  // not a set of 3,000 ids built for every read.
  let noteIds: Set<string> | null = null;
  const takenByNote = (id: string) =>
    r.notes.has(id) && (noteIds ??= new Set(rawNotes.map((n) => n.id))).has(id);
  const palette = lists.palette.list((id) => takenByRecord(id) || takenByNote(id), LIMITS.palette);

  const notes: Note[] = [];
  for (const note of rawNotes) {
    if (note.kind === 'participant' && !personIds.has(note.person)) continue;
    const laneGone = note.lane !== null && !meetingIds.has(note.lane);
    notes.push(laneGone ? parkedFromGoneLane(note) : note);
    if (notes.length >= LIMITS.notes) break;
  }
  const formLane = new Map<string, string | null>();
  for (const note of notes) if (note.kind === 'form') formLane.set(note.id, note.lane);
  for (let i = 0; i < notes.length; i++) {
    const note = notes[i];
    if (note?.kind !== 'participant' || note.form === null) continue;
    const lane = formLane.get(note.form);
    if (lane === undefined || lane !== note.lane) {
      notes[i] = { ...note, form: null };
    }
  }

  const meta = r.meta;
  const periodStart = dateOrNull(meta.get('periodStart'));
  const periodEnd = dateOrNull(meta.get('periodEnd'));
  return {
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    title: str(meta.get('title'), LIMITS.titleChars),
    period:
      periodStart !== null && periodEnd !== null && periodStart <= periodEnd
        ? { start: periodStart, end: periodEnd }
        : null,
    meetings,
    people,
    notes,
    palette,
  };
}

export interface BoardReader {
  /** The current board; records that did not change keep their object identity. */
  read(): Board;
  dispose(): void;
}

/**
 * Reads a live document repeatedly at the cost of what changed: each
 * collection keeps its records read and in order (sorted-records.ts) and
 * reads again only the records that changed, so a remote move of one note
 * re-creates one note object and the canvas re-renders one note (issue 4:
 * only the notes a change touches re-render).
 */
export function createBoardReader(doc: Y.Doc): BoardReader {
  const r = roots(doc);
  const lists = boardLists(doc, true);
  const routes = new Map<Collection, SortedRecords<unknown>>([
    [r.meetings, lists.meetings],
    [r.people, lists.people],
    [r.notes, lists.notes],
    [r.palette, lists.palette],
  ]);
  const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) routes.get(event.currentTarget as Collection)?.onEvent(event);
  };
  for (const collection of routes.keys()) collection.observeDeep(onChange);
  let previous: Board | null = null;
  return {
    read: () => {
      const next = readBoardWith(doc, lists);
      previous = previous === null ? next : keepUnchanged(previous, next);
      return previous;
    },
    dispose: () => {
      for (const collection of routes.keys()) collection.unobserveDeep(onChange);
      previous = null;
    },
  };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `next` with every list whose records are all unchanged replaced by the
 * previous read's list, and the previous board itself when nothing changed:
 * a note move leaves `people`, `meetings` and `palette` as they were, so
 * whatever is derived from them (the pool, the people map) is not derived again.
 */
function keepUnchanged(previous: Board, next: Board): Board {
  const meetings = sameItems(previous.meetings, next.meetings) ? previous.meetings : next.meetings;
  const people = sameItems(previous.people, next.people) ? previous.people : next.people;
  const notes = sameItems(previous.notes, next.notes) ? previous.notes : next.notes;
  const palette = sameItems(previous.palette, next.palette) ? previous.palette : next.palette;
  const period =
    previous.period !== null &&
    next.period !== null &&
    previous.period.start === next.period.start &&
    previous.period.end === next.period.end
      ? previous.period
      : next.period;
  if (
    meetings === previous.meetings &&
    people === previous.people &&
    notes === previous.notes &&
    palette === previous.palette &&
    period === previous.period &&
    next.title === previous.title
  ) {
    return previous;
  }
  return { ...next, meetings, people, notes, palette, period };
}

/**
 * The Yjs id of a note's record, or null when there is no such note: an undo
 * step whose insertions hold it is the step that made the note.
 */
export function noteRecordId(doc: Y.Doc, id: string): Y.ID | null {
  const note = roots(doc).notes.get(id);
  return (note && itemOf(note)?.id) ?? null;
}
