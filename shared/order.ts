import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Order of meetings, people, notes and palette entries is a fractional-index
 * string per record, ties broken by id (architecture guide: never order by
 * position in a Y.Array). Two users inserting at the same place get the same
 * key; the id tie-break still gives every replica the same order.
 */

export interface Ordered {
  readonly id: string;
  readonly order: string;
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

export function isUsableKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** `count` keys in ascending order, for seeding a collection in array order. */
export function initialKeys(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

/**
 * The key for inserting at `index` of `sortedKeys` (the siblings' keys in
 * order, without the item being moved). Robust against equal neighbours
 * (concurrent inserts) and against damaged keys from a tolerant read.
 */
export function keyAt(sortedKeys: readonly string[], index: number): string {
  const clamped = Math.max(0, Math.min(index, sortedKeys.length));
  const before = sortedKeys.slice(0, clamped).filter(isUsableKey);
  const prev = before.length > 0 ? (before[before.length - 1] ?? null) : null;
  let next: string | null = null;
  for (let i = clamped; i < sortedKeys.length; i++) {
    const key = sortedKeys[i];
    if (key !== undefined && isUsableKey(key) && (prev === null || key > prev)) {
      next = key;
      break;
    }
  }
  return generateKeyBetween(prev, next);
}

/**
 * The key after every key in `keys` (append). Validates only the greatest, and
 * reads `keys` a second time (so it must be iterable twice) only when that one
 * is damaged: then the key goes after the greatest usable one.
 */
export function keyAfterAll(keys: Iterable<string>): string {
  let max: string | null = null;
  for (const key of keys) if (max === null || key > max) max = key;
  if (max === null || isUsableKey(max)) return generateKeyBetween(max, null);
  let usable: string | null = null;
  for (const key of keys) if (isUsableKey(key) && (usable === null || key > usable)) usable = key;
  return generateKeyBetween(usable, null);
}
