/**
 * Part (a)'s bookkeeping shared by every load-generator thread (shared
 * memory, so a room's clients can sit in different threads): per room the
 * next move's sequence number and the start time of each measured move.
 * Plain typed arrays, because they cross to the workers in `workerData`.
 */

/** Sequence numbers start above every x of the generated board. */
export const FIRST_SEQ = 10_000;

export interface SharedLatencyTables {
  /** Moves per room the table holds; later moves are not measured. */
  readonly capacity: number;
  /** Per room: how many moves were started (the next sequence index). */
  readonly started: Int32Array;
  /** Room × capacity: a measured move's start time (monotonic ns); 0 = not measured. */
  readonly startedAt: BigInt64Array;
  /** [0] is 1 while measuring. */
  readonly flags: Int32Array;
}

export function createLatencyTables(rooms: number, capacity: number): SharedLatencyTables {
  return {
    capacity,
    started: new Int32Array(new SharedArrayBuffer(rooms * Int32Array.BYTES_PER_ELEMENT)),
    startedAt: new BigInt64Array(
      new SharedArrayBuffer(rooms * capacity * BigInt64Array.BYTES_PER_ELEMENT),
    ),
    flags: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
  };
}

export const setMeasuring = (tables: SharedLatencyTables, on: boolean): void => {
  Atomics.store(tables.flags, 0, on ? 1 : 0);
};

export const isMeasuring = (tables: SharedLatencyTables): boolean =>
  Atomics.load(tables.flags, 0) === 1;

/** The room's next sequence number, unique across threads. */
export const nextSeq = (tables: SharedLatencyTables, room: number): number =>
  FIRST_SEQ + Atomics.add(tables.started, room, 1);

const slot = (tables: SharedLatencyTables, room: number, seq: number): number | null => {
  const index = seq - FIRST_SEQ;
  return index >= 0 && index < tables.capacity ? room * tables.capacity + index : null;
};

export function setStartedAt(
  tables: SharedLatencyTables,
  room: number,
  seq: number,
  ns: bigint,
): boolean {
  const at = slot(tables, room, seq);
  if (at === null) return false;
  Atomics.store(tables.startedAt, at, ns);
  return true;
}

/** The move's start time, or 0n if it was not measured. */
export function startedAt(tables: SharedLatencyTables, room: number, seq: number): bigint {
  const at = slot(tables, room, seq);
  return at === null ? 0n : Atomics.load(tables.startedAt, at);
}
