import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../shared/projection.ts';
import { aForm, aMeeting, aParticipant, aPerson, laneBoard, makeBoard } from './fixtures.ts';

describe('projectPlan: forms minutes', () => {
  it('sums the durations of the form notes in the lane, counting a missing duration as 0', () => {
    const board = laneBoard([
      aForm({ lane: 'lane', durationMinutes: 45 }),
      aForm({ lane: 'lane', durationMinutes: null }),
      aForm({ lane: 'lane', durationMinutes: 90 }),
      aForm({ lane: null, durationMinutes: 30 }),
    ]);
    expect(projectPlan(board).meetings[0]?.formsMinutes).toBe(135);
  });
});

describe('projectPlan: overview', () => {
  const board = makeBoard({
    meetings: [aMeeting({ id: 'm1' }), aMeeting({ id: 'm2', kind: 'final' })],
    people: [
      aPerson({ id: 'jens', name: 'Jens J.', affiliation: 'ØS', category: 'professional' }),
      aPerson({ id: 'soren', name: 'Søren S.', affiliation: 'Borger', category: 'citizen' }),
      aPerson({
        id: 'karen',
        name: 'Karen K.',
        affiliation: '',
        category: 'professional',
        core: true,
      }),
      aPerson({ id: 'idle', name: 'Ida I.', affiliation: 'Ekstern', category: 'external' }),
    ],
    notes: [
      aParticipant({ lane: 'm1', person: 'jens' }),
      aParticipant({ lane: 'm1', person: 'jens' }),
      aParticipant({ lane: 'm1', person: 'soren' }),
      aParticipant({ lane: 'm1', person: 'karen' }),
      aParticipant({ lane: 'm2', person: 'karen' }),
      aParticipant({ lane: null, person: 'idle' }),
    ],
  });

  it('lists all people of the pool, core first then pool order, with their notes per meeting', () => {
    const { overview } = projectPlan(board);
    expect(overview.meetingIds).toEqual(['m1', 'm2']);
    expect(overview.people).toEqual([
      {
        personId: 'karen',
        participant: 'Karen K.',
        citizenWordAdded: false,
        category: 'professional',
        core: true,
        attends: [1, 1],
      },
      {
        personId: 'jens',
        participant: 'Jens J., ØS',
        citizenWordAdded: false,
        category: 'professional',
        core: false,
        attends: [2, 0],
      },
      {
        personId: 'soren',
        participant: 'Søren S., Borger',
        citizenWordAdded: false,
        category: 'citizen',
        core: false,
        attends: [1, 0],
      },
      {
        personId: 'idle',
        participant: 'Ida I., Ekstern',
        citizenWordAdded: false,
        category: 'external',
        core: false,
        attends: [0, 0],
      },
    ]);
  });

  it('counts distinct people per category per meeting', () => {
    const { overview } = projectPlan(board);
    expect(overview.counts).toEqual([
      {
        meetingId: 'm1',
        byCategory: {
          citizen: 1,
          professional: 2,
          external: 0,
          referenceLeader: 0,
          politician: 0,
          other: 0,
        },
        total: 3,
      },
      {
        meetingId: 'm2',
        byCategory: {
          citizen: 0,
          professional: 1,
          external: 0,
          referenceLeader: 0,
          politician: 0,
          other: 0,
        },
        total: 1,
      },
    ]);
  });
});
