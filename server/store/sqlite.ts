import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SqliteSyncMode } from '../config.ts';
import { startCheckpointer } from './checkpointer.ts';
import type { BoardIds, BoardStore, BoardSummary, ResolvedId, StoredBoard } from './types.ts';

/**
 * The default store: one SQLite file in WAL mode. A board is a row in
 * `boards` (edit id, view id), one snapshot row and an append-only update log.
 *
 * better-sqlite3 is synchronous, so a write is committed (in the WAL, handed
 * to the OS) before its promise resolves: a kill -9 after that cannot lose
 * it. Appends are gathered per event-loop turn into one transaction; the
 * other writes commit at once. `synchronous=NORMAL` skips the fsync per
 * commit, which only matters for power loss; `full` is there for that.
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id         TEXT PRIMARY KEY,
  view_id    TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS snapshots (
  board_id   TEXT PRIMARY KEY REFERENCES boards(id),
  data       BLOB NOT NULL,
  taken_at   INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS updates (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id   TEXT NOT NULL REFERENCES boards(id),
  data       BLOB NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS updates_by_board ON updates(board_id, seq);
`;

export const DATABASE_FILE = 'boards.sqlite';
/** How often the WAL is copied into the database file (off the event loop). */
const CHECKPOINT_INTERVAL_MS = 1_000;

interface BoardRow {
  id: string;
  view_id: string;
}

interface SummaryRow extends BoardRow {
  created_at: number;
  updated_at: number;
  snapshot_bytes: number | null;
  log_bytes: number | null;
  log_length: number;
}

interface PendingAppend {
  readonly id: string;
  readonly update: Uint8Array;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export interface SqliteStoreOptions {
  readonly synchronous?: SqliteSyncMode;
  /** For tests and tools: another file name inside `dataDir`. */
  readonly fileName?: string;
}

const asBytes = (blob: Buffer): Uint8Array =>
  new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength);

