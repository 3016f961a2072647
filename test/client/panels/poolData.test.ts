import { describe, expect, it } from 'vitest';
import { meetingCounts } from '../../../client/panels/poolData.ts';
import type { Note } from '../../../shared/schema.ts';

function participant(id: string, person: string, lane: string | null): Note {
  return {
    id,
    kind: 'participant',
    person,
    lane,
    x: 0,
    y: 0,
    contribution: '',
    role: '',
    form: null,
  };
}

describe('meetingCounts', () => {
  const notes = [
    participant('n1', 'p1', 'm1'),
    participant('n2', 'p1', 'm2'),
    participant('n3', 'p2', 'm1'),
  ];

  it('counts the distinct meetings each person is placed in; parked notes do not count', () => {
    const counts = meetingCounts([...notes, participant('n4', 'p2', null)], new Map());
    expect([...counts]).toEqual([
      ['p1', 2],
      ['p2', 1],
    ]);
  });

  it('gives back the previous map when no count changed, so the pool list does not re-render', () => {
    const before = meetingCounts(notes, new Map());
    // p2 moves from meeting 1 to meeting 3: still in one meeting.
    const moved = [notes[0]!, notes[1]!, participant('n3', 'p2', 'm3')];
    expect(meetingCounts(moved, before)).toBe(before);
  });

  it('gives a new map when a count changes or a person appears or goes', () => {
    const before = meetingCounts(notes, new Map());
    const joined = meetingCounts([notes[0]!, participant('n2', 'p1', 'm1'), notes[2]!], before);
    expect(joined).not.toBe(before);
    expect(joined.get('p1')).toBe(1);
    const gone = meetingCounts([notes[0]!, notes[1]!], before);
    expect(gone).not.toBe(before);
    expect(gone.has('p2')).toBe(false);
  });
});
