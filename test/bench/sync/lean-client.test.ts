import { afterEach, describe, expect, it } from 'vitest';
import { roots } from '../../../shared/doc.ts';
import { readPlace } from '../../../shared/note-place.ts';
import { moveNotes } from '../../../shared/ops/index.ts';
import { Harness, createBoard, waitFor } from '../../server/helpers.ts';
import { boardWithNotes } from './clients.ts';
import { LeanClient } from './lean-client.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** The bench's lean client must stay a real protocol participant, or its figures mean nothing. */
describe('LeanClient (bench:sync)', () => {
  it('applies the whole board, sends its own moves and applies everyone else’s', async () => {
    const server = await harness.server();
    const board = await createBoard(server, boardWithNotes(40));
    const lean = new LeanClient(server.url, board.id);
    try {
      await waitFor(() => lean.synced, 'lean client synced');
      expect(roots(lean.doc).notes.size).toBe(40);
      const provider = await harness.syncedProvider(server, board.id);

      const note = roots(lean.doc).notes.get('note1');
      if (note === undefined) throw new Error('note1 missing');
      const { lane, y } = readPlace(note);
      lean.local(() => {
        expect(moveNotes(lean.doc, [{ id: 'note1', lane, x: 777, y }], 'test').ok).toBe(true);
      });
      // Only around its own transactions does it listen for updates.
      expect(lean.doc._observers.has('update')).toBe(false);
      const placeOf = (doc: typeof lean.doc, id: string) => {
        const map = roots(doc).notes.get(id);
        return map === undefined ? undefined : readPlace(map);
      };
      await waitFor(() => placeOf(provider.doc, 'note1')?.x === 777, 'provider has the move');

      expect(moveNotes(provider.doc, [{ id: 'note2', lane, x: 888, y }], 'test').ok).toBe(true);
      await waitFor(() => placeOf(lean.doc, 'note2')?.x === 888, 'lean client has the move');
      expect(lean.lastMessageAt).toBeGreaterThan(0n);
    } finally {
      lean.destroy();
    }
  });
});