export function openSqliteStore(dataDir: string, options: SqliteStoreOptions = {}): BoardStore {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, options.fileName ?? DATABASE_FILE);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0'); // the checkpointer's thread does it
  db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  const checkpointer = startCheckpointer(file, CHECKPOINT_INTERVAL_MS);

  const insertBoard = db.prepare(
    'INSERT INTO boards (id, view_id, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const upsertSnapshot = db.prepare(
    `INSERT INTO snapshots (board_id, data, taken_at) VALUES (?, ?, ?)
     ON CONFLICT(board_id) DO UPDATE SET data = excluded.data, taken_at = excluded.taken_at`,
  );
  const selectSnapshot = db.prepare<[string], { data: Buffer }>(
    'SELECT data FROM snapshots WHERE board_id = ?',
  );
  const selectUpdates = db.prepare<[string], { data: Buffer }>(
    'SELECT data FROM updates WHERE board_id = ? ORDER BY seq',
  );
  const insertUpdate = db.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)');
  const touchBoard = db.prepare('UPDATE boards SET updated_at = ? WHERE id = ?');
  const deleteUpdates = db.prepare('DELETE FROM updates WHERE board_id = ?');
  const deleteSnapshot = db.prepare('DELETE FROM snapshots WHERE board_id = ?');
  const deleteBoard = db.prepare('DELETE FROM boards WHERE id = ?');
  const selectBoard = db.prepare<[string], BoardRow>('SELECT id, view_id FROM boards WHERE id = ?');
  const selectByView = db.prepare<[string], BoardRow>(
    'SELECT id, view_id FROM boards WHERE view_id = ?',
  );
  const selectSummaries = db.prepare<[], SummaryRow>(
    `SELECT b.id, b.view_id, b.created_at, b.updated_at,
            length(s.data) AS snapshot_bytes,
            (SELECT sum(length(u.data)) FROM updates u WHERE u.board_id = b.id) AS log_bytes,
            (SELECT count(*) FROM updates u WHERE u.board_id = b.id) AS log_length
       FROM boards b LEFT JOIN snapshots s ON s.board_id = b.id
      ORDER BY b.created_at`,
  );

  const create = db.transaction((ids: BoardIds, snapshot: Uint8Array) => {
    const now = Date.now();
    insertBoard.run(ids.id, ids.viewId, now, now);
    upsertSnapshot.run(ids.id, snapshot, now);
  });
  const remove = db.transaction((id: string) => {
    deleteUpdates.run(id);
    deleteSnapshot.run(id);
    deleteBoard.run(id);
  });
  const append = db.transaction((id: string, update: Uint8Array) => {
    insertUpdate.run(id, update);
    touchBoard.run(Date.now(), id);
  });
  const appendAll = db.transaction((batch: readonly PendingAppend[]) => {
    for (const { id, update } of batch) insertUpdate.run(id, update);
    const now = Date.now();
    for (const id of new Set(batch.map((entry) => entry.id))) touchBoard.run(now, id);
  });
  const compact = db.transaction((id: string, state: Uint8Array) => {
    const now = Date.now();
    upsertSnapshot.run(id, state, now);
    deleteUpdates.run(id);
    touchBoard.run(now, id);
  });
  const load = db.transaction((id: string): StoredBoard | null => {
    if (selectBoard.get(id) === undefined) return null;
    const snapshot = selectSnapshot.get(id);
    return {
      snapshot: snapshot === undefined ? new Uint8Array([0, 0]) : asBytes(snapshot.data),
      updates: selectUpdates.all(id).map((row) => asBytes(row.data)),
    };
  });

  let closed = false;
  /**
   * Appends wait for the end of the event-loop turn and are committed together:
   * the frames read in one I/O phase (moves in many rooms) cost one commit, not
   * one each. Each promise resolves only once its update is committed, so the
   * room still broadcasts nothing before it is stored (issue 3).
   */
  let pendingAppends: PendingAppend[] = [];
  const commitPendingAppends = (): void => {
    const batch = pendingAppends;
    pendingAppends = [];
    if (batch.length === 0) return;
    try {
      if (closed) throw new Error('store is closed');
      appendAll(batch);
    } catch {
      // One failing append (say, a board id the foreign keys refuse) must not fail the rest.
      for (const entry of batch) settleAlone(entry);
      return;
    }
    for (const entry of batch) entry.resolve();
  };
  const settleAlone = (entry: PendingAppend): void => {
    try {
      if (closed) throw new Error('store is closed');
      append(entry.id, entry.update);
      entry.resolve();
    } catch (error) {
      entry.reject(error);
    }
  };
  // Promise-returning wrappers: a synchronous throw becomes a rejection, like any other engine's.
  const run = <T>(work: () => T): Promise<T> => {
    try {
      if (closed) throw new Error('store is closed');
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error);
    }
  };

  return {
    create: (ids, snapshot) => run(() => void create(ids, snapshot)),
    remove: (id) => run(() => void remove(id)),
    load: (id) => run(() => load(id)),
    // Unknown board ids are refused by the foreign keys.
    append: (id, update) =>
      new Promise<void>((resolve, reject) => {
        if (closed) {
          reject(new Error('store is closed'));
          return;
        }
        if (pendingAppends.length === 0) setImmediate(commitPendingAppends);
        pendingAppends.push({ id, update, resolve, reject });
      }),
    compact: (id, state) => run(() => void compact(id, state)),
    exists: (id) => run(() => selectBoard.get(id) !== undefined),
    resolve: (anyId) =>
      run((): ResolvedId | null => {
        const asEdit = selectBoard.get(anyId);
        if (asEdit !== undefined) return { id: asEdit.id, viewId: asEdit.view_id, readOnly: false };
        const asView = selectByView.get(anyId);
        if (asView !== undefined) return { id: asView.id, viewId: asView.view_id, readOnly: true };
        return null;
      }),
    list: () =>
      run(() =>
        selectSummaries.all().map((row): BoardSummary => ({
          id: row.id,
          viewId: row.view_id,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          bytes: (row.snapshot_bytes ?? 0) + (row.log_bytes ?? 0),
          logLength: row.log_length,
        })),
      ),
    close: async () => {
      if (closed) return;
      commitPendingAppends(); // what was accepted is stored before the file closes
      closed = true;
      // The checkpointer's connection goes first, so closing ours (the last) checkpoints the WAL.
      await checkpointer.close();
      db.close();
    },
  };
}
