import { describe, expect, it } from 'vitest';
import { planSchema } from '../../shared/plan.ts';
import type { PlanMeeting } from '../../shared/plan.ts';
import { projectPlan } from '../../shared/projection.ts';
import type { Board } from '../../shared/schema.ts';
import {
  aForm,
  aMeeting,
  anIdea,
  aParticipant,
  aPerson,
  makeBoard,
  laneBoard,
  paperFormMeetingBoard,
} from './fixtures.ts';

const table = (meeting: PlanMeeting | undefined): string[][] =>
  (meeting?.rows ?? []).map((row) => [row.participant, row.contribution, row.how]);

const headings = (board: Board): string[] => projectPlan(board).meetings.map((m) => m.heading);

const rowNoteIds = (board: Board): string[] =>
  projectPlan(board).meetings[0]?.rows.map((row) => row.noteId) ?? [];

describe('projectPlan: the paper form', () => {
  it("produces exactly the paper form's example table", () => {
    const plan = projectPlan(paperFormMeetingBoard());
    expect(plan.meetings).toHaveLength(1);
    expect(plan.meetings[0]?.heading).toBe(
      'Netværksmøde 1: Samarbejde med borgerne, 12. januar 2027',
    );
    expect(table(plan.meetings[0])).toEqual([
      ['Jens J., ØS', 'Oplæg om X', 'Workshop m. borgere, facilitator'],
      ['Helle H., SPO', 'Bidrager med viden om Y', 'Workshop m. borgere, deltager'],
      ['Søren S., Borger', 'Modtager ydelse X', 'Workshop m. borgere, deltager'],
    ]);
  });

  it('fills every field of a row and of a meeting, and the plan passes its own schema', () => {
    const board = paperFormMeetingBoard();
    const meeting = board.meetings[0];
    if (!meeting) throw new Error('fixture');
    board.meetings[0] = {
      ...meeting,
      startTime: '13:00',
      durationMinutes: 120,
      location: 'Rådhuset',
    };
    const plan = projectPlan(board);
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.title).toBe(board.title);
    expect(plan.period).toEqual(board.period);
    const { rows, ...fields } = plan.meetings[0] ?? { rows: [] };
    expect(fields).toEqual({
      meetingId: 'meeting1',
      kind: 'network',
      number: 1,
      heading: 'Netværksmøde 1: Samarbejde med borgerne, 12. januar 2027',
      subtheme: 'Samarbejde med borgerne',
      date: '2027-01-12',
      startTime: '13:00',
      durationMinutes: 120,
      location: 'Rådhuset',
      formsMinutes: 90,
      formsWithoutParticipants: [],
    });
    expect(rows[0]).toEqual({
      participant: 'Jens J., ØS',
      citizenWordAdded: false,
      contribution: 'Oplæg om X',
      how: 'Workshop m. borgere, facilitator',
      noteId: 'noteJens',
      personId: 'jens',
      core: false,
      formNoteId: 'workshop',
      formName: 'Workshop m. borgere',
      role: 'facilitator',
    });
  });
});

