import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { REHEARSAL_MS, rehearseDrop } from '../../client/sync/rehearseDrop.ts';
import { readBoard } from '../../shared/doc-read.ts';

/**
 * The board page rehearses a drop once it is idle (session.ts), so the first
 * real drop runs compiled code: the rehearsal really drops (a note settles in a
 * meeting through the session's actions, as one undoable step with the overlap
 * watch looking on), on a document of its own, which it closes afterwards.
 */
describe('rehearseDrop', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('drops a note into a meeting on a document of its own, then closes it', () => {
    vi.useFakeTimers();
    const origins: unknown[] = [];
    const doc = rehearseDrop();
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const board = readBoard(doc);
    const [meeting] = board.meetings;
    expect(board.notes).toHaveLength(1);
    expect(board.notes[0]?.lane).toBe(meeting?.id);
    let destroyed = false;
    doc.on('destroy', () => (destroyed = true));
    vi.advanceTimersByTime(REHEARSAL_MS - 1);
    expect(destroyed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(destroyed).toBe(true);
    // The overlap watch found nothing to repair on it: no write after the drop.
    expect(origins).toEqual([]);
  });
});
