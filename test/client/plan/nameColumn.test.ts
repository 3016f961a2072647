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

  it('reads again only the meetings a change touched (a move), and all of them in another language', () => {
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
    // The touched meeting's rows are new, but their labels were all seen: none measured again.
    expect(asked).toEqual([]);

    asked.length = 0;
    widest(second.meetings, 'en', '14px sans-serif');
    const labels = new Set(second.meetings.flatMap((m) => m.rows.map((row) => row.participant)));
    expect(asked.length).toBeGreaterThanOrEqual(labels.size);
  });

  it("measures only a label it has not seen: a person's new name, in the meetings it is in", () => {
    const project = createPlanProjector();
    const board = generatedBoard({ notes: 80, people: 20, meetings: 5 });
    const { asked, measure } = countingMeasure();
    const widest = createNameWordMeasure(measure);
    widest(project(board).meetings, 'da', '14px sans-serif');
    const renamed: Board = {
      ...board,
      people: board.people.map((p) => (p.id === 'p3' ? { ...p, name: 'Gudrun Skovgaard' } : p)),
    };
    const second = project(renamed);
    const hers = second.meetings
      .flatMap((m) => m.rows)
      .filter((row) => row.participant.includes('Gudrun'));
    expect(hers.length).toBeGreaterThan(1);
    asked.length = 0;
    const width = widest(second.meetings, 'da', '14px sans-serif');
    expect(width).toBe(
      createNameWordMeasure(countingMeasure().measure)(second.meetings, 'da', 'f'),
    );
    expect(new Set(asked)).toEqual(
      new Set(hers[0]?.participant.split(/\s+/).filter((word) => word !== '')),
    );
  });
});
