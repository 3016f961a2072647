import { describe, expect, it } from 'vitest';
import type { PlacedNote } from '../../client/canvas/boardGeometry.ts';
import { planMount } from '../../client/canvas/progressiveMount.ts';
import { idea } from './boardFixture.ts';

const placed = (id: string, x: number, y: number): PlacedNote => ({
  note: idea(id, null, x, y),
  x,
  y,
  lane: null,
});
const ids = (notes: readonly PlacedNote[]) => notes.map((p) => p.note.id);

describe('notes coming into view', () => {
  const row = [placed('a', 0, 0), placed('b', 100, 0), placed('c', 200, 0), placed('d', 300, 0)];

  it('are all drawn in full when no more than the budget are new', () => {
    const { full, waiting } = planMount(row, new Set(['a', 'b']), 2, { x: 0, y: 0 });
    expect(ids(full)).toEqual(['a', 'b', 'c', 'd']);
    expect(waiting).toEqual([]);
  });

  it('beyond the budget, the ones nearest the middle of the view come first, in stacking order', () => {
    const { full, waiting } = planMount(row, new Set(), 2, { x: 310, y: 0 });
    expect(ids(full)).toEqual(['c', 'd']);
    expect(ids(waiting)).toEqual(['a', 'b']);
  });

  it('keep the notes already drawn in full, whatever the budget', () => {
    const { full, waiting } = planMount(row, new Set(['a']), 1, { x: 310, y: 0 });
    expect(ids(full)).toEqual(['a', 'd']);
    expect(ids(waiting)).toEqual(['b', 'c']);
    const later = planMount(row, new Set(ids(full)), 1, { x: 310, y: 0 });
    expect(ids(later.full)).toEqual(['a', 'c', 'd']);
  });
});
