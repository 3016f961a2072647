import { describe, expect, it } from 'vitest';
import {
  LABELS_MAX_NOTES,
  LABELS_MIN_ZOOM,
  labelFontSize,
  labelledNotes,
} from '../../client/canvas/lodLabels.ts';
import type { PlacedNote } from '../../client/canvas/boardGeometry.ts';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../shared/layout.ts';

function placedGrid(count: number): PlacedNote[] {
  return Array.from({ length: count }, (_, i) => {
    const x = (i % 20) * (NOTE_WIDTH + 10);
    const y = Math.floor(i / 20) * (NOTE_HEIGHT + 10);
    return {
      note: { id: `n${i}`, kind: 'idea', lane: null, x, y, text: `Idé ${i}` },
      x,
      y,
      lane: null,
    };
  });
}

const everywhere = { x: -1e6, y: -1e6, width: 2e6, height: 2e6 };

describe('titles on zoomed-out post-its', () => {
  it('titles every card in view on a workshop-sized board', () => {
    const notes = placedGrid(60);
    expect(labelledNotes(notes, everywhere, 0.35, new Set())).toHaveLength(60);
  });

  it('leaves out cards off screen and cards drawn elsewhere (being dragged)', () => {
    const notes = placedGrid(60);
    const firstRow = { x: 0, y: 0, width: 20 * (NOTE_WIDTH + 10), height: NOTE_HEIGHT };
    const shown = labelledNotes(notes, firstRow, 0.35, new Set(['n0']));
    expect(shown.map((p) => p.note.id)).toEqual(Array.from({ length: 19 }, (_, i) => `n${i + 1}`));
  });

  it('titles no card when more are in view than a frame can afford', () => {
    expect(labelledNotes(placedGrid(LABELS_MAX_NOTES), everywhere, 0.35, new Set())).toHaveLength(
      LABELS_MAX_NOTES,
    );
    expect(labelledNotes(placedGrid(LABELS_MAX_NOTES + 1), everywhere, 0.35, new Set())).toEqual(
      [],
    );
  });

  it('titles no card when zoomed out too far for a word to fit', () => {
    expect(labelledNotes(placedGrid(10), everywhere, LABELS_MIN_ZOOM - 0.01, new Set())).toEqual(
      [],
    );
  });

  it('sizes titles to about 11 px on screen, in a few steps', () => {
    for (const zoom of [0.25, 0.3, 0.35, 0.4, 0.44]) {
      const onScreen = labelFontSize(zoom) * zoom;
      expect(onScreen).toBeGreaterThanOrEqual(11);
      expect(onScreen).toBeLessThan(11 + 4 * zoom);
    }
    const sizes = new Set(
      Array.from({ length: 100 }, (_, i) => labelFontSize(0.25 + (0.2 * i) / 100)),
    );
    expect(sizes.size).toBeLessThanOrEqual(6);
  });
});
