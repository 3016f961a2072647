import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readWholeUpdate } from '../../server/sync/messages.ts';

/** `levels` maps nested in one another, the first under the test map's `key` (or the last one made). */
function chain(source: Y.Doc) {
  let innermost = source.getMap('test');
  return (levels: number, key: string): Uint8Array => {
    const before = Y.encodeStateVector(source);
    source.transact(() => {
      for (let i = 0; i < levels; i++) {
        const child = new Y.Map<unknown>();
        innermost.set(i === 0 ? key : 'child', child);
        innermost = child;
      }
    });
    return Y.encodeStateAsUpdate(source, before);
  };
}

function unrelatedUpdate(): Uint8Array {
  const other = new Y.Doc();
  other.getMap('notes').set('moved', 1);
  return Y.encodeStateAsUpdate(other);
}

describe('the nesting check of updates waiting for missing ones', () => {
  it('sees what waits as it is now, also after it grew or was dropped between two updates', () => {
    const doc = new Y.Doc();
    const nest = chain(new Y.Doc());
    nest(1, 'root'); // never sent: everything after it waits
    const second = nest(40, 'child');
    const third = nest(40, 'child');
    const check = () => {
      const read = readWholeUpdate(unrelatedUpdate(), doc);
      if (!read.ok) throw new Error(read.error);
      return read.value.pendingTooDeep;
    };

    Y.applyUpdate(doc, second);
    expect(check()).toBe(false); // 40 levels wait: they fit
    expect(check()).toBe(false);
    Y.applyUpdate(doc, third); // what waits grows to 80 levels in one chain
    expect(check()).toBe(true);
    doc.store.pendingStructs = null; // what the room does then
    expect(check()).toBe(false);
    Y.applyUpdate(doc, second);
    expect(check()).toBe(false);
  });
});
