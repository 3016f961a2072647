import { describe, expect, it } from 'vitest';
import { planSchema } from '../../shared/plan.ts';
import type { PlanMeeting } from '../../shared/plan.ts';
import { planParticipantLabel } from '../../shared/plan-labels.ts';
import { projectPlan } from '../../shared/projection.ts';
import type { Board } from '../../shared/schema.ts';
import {
  aForm,
  aMeeting,
  anIdea,
  aParticipant,
  aPerson,
  cleanBoard,
  makeBoard,
  laneBoard,
  paperExampleBoard,
} from './fixtures.ts';

const table = (meeting: PlanMeeting | undefined): string[][] =>
  (meeting?.rows ?? []).map((row) => [row.participant, row.contribution, row.how]);

const headings = (board: Board): string[] => projectPlan(board).meetings.map((m) => m.heading);

const rowNoteIds = (board: Board): string[] =>
  projectPlan(board).meetings[0]?.rows.map((row) => row.noteId) ?? [];

describe('projectPlan: the paper form', () => {
  it("produces exactly the paper form's example table", () => {
    const plan = projectPlan(paperExampleBoard());
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
    const board = paperExampleBoard();
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
      'Ekstramøde: [Undertema], [dato]',
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

describe('projectPlan: rows grouped by involvement form', () => {
  const people = [
    aPerson({ id: 'a', name: 'A' }),
    aPerson({ id: 'b', name: 'B' }),
    aPerson({ id: 'c', name: 'C' }),
    aPerson({ id: 'd', name: 'D' }),
  ];

  it('lists forms top to bottom, each with its participants, then those without a form', () => {
    const board = laneBoard(
      [
        // Form "lower" stands below form "upper", but its participant stands above everything.
        aForm({ id: 'lower', lane: 'lane', y: 500, name: 'Oplæg' }),
        aForm({ id: 'upper', lane: 'lane', y: 100, name: 'Workshop' }),
        aParticipant({ id: 'pLower', lane: 'lane', y: 0, person: 'a', form: 'lower' }),
        aParticipant({ id: 'pFree', lane: 'lane', y: 50, person: 'b', form: null }),
        aParticipant({ id: 'pUpper2', lane: 'lane', y: 900, person: 'c', form: 'upper' }),
        aParticipant({ id: 'pUpper1', lane: 'lane', y: 300, person: 'd', form: 'upper' }),
      ],
      people,
    );
    expect(rowNoteIds(board)).toEqual(['pUpper1', 'pUpper2', 'pLower', 'pFree']);
  });

  it('orders forms and participants at equal height left to right', () => {
    const board = laneBoard(
      [
        aForm({ id: 'right', lane: 'lane', x: 200, y: 0 }),
        aForm({ id: 'left', lane: 'lane', x: 10, y: 0 }),
        aParticipant({ id: 'p1', lane: 'lane', x: 200, y: 100, person: 'a', form: 'left' }),
        aParticipant({ id: 'p2', lane: 'lane', x: 10, y: 100, person: 'b', form: 'left' }),
        aParticipant({ id: 'p3', lane: 'lane', x: 10, y: 100, person: 'c', form: 'right' }),
        aParticipant({ id: 'p4', lane: 'lane', x: 200, y: 50, person: 'd', form: null }),
      ],
      people,
    );
    expect(rowNoteIds(board)).toEqual(['p2', 'p1', 'p3', 'p4']);
  });

  it('breaks ties in position by note id, whatever the array order', () => {
    const notes = [
      aParticipant({ id: 'zz', lane: 'lane', x: 10, y: 10, person: 'a' }),
      aParticipant({ id: 'aa', lane: 'lane', x: 10, y: 10, person: 'b' }),
      aParticipant({ id: 'mm', lane: 'lane', x: 10, y: 10, person: 'c' }),
    ];
    expect(rowNoteIds(laneBoard(notes, people))).toEqual(['aa', 'mm', 'zz']);
    expect(rowNoteIds(laneBoard([...notes].reverse(), people))).toEqual(['aa', 'mm', 'zz']);
  });

  it('gives the same plan for the same board, whatever the order of its notes', () => {
    const board = cleanBoard();
    const shuffled = { ...board, notes: [...board.notes].reverse() };
    expect(projectPlan(shuffled)).toEqual(projectPlan(board));
    expect(projectPlan(board)).toEqual(projectPlan(board));
  });

  it('writes just the name without an affiliation, and just one part of "how" when the other is empty', () => {
    const board = laneBoard(
      [
        aForm({ id: 'f', lane: 'lane', y: 0, name: 'Oplæg' }),
        aParticipant({ id: 'onlyForm', lane: 'lane', y: 10, person: 'a', form: 'f', role: '' }),
        aParticipant({
          id: 'onlyRole',
          lane: 'lane',
          y: 20,
          person: 'b',
          form: null,
          role: 'tovholder',
        }),
        aParticipant({ id: 'neither', lane: 'lane', y: 30, person: 'c', form: null, role: '' }),
      ],
      [
        aPerson({ id: 'a', name: 'en skoleleder', affiliation: '' }),
        aPerson({ id: 'b', name: 'Helle H.', affiliation: 'SPO' }),
        aPerson({ id: 'c', name: 'Søren S.', affiliation: 'Borger' }),
      ],
    );
    const rows = projectPlan(board).meetings[0]?.rows ?? [];
    expect(rows.map((r) => [r.participant, r.how, r.formNoteId, r.formName, r.role])).toEqual([
      ['en skoleleder', 'Oplæg', 'f', 'Oplæg', ''],
      ['Helle H., SPO', 'tovholder', null, '', 'tovholder'],
      ['Søren S., Borger', '', null, '', ''],
    ]);
  });

  it('writes "Borger" after a citizen without an affiliation, as the paper form does', () => {
    const citizen = (id: string, name: string, affiliation = '') =>
      aPerson({ id, name, affiliation, category: 'citizen' });
    const board = laneBoard(
      ['s', 'm', 'e', 'x', 'b', 'n', 't'].map((person, i) =>
        aParticipant({ id: `n${person}`, lane: 'lane', y: i * 100, person, form: null }),
      ),
      [
        citizen('s', 'Søren S.'),
        citizen('m', 'en borger som modtager hjemmepleje'),
        citizen('e', 'Else E.', 'Ældrerådet'),
        aPerson({ id: 'x', name: 'en skoleleder', affiliation: '', category: 'professional' }),
        citizen('b', 'Mette Borgersen'),
        // No name: nothing to add "Borger" to (the overview says "(uden navn)").
        citizen('n', ''),
        // Typed: the same text, but the user's, not the plan's.
        citizen('t', 'Tina T.', 'Borger'),
      ],
    );
    const rows = projectPlan(board).meetings[0]?.rows ?? [];
    expect(rows.map((r) => [r.participant, r.citizenWordAdded])).toEqual([
      ['Søren S., Borger', true],
      ['en borger som modtager hjemmepleje', false],
      ['Else E., Ældrerådet', false],
      ['en skoleleder', false],
      ['Mette Borgersen, Borger', true],
      ['', false],
      ['Tina T., Borger', false],
    ]);
    // In English only the added word is translated.
    expect(rows.map((r) => planParticipantLabel(r, 'en'))).toEqual([
      'Søren S., Citizen',
      'en borger som modtager hjemmepleje',
      'Else E., Ældrerådet',
      'en skoleleder',
      'Mette Borgersen, Citizen',
      '',
      'Tina T., Borger',
    ]);
  });
});

describe('projectPlan: forms without participants', () => {
  const people = [aPerson({ id: 'a', name: 'A' }), aPerson({ id: 'b', name: 'B' })];
  /** An opening talk and a closing reflection nobody has joined yet, around a workshop. */
  const agendaNotes = () => [
    aForm({
      id: 'reflection',
      lane: 'lane',
      y: 600,
      name: ' Fælles refleksion ',
      durationMinutes: 30,
    }),
    aForm({ id: 'talk', lane: 'lane', y: 0, name: 'Oplæg', durationMinutes: null }),
    aForm({ id: 'workshop', lane: 'lane', y: 200, name: 'Workshop 45 min', durationMinutes: 45 }),
    aParticipant({ id: 'pFree', lane: 'lane', y: 100, person: 'b', form: null }),
    aParticipant({ id: 'pWorkshop', lane: 'lane', y: 300, person: 'a', form: 'workshop' }),
  ];

  it('keeps each one in the plan with its name and minutes, where it stands in the agenda', () => {
    const meeting = projectPlan(laneBoard(agendaNotes(), people)).meetings[0];
    expect(meeting?.rows.map((row) => row.noteId)).toEqual(['pWorkshop', 'pFree']);
    expect(meeting?.formsWithoutParticipants).toEqual([
      // Before the workshop's row, and after it but before the participants without a form.
      { formNoteId: 'talk', name: 'Oplæg', durationMinutes: null, beforeRow: 0 },
      { formNoteId: 'reflection', name: 'Fælles refleksion', durationMinutes: 30, beforeRow: 1 },
    ]);
  });

  it('lists them in lane order whatever the order of the notes, and the plan passes its schema', () => {
    const board = laneBoard(agendaNotes(), people);
    const plan = projectPlan(board);
    expect(projectPlan({ ...board, notes: [...board.notes].reverse() })).toEqual(plan);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('counts a form whose only participant names a missing person as one without participants', () => {
    const board = laneBoard([
      aForm({ id: 'f', lane: 'lane', y: 0, name: 'Dialogmøde', durationMinutes: 60 }),
      aParticipant({ id: 'ghost', lane: 'lane', y: 10, person: 'nobody', form: 'f' }),
    ]);
    const meeting = projectPlan(board).meetings[0];
    expect(meeting?.rows).toEqual([]);
    expect(meeting?.formsWithoutParticipants.map((form) => form.formNoteId)).toEqual(['f']);
    // The same form the check points at.
    expect(
      projectPlan(board)
        .checks.filter((check) => check.code === 'form-no-participants')
        .map((check) => check.noteId),
    ).toEqual(['f']);
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
