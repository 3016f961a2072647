import { describe, expect, it } from 'vitest';
import { planSchema } from '../../shared/plan.ts';
import { planParticipantLabel } from '../../shared/plan-labels.ts';
import { projectPlan } from '../../shared/projection.ts';
import type { Board } from '../../shared/schema.ts';
import { aForm, aParticipant, aPerson, cleanBoard, laneBoard } from './fixtures.ts';

const rowNoteIds = (board: Board): string[] =>
  projectPlan(board).meetings[0]?.rows.map((row) => row.noteId) ?? [];

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
