import type * as Y from 'yjs';
import { isValidId } from './ids.ts';
import { PARKING_X, PARKING_Y } from './layout.ts';
import { LIMITS } from './schema.ts';

/**
 * A note's placement in the live document (DOC_VERSION 2): lane, position and
 * order in ONE Y.Map value under `place`, a plain JSON object.
 *
 * Why one value and not four keys: every overwritten Y.Map key leaves a struct
 * in the document for good, so a move that wrote `lane`, `x`, `y` and `order`
 * separately grew the stored board by ~33 bytes per move (issue 3: 100,000
 * moves made it 8.9× its first snapshot). One key per move is one struct. It
 * also makes concurrent moves of one note atomic: the last writer's whole
 * placement wins, never lane from one user and x from another. A concurrent
 * text edit of the same note writes other keys and still survives.
 */
export interface NotePlace {
  readonly lane: string | null;
  readonly x: number;
  readonly y: number;
  readonly order: string;
}

export const PLACE_KEY = 'place';

/** The separate keys of DOC_VERSION 1, read only as a fallback and removed by the v1→v2 migration. */
export const LEGACY_PLACE_KEYS = ['lane', 'x', 'y', 'order'] as const;

type FieldMap = Pick<Y.Map<unknown>, 'get'>;

export const coordinate = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.max(-LIMITS.coordinate, Math.min(LIMITS.coordinate, value))
    : 0;

function storedPlace(note: FieldMap): Record<string, unknown> | null {
  const place = note.get(PLACE_KEY);
  return typeof place === 'object' && place !== null && !Array.isArray(place)
    ? (place as Record<string, unknown>)
    : null;
}

/**
 * The note's placement, repaired like every other field of a tolerant read:
 * an unknown lane reads as parked, a bad coordinate as 0, a bad order as ''.
 * Without a `place` object the version-1 keys are read instead, so a replica
 * that still holds a not yet migrated copy (an offline client's local store)
 * shows the notes where they were.
 */
export function readPlace(note: FieldMap): NotePlace {
  const place = storedPlace(note);
  const lane = storedField(note, place, 'lane');
  return {
    lane: isValidId(lane) ? lane : null,
    x: coordinate(storedField(note, place, 'x')),
    y: coordinate(storedField(note, place, 'y')),
    order: orderText(storedField(note, place, 'order')),
  };
}

/** Only the order, for sorting (the hot path of a full read). */
export function placeOrder(note: FieldMap): string {
  return orderText(storedField(note, storedPlace(note), 'order'));
}

/**
 * Only the lane as stored, unchecked: a quick look before `readPlace`, for
 * a scan that wants the notes of one lane (a valid lane id read here is the
 * lane `readPlace` reads).
 */
export function placeLane(note: FieldMap): unknown {
  return storedField(note, storedPlace(note), 'lane');
}

/** One field of `place` (`storedPlace`), or without it the version-1 key. */
function storedField(
  note: FieldMap,
  place: Record<string, unknown> | null,
  key: (typeof LEGACY_PLACE_KEYS)[number],
): unknown {
  return place === null ? note.get(key) : place[key];
}

function orderText(order: unknown): string {
  return typeof order === 'string' ? order : '';
}

/** Writes `next` as one value, only if it differs from what is stored; true if it wrote. */
export function writePlace(note: Y.Map<unknown>, next: NotePlace): boolean {
  const stored = storedPlace(note);
  if (
    stored !== null &&
    stored.lane === next.lane &&
    stored.x === next.x &&
    stored.y === next.y &&
    stored.order === next.order
  ) {
    return false;
  }
  note.set(PLACE_KEY, { lane: next.lane, x: next.x, y: next.y, order: next.order });
  return true;
}

/**
 * Where a note stands whose lane is gone (dropped into a meeting while
 * someone else deleted it): parked, at its place in the lane taken as a place
 * in the parking area. Its stored coordinates are lane-relative; read as
 * board coordinates they would put it on the first meeting's header.
 */
export function parkedFromGoneLane<T extends { readonly x: number; readonly y: number }>(
  place: T,
): T & { readonly lane: null } {
  return { ...place, lane: null, x: place.x + PARKING_X, y: place.y + PARKING_Y };
}
