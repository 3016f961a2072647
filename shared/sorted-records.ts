import * as Y from 'yjs';
import type { Collection, RecordMap } from './doc.ts';
import { isValidId } from './ids.ts';
import { compareOrdered } from './order.ts';

/**
 * One collection's records, read and kept in order between reads of a live
 * document (doc-read.ts `createBoardReader`). After a change to a few
 * records (a drop: one note) only those are read again and moved to their
 * new place in the order; the others are not visited at all. Before, each
 * read looked up and re-sorted every record: on a 3,000-note board that
 * was most of the frame that shows a drop.
 */

export interface Entry<T> {
  readonly id: string;
  readonly order: string;
  readonly value: T;
}

/** A record as read: null when it is invalid (skipped, as the tolerant read skips it). */
export type ReadRecord<T> = (id: string, map: RecordMap) => T | null;

/** Reading more records one by one than this costs more than a full read's sort. */
const MAX_CHANGED = 64;

export class SortedRecords<T> {
  /** Every valid record, in order; null: read all again. */
  private sorted: Entry<T>[] | null = null;
  /** Each record's entry as last read (null: invalid), and its id. */
  private readonly entries = new WeakMap<RecordMap, Entry<T> | null>();
  private readonly ids = new WeakMap<RecordMap, string>();
  /** Records changed since the last read, with their entry before the change. */
  private readonly changed = new Map<RecordMap, Entry<T> | null | undefined>();

  constructor(
    private readonly collection: Collection,
    private readonly read: ReadRecord<T>,
    private readonly orderOf: (map: RecordMap) => unknown,
  ) {}

  /** What one observeDeep event on the collection means for the kept order. */
  onEvent(event: Y.YEvent<Y.AbstractType<unknown>>): void {
    const target = event.target;
    if (target instanceof Y.Map && this.ids.has(target as RecordMap)) {
      const map = target as RecordMap;
      if (!this.changed.has(map)) this.changed.set(map, this.entries.get(map));
      this.entries.delete(map);
      if (this.changed.size > MAX_CHANGED) this.sorted = null;
    } else {
      // Records added, deleted or replaced, or something unknown changed: read all again.
      this.sorted = null;
    }
  }

  /** The valid records in order, but those whose id is `taken` (by an earlier collection), at most `max`. */
  list(taken: (id: string) => boolean, max: number): T[] {
    const sorted = this.current();
    const out: T[] = [];
    for (const entry of sorted) {
      if (out.length >= max) break;
      if (!taken(entry.id)) out.push(entry.value);
    }
    return out;
  }

  private current(): Entry<T>[] {
    const sorted = this.sorted === null ? null : this.patched(this.sorted);
    this.changed.clear();
    this.sorted = sorted ?? this.readAll();
    return this.sorted;
  }

  private entryOf(id: string, map: RecordMap): Entry<T> | null {
    // A map stays under its key, so an invalid key is remembered (as null) too.
    const value = isValidId(id) ? this.read(id, map) : null;
    const order = this.orderOf(map);
    const entry =
      value === null ? null : { id, order: typeof order === 'string' ? order : '', value };
    this.entries.set(map, entry);
    return entry;
  }

  private readAll(): Entry<T>[] {
    const sorted: Entry<T>[] = [];
    this.collection.forEach((map, id) => {
      if (!(map instanceof Y.Map)) return;
      this.ids.set(map, id);
      const known = this.entries.get(map);
      const entry = known === undefined ? this.entryOf(id, map) : known;
      if (entry !== null) sorted.push(entry);
    });
    return sorted.sort(compareOrdered);
  }

  /** `sorted` with the changed records read again and put in their places; null: read all. */
  private patched(sorted: Entry<T>[]): Entry<T>[] | null {
    if (this.changed.size === 0) return sorted;
    const next = sorted.slice();
    for (const [map, before] of this.changed) {
      const id = this.ids.get(map);
      // Not known before the change: only a full read knows where it goes.
      if (id === undefined || before === undefined) return null;
      if (before !== null) {
        const at = indexOf(next, before);
        if (next[at] !== before) return null;
        next.splice(at, 1);
      }
      const entry = this.entryOf(id, map);
      if (entry !== null) next.splice(indexOf(next, entry), 0, entry);
    }
    return next;
  }
}

/** The first index whose entry does not sort before `entry` (binary search). */
function indexOf<T>(sorted: readonly Entry<T>[], entry: Entry<T>): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareOrdered(sorted[mid] as Entry<T>, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
