import * as Y from 'yjs';
import { cleanFieldValue, withoutBidiOverrides } from './bidi.ts';
import { PLACE_KEY, type NotePlace } from './note-place.ts';
import { initialKeys } from './order.ts';
import { BOARD_FORMAT, BOARD_VERSION, type Board, type Note } from './schema.ts';

/**
 * The Y.Doc layout of a board (documented in the README):
 *
 *   meta      Y.Map  format, schemaVersion (= DOC_VERSION), title, periodStart, periodEnd
 *   meetings  Y.Map  id → Y.Map { kind, subtheme, date, startTime, durationMinutes, location, order }
 *   people    Y.Map  id → Y.Map { name, affiliation, category, core, order }
 *   notes     Y.Map  id → Y.Map { kind, place: { lane, x, y, order }, …the kind's fields }
 *   palette   Y.Map  id → Y.Map { name, durationMinutes, description, order }
 *
 * One nested Y.Map per record with primitive fields, so concurrent edits of
 * different fields of one record all survive; order is a fractional-index
 * string per record (order.ts). A note's placement is the exception: one
 * plain-object value (note-place.ts), because moves are frequent and must be
 * atomic. `createBoardDoc` (here) and `readBoard` (doc-read.ts) convert between this and the board
 * file, exactly.
 */

/**
 * The version of this layout, stored as `meta.schemaVersion`. Separate from
 * BOARD_VERSION (the board file format): the layout can change without the
 * file changing. 1: placement in separate note keys; 2: note `place` value.
 * The server migrates older documents (server/sync/doc-migrations.ts).
 */
export const DOC_VERSION = 2;

export const ROOTS = {
  meta: 'meta',
  meetings: 'meetings',
  people: 'people',
  notes: 'notes',
  palette: 'palette',
} as const;

export type RecordMap = Y.Map<unknown>;
export type Collection = Y.Map<RecordMap>;

export interface BoardRoots {
  readonly meta: Y.Map<unknown>;
  readonly meetings: Collection;
  readonly people: Collection;
  readonly notes: Collection;
  readonly palette: Collection;
}

export function roots(doc: Y.Doc): BoardRoots {
  return {
    meta: doc.getMap<unknown>(ROOTS.meta),
    meetings: doc.getMap<RecordMap>(ROOTS.meetings),
    people: doc.getMap<RecordMap>(ROOTS.people),
    notes: doc.getMap<RecordMap>(ROOTS.notes),
    palette: doc.getMap<RecordMap>(ROOTS.palette),
  };
}

/** Every root of a board document: the scope of a client's undo manager. */
export function rootTypes(doc: Y.Doc): Y.Map<unknown>[] {
  return Object.values(ROOTS).map((name) => doc.getMap<unknown>(name));
}

/** Origin of the transaction that seeds a new document (server only). */
export const SEED_ORIGIN = 'seed';

/** The layout version (DOC_VERSION) a document was written with; 0 = empty (never seeded). */
export function docSchemaVersion(doc: Y.Doc): number {
  const version = roots(doc).meta.get('schemaVersion');
  return typeof version === 'number' && Number.isInteger(version) ? version : 0;
}

export function isDocNewerThanCode(doc: Y.Doc): boolean {
  return docSchemaVersion(doc) > DOC_VERSION;
}

export function recordMap(fields: Record<string, unknown>): RecordMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) map.set(key, cleanFieldValue(value));
  return map;
}

function withoutId<T extends { id: string }>(record: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = record;
  return rest;
}

/**
 * Writes a board file into an empty document in one transaction. Only the
 * server seeds documents (architecture guide), so two replicas never seed the
 * same board twice.
 */
export function createBoardDoc(board: Board, doc: Y.Doc = new Y.Doc()): Y.Doc {
  const r = roots(doc);
  doc.transact(() => {
    r.meta.set('format', BOARD_FORMAT);
    r.meta.set('schemaVersion', DOC_VERSION);
    r.meta.set('title', withoutBidiOverrides(board.title));
    r.meta.set('periodStart', board.period?.start ?? null);
    r.meta.set('periodEnd', board.period?.end ?? null);
    const fill = <T extends { id: string }>(
      target: Collection,
      records: readonly T[],
      fields: (record: T, order: string) => Record<string, unknown> = (record, order) => ({
        ...withoutId(record),
        order,
      }),
    ) => {
      const keys = initialKeys(records.length);
      records.forEach((record, i) => {
        target.set(record.id, recordMap(fields(record, keys[i] ?? '')));
      });
    };
    fill(r.meetings, board.meetings);
    fill(r.people, board.people);
    fill(r.notes, board.notes, noteFields);
    fill(r.palette, board.palette);
  }, SEED_ORIGIN);
  return doc;
}

/** A file note's fields as stored: placement in one `place` value. */
function noteFields(note: Note, order: string): Record<string, unknown> {
  const { id: _id, lane, x, y, ...rest } = note;
  const place: NotePlace = { lane, x, y, order };
  return { ...rest, [PLACE_KEY]: place };
}
