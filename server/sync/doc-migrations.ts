import * as Y from 'yjs';
import { DOC_VERSION, docSchemaVersion, roots } from '../../shared/doc.ts';
import { LEGACY_PLACE_KEYS, readPlace, writePlace } from '../../shared/note-place.ts';

/**
 * Migrations of a live board document (architecture guide: only the server
 * migrates, after loading and before the first sync message). Same rules as
 * the board-file migrations in `shared/migrations.ts`: append-only, gap-free,
 * step `from` → `from + 1`. Each step runs in one transaction with origin
 * DOC_MIGRATION_ORIGIN, so its changes are persisted like any edit, and it
 * must set `meta.schemaVersion` to `to`. The versions are DOC_VERSION (the
 * document layout, shared/doc.ts), not the board file's BOARD_VERSION.
 */
export interface DocMigration {
  readonly from: number;
  readonly to: number;
  readonly name: string;
  migrate(doc: Y.Doc): void;
}

export const DOC_MIGRATION_ORIGIN = 'migration';

/**
 * v1 → v2: a note's `lane`, `x`, `y` and `order` keys become one `place`
 * value (shared/note-place.ts), and the old keys are deleted. Values are
 * carried over as the reader saw them, so `readBoard` reads the same board
 * before and after. A note that already has a `place` (written by newer code
 * on a copy that was still version 1) keeps it: it is the later placement.
 */
const notePlaceAsOneValue: DocMigration = {
  from: 1,
  to: 2,
  name: 'note placement as one value',
  migrate(doc) {
    roots(doc).notes.forEach((note) => {
      if (!(note instanceof Y.Map)) return;
      // readPlace prefers a valid `place` and falls back to the old keys; writePlace skips equal values.
      writePlace(note, readPlace(note));
      for (const key of LEGACY_PLACE_KEYS) if (note.has(key)) note.delete(key);
    });
    roots(doc).meta.set('schemaVersion', 2);
  },
};

export const DOC_MIGRATIONS: readonly DocMigration[] = [notePlaceAsOneValue];

export type DocMigrationOutcome =
  | { readonly kind: 'current' }
  | { readonly kind: 'migrated'; readonly from: number; readonly to: number }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'unseeded' }
  | { readonly kind: 'failed'; readonly version: number; readonly reason: string };

/** Brings `doc` up to DOC_VERSION; a document newer than this code is left alone. */
export function migrateDoc(
  doc: Y.Doc,
  migrations: readonly DocMigration[] = DOC_MIGRATIONS,
  target: number = DOC_VERSION,
): DocMigrationOutcome {
  const start = docSchemaVersion(doc);
  if (start === 0) return { kind: 'unseeded' };
  if (start === target) return { kind: 'current' };
  if (start > target) return { kind: 'newer', version: start };
  for (let version = start; version < target; version++) {
    const step = migrations.find((m) => m.from === version && m.to === version + 1);
    if (step === undefined) {
      return { kind: 'failed', version, reason: `no migration from version ${version}` };
    }
    try {
      doc.transact(() => step.migrate(doc), DOC_MIGRATION_ORIGIN);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { kind: 'failed', version, reason: `${step.name}: ${reason}` };
    }
  }
  return { kind: 'migrated', from: start, to: target };
}