describe('projectPlan: headings', () => {
  it('numbers only network meetings, in board order', () => {
    const board = makeBoard({
      meetings: [
        aMeeting({ kind: 'network', subtheme: 'Første', date: '2027-01-12' }),
        aMeeting({ kind: 'extra', subtheme: 'Med referencelederen', date: '2027-02-02' }),
        aMeeting({ kind: 'network', subtheme: 'Anden', date: '2027-03-01' }),
        aMeeting({ kind: 'final', subtheme: '', date: '2027-04-20' }),
      ],
    });
    const plan = projectPlan(board);
    expect(plan.meetings.map((m) => m.number)).toEqual([1, null, 2, null]);
    expect(plan.meetings.map((m) => m.heading)).toEqual([
      'Netværksmøde 1: Første, 12. januar 2027',
      'Ekstramøde: Med referencelederen, 2. februar 2027',
      'Netværksmøde 2: Anden, 1. marts 2027',
      'Afsluttende møde: Analyse og generering af læring på baggrund af øvrige netværksmøder, 20. april 2027',
    ]);
  });

  it("writes the paper form's placeholders for a missing sub-theme or date", () => {
    const board = makeBoard({
      meetings: [
        aMeeting({ kind: 'network', subtheme: '', date: null }),
        aMeeting({ kind: 'network', subtheme: '   ', date: '2027-05-01' }),
        aMeeting({ kind: 'extra', subtheme: '', date: null }),
        aMeeting({ kind: 'final', subtheme: '', date: null }),
      ],
    });
    expect(headings(board)).toEqual([
      'Netværksmøde 1: [Undertema], [dato]',
      'Netværksmøde 2: [Undertema], 1. maj 2027',
      'Ekstramøde, [dato]',
      'Afsluttende møde: Analyse og generering af læring på baggrund af øvrige netværksmøder, [dato]',
    ]);
  });

  it("uses the final meeting's own sub-theme when it has one", () => {
    const board = makeBoard({
      meetings: [
        aMeeting({ kind: 'final', subtheme: 'Læring til organisationen', date: '2027-04-20' }),
      ],
    });
    expect(headings(board)).toEqual([
      'Afsluttende møde: Læring til organisationen, 20. april 2027',
    ]);
  });

  it('treats a date that is not a real calendar date as missing', () => {
    const board = makeBoard({ meetings: [aMeeting({ subtheme: 'X', date: '2027-02-30' })] });
    const plan = projectPlan(board);
    expect(plan.meetings[0]?.heading).toBe('Netværksmøde 1: X, [dato]');
    expect(plan.meetings[0]?.date).toBeNull();
  });
});

describe('projectPlan: tolerance of damaged input', () => {
  it('skips a participant whose person is missing', () => {
    const board = laneBoard([
      aParticipant({ id: 'ghost', lane: 'lane', y: 0, person: 'nobody' }),
      aParticipant({ id: 'real', lane: 'lane', y: 10, person: 'a' }),
    ]);
    expect(rowNoteIds(board)).toEqual(['real']);
  });

  it('treats a form that is not a form note in the same lane as no form', () => {
    const board = makeBoard({
      meetings: [aMeeting({ id: 'lane' }), aMeeting({ id: 'other' })],
      people: [aPerson({ id: 'a', name: 'A' }), aPerson({ id: 'b', name: 'B' })],
      notes: [
        aForm({ id: 'elsewhere', lane: 'other', name: 'Oplæg' }),
        anIdea({ id: 'idea', lane: 'lane', y: 0 }),
        aParticipant({
          id: 'p1',
          lane: 'lane',
          y: 10,
          person: 'a',
          form: 'elsewhere',
          role: 'deltager',
        }),
        aParticipant({ id: 'p2', lane: 'lane', y: 20, person: 'b', form: 'idea' }),
      ],
    });
    const rows = projectPlan(board).meetings[0]?.rows ?? [];
    expect(rows.map((r) => [r.noteId, r.formNoteId, r.how])).toEqual([
      ['p1', null, 'deltager'],
      ['p2', null, ''],
    ]);
  });

  it('counts a form note whose id repeats once', () => {
    const board = laneBoard([
      aForm({ id: 'twin', lane: 'lane', y: 0, durationMinutes: 30 }),
      aForm({ id: 'twin', lane: 'lane', y: 50, durationMinutes: 30 }),
      aParticipant({ id: 'p', lane: 'lane', y: 100, person: 'a', form: 'twin' }),
    ]);
    const meeting = projectPlan(board).meetings[0];
    expect(meeting?.rows.map((r) => r.noteId)).toEqual(['p']);
    expect(meeting?.formsMinutes).toBe(30);
  });

  it('leaves parked notes and notes of unknown lanes out of every meeting', () => {
    const board = laneBoard([
      aParticipant({ id: 'parked', lane: null, person: 'a' }),
      aParticipant({ id: 'lost', lane: 'noSuchMeeting', person: 'a' }),
      aForm({ id: 'parkedForm', lane: null, durationMinutes: 60 }),
    ]);
    const plan = projectPlan(board);
    expect(plan.meetings[0]?.rows).toEqual([]);
    expect(plan.meetings[0]?.formsMinutes).toBe(0);
    expect(plan.overview.people[0]?.attends).toEqual([0]);
  });
});
