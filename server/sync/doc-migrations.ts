import type * as Y from 'yjs';
import { docSchemaVersion } from '../../shared/doc.ts';
import { BOARD_VERSION } from '../../shared/schema.ts';

/**
 * Migrations of a live board document (architecture guide: only the server
 * migrates, after loading and before the first sync message). Same rules as
 * the board-file migrations in `shared/migrations.ts`: append-only, gap-free,
 * step `from` → `from + 1`. Each step runs in one transaction with origin
 * DOC_MIGRATION_ORIGIN, so its changes are persisted like any edit, and it
 * must set `meta.schemaVersion` to `to`. None exist yet: version 1 is the first.
 */
export interface DocMigration {
  readonly from: number;
  readonly to: number;
  readonly name: string;
  migrate(doc: Y.Doc): void;
}

export const DOC_MIGRATION_ORIGIN = 'migration';

export const DOC_MIGRATIONS: readonly DocMigration[] = [];

export type DocMigrationOutcome =
  | { readonly kind: 'current' }
  | { readonly kind: 'migrated'; readonly from: number; readonly to: number }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'unseeded' }
  | { readonly kind: 'failed'; readonly version: number; readonly reason: string };

/** Brings `doc` up to BOARD_VERSION; a document newer than this code is left alone. */
export function migrateDoc(
  doc: Y.Doc,
  migrations: readonly DocMigration[] = DOC_MIGRATIONS,
  target: number = BOARD_VERSION,
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
