import { createBoardIndexer, indexBoard, LaneMemo } from './board-index.ts';
import type { BoardIndex, LaneIndex } from './board-index.ts';
import { checkIndexedBoard, type ChecksMemo } from './checks.ts';
import type { CategoryCounts, Overview, Plan, PlanForm, PlanMeeting, PlanRow } from './plan.ts';
import {
  addsCitizenWord,
  howLabel,
  meetingHeading,
  participantLabel,
  usableDate,
} from './plan-labels.ts';
import { PERSON_CATEGORIES } from './schema.ts';
import type { Board, ParticipantNote, Person } from './schema.ts';

/**
 * The board projected into the paper planning tool (issue 2 §4): per meeting a
 * heading and the table "Netværksdeltager | Hvad skal personen bidrage med? |
 * Hvordan?", grouped by involvement form so that the table reads as the
 * meeting's agenda (forms nobody is linked to yet included, see
 * `meetingAgenda`); the who-comes-when overview; and the checks.
 *
 * Pure and deterministic: the same board gives the same plan, whatever the
 * order of its arrays where position decides (ties break by note id).
 */
export function projectPlan(board: Board): Plan {
  return projectIndexed(board, indexBoard(board), null);
}

/** What a live projector keeps from one projection to the next. */
interface ProjectorMemo {
  readonly meetings: LaneMemo<PlanMeeting>;
  readonly checks: ChecksMemo;
  labels: { readonly people: ReadonlyMap<string, Person>; readonly labels: Labels } | null;
}

/**
 * `projectPlan` for a board that changes a little at a time: lanes that did
 * not change (see `createBoardIndexer`) keep their plan meeting and their
 * checks, the very objects from before, so a remote move re-projects only the
 * lanes it touches and the plan's tables re-render only those. Same output
 * as `projectPlan`.
 */
export function createPlanProjector(): (board: Board) => Plan {
  const index = createBoardIndexer();
  const memo: ProjectorMemo = {
    meetings: new LaneMemo(),
    checks: new LaneMemo(),
    labels: null,
  };
  return (board) => {
    const plan = projectIndexed(board, index(board), memo);
    memo.meetings.next();
    memo.checks.next();
    return plan;
  };
}

function projectIndexed(board: Board, index: BoardIndex, memo: ProjectorMemo | null): Plan {
  let labels: Labels;
  if (memo === null) labels = labelsOf(index.people);
  else if (memo.labels?.people === index.people) labels = memo.labels.labels;
  else {
    labels = labelsOf(index.people);
    memo.labels = { people: index.people, labels };
  }
  const meetingOf = (lane: LaneIndex) => projectMeeting(lane, index.people, labels);
  return {
    title: board.title,
    period: board.period,
    meetings: index.lanes.map((lane) =>
      memo === null ? meetingOf(lane) : memo.meetings.get(lane, () => meetingOf(lane)),
    ),
    overview: projectOverview(board, index),
    checks: checkIndexedBoard(board, index, memo?.checks),
  };
}

/** How a person is named in the participant column (plan rows and the overview). */
interface ParticipantLabel {
  readonly participant: string;
  readonly citizenWordAdded: boolean;
}

/** Person id → label: a person's label is the same in every row. */
type Labels = ReadonlyMap<string, ParticipantLabel>;

function labelOf(person: Person): ParticipantLabel {
  return { participant: participantLabel(person), citizenWordAdded: addsCitizenWord(person) };
}

function labelsOf(people: ReadonlyMap<string, Person>): Labels {
  const labels = new Map<string, ParticipantLabel>();
  for (const [id, person] of people) labels.set(id, labelOf(person));
  return labels;
}

function projectMeeting(
  lane: LaneIndex,
  people: ReadonlyMap<string, Person>,
  labels: Labels,
): PlanMeeting {
  const { meeting } = lane;
  const date = usableDate(meeting.date);
  const rows: PlanRow[] = [];
  const addRow = (note: ParticipantNote, formNoteId: string | null, formName: string): void => {
    const person = people.get(note.person);
    if (!person) return;
    const role = note.role.trim();
    const label = labels.get(person.id) ?? labelOf(person);
    // Fields named one by one: a spread into this literal made every row a
    // slow-path object clone (~8 µs a row, 3× the whole projection).
    rows.push({
      participant: label.participant,
      citizenWordAdded: label.citizenWordAdded,
      contribution: note.contribution,
      how: howLabel(formName, role),
      noteId: note.id,
      personId: person.id,
      core: person.core,
      formNoteId,
      formName,
      role,
    });
  };
  const formsWithoutParticipants: PlanForm[] = [];
  for (const form of lane.forms) {
    const formName = form.name.trim();
    const beforeRow = rows.length;
    for (const note of lane.participantsByForm.get(form.id) ?? []) addRow(note, form.id, formName);
    if (rows.length === beforeRow) {
      formsWithoutParticipants.push({
        formNoteId: form.id,
        name: formName,
        durationMinutes: form.durationMinutes,
        beforeRow,
      });
    }
  }
  for (const note of lane.unattached) addRow(note, null, '');

  return {
    meetingId: meeting.id,
    kind: meeting.kind,
    number: lane.number,
    heading: meetingHeading({
      kind: meeting.kind,
      number: lane.number,
      subtheme: meeting.subtheme,
      date,
    }),
    subtheme: meeting.subtheme,
    date,
    startTime: meeting.startTime,
    durationMinutes: meeting.durationMinutes,
    location: meeting.location,
    formsMinutes: lane.formsMinutes,
    rows,
    formsWithoutParticipants,
  };
}

function emptyCounts(): CategoryCounts {
  const counts = {} as CategoryCounts;
  for (const category of PERSON_CATEGORIES) counts[category] = 0;
  return counts;
}

/** Who comes when: every person of the pool (core first, then pool order) × the meetings. */
export function projectOverview(board: Board, index: BoardIndex = indexBoard(board)): Overview {
  const pool = board.people.filter((person) => index.people.get(person.id) === person);
  const ordered = [...pool.filter((p) => p.core), ...pool.filter((p) => !p.core)];
  return {
    meetingIds: index.lanes.map((lane) => lane.meeting.id),
    people: ordered.map((person) => ({
      personId: person.id,
      participant: participantLabel(person),
      citizenWordAdded: addsCitizenWord(person),
      category: person.category,
      core: person.core,
      attends: index.lanes.map((lane) => lane.notesByPerson.get(person.id)?.length ?? 0),
    })),
    counts: index.lanes.map((lane) => {
      const byCategory = emptyCounts();
      for (const personId of lane.notesByPerson.keys()) {
        const person = index.people.get(personId);
        if (person) byCategory[person.category] += 1;
      }
      return { meetingId: lane.meeting.id, byCategory, total: lane.notesByPerson.size };
    }),
  };
}
