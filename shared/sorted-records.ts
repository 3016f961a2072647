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
  /** Each record as last read (its value null when invalid), while `live`. */
  private readonly known = new WeakMap<RecordMap, Entry<T | null>>();
  /** Records changed since the last read, as they were before. */
  private readonly changed = new Map<RecordMap, Entry<T | null>>();

  /** `live`: kept between reads, told of changes through `onEvent`; else read once. */
  constructor(
    private readonly collection: Collection,
    private readonly read: ReadRecord<T>,
    private readonly orderOf: (map: RecordMap) => unknown,
    private readonly live = false,
  ) {}

  /** What one observeDeep event on the collection means for the kept order. */
  onEvent(event: Y.YEvent<Y.AbstractType<unknown>>): void {
    const map = event.target as RecordMap;
    if (this.changed.has(map)) return;
    const before = event.target instanceof Y.Map ? this.known.get(map) : undefined;
    if (before === undefined) {
      // Records added, deleted or replaced, or something unknown changed: read all again.
      this.sorted = null;
      return;
    }
    this.changed.set(map, before);
    this.known.delete(map);
    if (this.changed.size > MAX_CHANGED) this.sorted = null;
  }

  /** The valid records in order, but those whose id is `taken` (by an earlier collection), at most `max`. */
  list(taken: (id: string) => boolean, max: number): T[] {
    const sorted = (this.sorted !== null && this.patched(this.sorted)) || this.readAll();
    this.changed.clear();
    if (this.live) this.sorted = sorted;
    const out: T[] = [];
    for (const entry of sorted) {
      if (out.length >= max) break;
      if (!taken(entry.id)) out.push(entry.value);
    }
    return out;
  }

  private entryOf(id: string, map: RecordMap): Entry<T | null> {
    // A map stays under its key, so an invalid key is remembered (as null) too.
    const value = isValidId(id) ? this.read(id, map) : null;
    const order = this.orderOf(map);
    const entry = { id, order: typeof order === 'string' ? order : '', value };
    if (this.live) this.known.set(map, entry);
    return entry;
  }

  private readAll(): Entry<T>[] {
    const sorted: Entry<T>[] = [];
    this.collection.forEach((map, id) => {
      if (!(map instanceof Y.Map)) return;
      const entry = this.known.get(map) ?? this.entryOf(id, map);
      if (isValid(entry)) sorted.push(entry);
    });
    return sorted.sort(compareOrdered);
  }

  /**
   * `sorted` with the changed records read again and put in their places, in
   * place (no copy per read: the array never leaves this class, `list` hands
   * out a new one); null: read all, which replaces it, half patched or not.
   */
  private patched(sorted: Entry<T>[]): Entry<T>[] | null {
    for (const [map, before] of this.changed) {
      if (isValid(before)) {
        const at = indexOf(sorted, before);
        if (sorted[at] !== before) return null;
        sorted.splice(at, 1);
      }
      const entry = this.entryOf(before.id, map);
      if (isValid(entry)) sorted.splice(indexOf(sorted, entry), 0, entry);
    }
    return sorted;
  }
}

const isValid = <T>(entry: Entry<T | null>): entry is Entry<T> => entry.value !== null;

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
