import { describe, expect, it } from 'vitest';
import { agendaKey, agendaLength, meetingAgenda } from '../../shared/plan-agenda.ts';
import { makeForm, makeMeeting, makeRow } from './plan-fixtures.ts';

const keys = (meeting: Parameters<typeof meetingAgenda>[0]) =>
  meetingAgenda(meeting).map(agendaKey);

describe("a meeting's table read as its agenda", () => {
  const rows = ['r1', 'r2', 'r3'].map((noteId) => makeRow({ noteId }));

  it('puts each form without participants before the row it stands before, in lane order', () => {
    const meeting = makeMeeting({
      rows,
      formsWithoutParticipants: [
        makeForm({ formNoteId: 'opening', beforeRow: 0 }),
        makeForm({ formNoteId: 'middle1', beforeRow: 2 }),
        makeForm({ formNoteId: 'middle2', beforeRow: 2 }),
        makeForm({ formNoteId: 'closing', beforeRow: 3 }),
      ],
    });
    expect(keys(meeting)).toEqual(['opening', 'r1', 'r2', 'middle1', 'middle2', 'r3', 'closing']);
    expect(agendaLength(meeting)).toBe(7);
  });

  it('is the rows alone when every form has participants', () => {
    expect(keys(makeMeeting({ rows }))).toEqual(['r1', 'r2', 'r3']);
  });

  it('puts a form placed past the last row (a damaged plan file) after every row', () => {
    const meeting = makeMeeting({
      rows,
      formsWithoutParticipants: [makeForm({ formNoteId: 'far', beforeRow: 99 })],
    });
    expect(keys(meeting)).toEqual(['r1', 'r2', 'r3', 'far']);
  });
});
