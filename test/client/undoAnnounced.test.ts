import { describe, expect, it } from 'vitest';
import { undoOrRedo } from '../../client/board/undoRedo.ts';

/** A session with `steps` to undo and nothing to redo, and a board that records what it says. */
function board(steps: number) {
  let left = steps;
  const session = {
    undoLast: () => left-- > 0,
    redoLast: () => false,
  };
  const said: string[] = [];
  return { session, canvas: { announce: (text: string) => said.push(text) }, said };
}

describe('undo and redo are told to a screen reader', () => {
  it('says "Fortrudt" after a step is taken back, and nothing when there was none', () => {
    const { session, canvas, said } = board(1);
    undoOrRedo('undo', session, canvas, 'da');
    undoOrRedo('undo', session, canvas, 'da');
    undoOrRedo('redo', session, canvas, 'en');
    expect(said).toEqual(['Fortrudt']);
  });

  it('says "Gentaget" / "Redone" after a step is brought back', () => {
    const { canvas, said } = board(0);
    undoOrRedo('redo', { undoLast: () => false, redoLast: () => true }, canvas, 'en');
    expect(said).toEqual(['Redone']);
  });
});
