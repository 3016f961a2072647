import { describe, expect, it } from 'vitest';
import { createNameWordMeasure } from '../../../client/plan/nameColumn.ts';
import { createPlanProjector } from '../../../shared/projection.ts';
import type { Board } from '../../../shared/schema.ts';
import { generatedBoard, paperExampleBoard } from '../../helpers/boards.ts';

/** A stand-in for the canvas's measure: 7 px a letter, every word it was asked for noted. */
function countingMeasure() {
  const asked: string[] = [];
  const measure = (text: string) => {
    asked.push(text);
    return text.length * 7;
  };
  return { asked, measure };
}

const longest = (words: string[]) => Math.max(...words.map((word) => word.length));

describe("the plan's name column", () => {
  it('is as wide as the longest word of any participant label', () => {
    const project = createPlanProjector();
    const plan = project(paperExampleBoard());
    const { asked, measure } = countingMeasure();
    const width = createNameWordMeasure(measure)(plan.meetings, 'da', '14px sans-serif');
    expect(asked.length).toBeGreaterThan(0);
    expect(width).toBe(longest(asked) * 7);
  });

  it('measures again only the meetings a change touched (a move), and all of them in another language', () => {
    const project = createPlanProjector();
    const board = generatedBoard({ notes: 80, people: 20, meetings: 5 });
    const first = project(board);
    const { asked, measure } = countingMeasure();
    const widest = createNameWordMeasure(measure);
    const before = widest(first.meetings, 'da', '14px sans-serif');

    // One participant moves to the parking area: only the meeting it left changes.
    const moved = board.notes.find((n) => n.kind === 'participant' && n.lane !== null);
    if (!moved) throw new Error('the example has no placed participant');
    const changed: Board = {
      ...board,
      notes: board.notes.map((n) => (n.id === moved.id ? { ...n, lane: null } : n)),
    };
    const second = project(changed);
    const touched = second.meetings.filter((meeting, i) => meeting !== first.meetings[i]);
    expect(touched.length).toBeGreaterThan(0);
    expect(touched.length).toBeLessThan(second.meetings.length);
    asked.length = 0;
    const after = widest(second.meetings, 'da', '14px sans-serif');
    expect(after).toBeLessThanOrEqual(before);
    expect(after).toBe(
      createNameWordMeasure(countingMeasure().measure)(second.meetings, 'da', 'f'),
    );
    const touchedRows = touched.reduce((n, meeting) => n + meeting.rows.length, 0);
    expect(asked.length).toBeGreaterThan(0);
    const fresh = countingMeasure();
    createNameWordMeasure(fresh.measure)(second.meetings, 'da', '14px sans-serif');
    expect(asked.length).toBeLessThan(fresh.asked.length);
    expect(asked.length).toBeGreaterThanOrEqual(touchedRows);

    asked.length = 0;
    widest(second.meetings, 'en', '14px sans-serif');
    expect(asked.length).toBeGreaterThanOrEqual(
      second.meetings.reduce((n, m) => n + m.rows.length, 0),
    );
  });
});
