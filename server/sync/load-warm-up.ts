import * as Y from 'yjs';
import { DOC_VERSION, recordMap, roots } from '../../shared/doc.ts';
import { migrateDoc } from './doc-migrations.ts';

/**
 * Records in the made-up board the server loads once at start (`warmUpLoads`):
 * enough for V8 to have grown its young generation and optimised Yjs's
 * decoding before the first real board comes, ~0.1 s of CPU.
 */
export const WARM_UP_RECORDS = 1_000;

/**
 * Loads a made-up board of `records` notes as a room loads a stored one
 * (decode and integrate one update, then the migration check), before the
 * server takes its first request, and returns how many notes the loaded
 * document holds.
 *
 * Why: a freshly started process's first load of a large board is about twice
 * as slow as later ones (3,000 notes, 676 KB, in Node: 218–397 ms against
 * 80–240 ms), mostly in scavenges of a young generation still at its initial
 * size, in which nearly everything the load allocates survives; after this
 * warm-up the first one took 92–142 ms. A long-running server is warm anyway;
 * after a restart, in a workshop, every client reconnects to a cold one, and
 * the first board's load holds the event loop, and the sockets waiting for it.
 * Nothing of it stays in memory.
 */
export function warmUpLoads(records: number = WARM_UP_RECORDS): number {
  const source = new Y.Doc();
  const r = roots(source);
  source.transact(() => {
    r.meta.set('schemaVersion', DOC_VERSION);
    for (let i = 0; i < records; i++) {
      // The shapes of a board's records: strings, numbers, null, a place object.
      r.notes.set(
        `n${i}`,
        recordMap({
          kind: 'participant',
          person: `p${i}`,
          contribution: `Bidrag ${i}`,
          role: i % 3 === 0 ? 'facilitator' : 'deltager',
          form: null,
          place: { lane: `m${i % 6}`, x: 12 + (i % 2) * 192, y: 12 + i * 61, order: `a${i}` },
        }),
      );
    }
  });
  const update = Y.encodeStateAsUpdate(source);
  source.destroy();
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update, 'warm-up');
    migrateDoc(doc);
    return roots(doc).notes.size;
  } finally {
    doc.destroy();
  }
}
