import { describe, expect, it } from 'vitest';
import { formStack, stackPlaces, type ColumnNote } from '../../shared/formStack.ts';
import { CELL_H, CELL_W, tooClose } from '../../shared/layout.ts';

const row = (i: number) => 12 + i * CELL_H;
const note = (id: string, y: number, form: string | null = null, x = 12): ColumnNote => ({
  id,
  x,
  y,
  form,
});
const ids = (notes: readonly ColumnNote[]) => notes.map((n) => n.id);

describe("a form's stack", () => {
  it('is the form and its participants one under another, up to the first note of another', () => {
    const column = [
      note('f', row(0)),
      note('p1', row(1), 'f'),
      note('p2', row(2), 'f'),
      note('loose', row(3)),
      note('p3', row(4), 'f'),
    ];
    expect(ids(formStack(column, 'f'))).toEqual(['f', 'p1', 'p2']);
  });

  it('leaves out a participant of the form that stands a free row lower, or in the other column', () => {
    const column = [
      note('f', row(0)),
      note('p1', row(1), 'f'),
      note('beside', row(2), 'f', 12 + CELL_W),
      note('far', row(3), 'f'),
    ];
    expect(ids(formStack(column, 'f'))).toEqual(['f', 'p1']);
  });

  it('keeps a participant nudged a little out of line', () => {
    const column = [note('f', row(0)), note('p1', row(1) + 30, 'f', 40)];
    expect(ids(formStack(column, 'f'))).toEqual(['f', 'p1']);
  });
});

describe('joining a stack', () => {
  it('puts the participants below the stack in the given order and pushes only as far as needed', () => {
    const column = [
      note('f', row(0)),
      note('p1', row(1), 'f'),
      note('u', row(2)),
      // A free row under `u`: after `u` moves down one row, `w` still has its gap.
      note('w', row(4)),
      note('beside', row(2), null, 12 + CELL_W),
    ];
    const places = stackPlaces(column, 'f', ['a', 'b']);
    expect(Object.fromEntries(places)).toEqual({
      a: { x: 12, y: row(2) },
      b: { x: 12, y: row(3) },
      u: { x: 12, y: row(4) },
      w: { x: 12, y: row(5) },
    });
  });

  it('pushes a note that stands partly in the way, off the grid, straight down until clear', () => {
    const column = [note('f', row(0)), note('off', row(1) - 30, null, 100)];
    const places = stackPlaces(column, 'f', ['a']);
    expect(places.get('a')).toEqual({ x: 12, y: row(1) });
    const off = places.get('off');
    expect(off?.x).toBe(100);
    expect(tooClose(off ?? { x: 0, y: 0 }, { x: 12, y: row(1) })).toBe(false);
  });

  it('leaves notes that already stood too close to each other, out of the way, as they are', () => {
    const column = [note('f', row(0)), note('x1', row(5)), note('x2', row(5) + 20)];
    expect([...stackPlaces(column, 'f', ['a']).keys()]).toEqual(['a']);
  });

  it('moves a whole column of 500 notes down one row', () => {
    const column = [
      note('f', row(0)),
      ...Array.from({ length: 500 }, (_, i) => note(`n${i}`, row(i + 1))),
    ];
    const places = stackPlaces(column, 'f', ['a']);
    expect(places.size).toBe(501);
    expect(places.get('n499')).toEqual({ x: 12, y: row(501) });
  });
});
