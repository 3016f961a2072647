/**
 * Where boards live between server runs (issue 3: "the store sits behind a
 * small interface so another engine can be added later"). Every method may
 * reject; the sync layer keeps a board in memory and retries when a write
 * fails, and never writes over a board it failed to load.
 */

export interface BoardIds {
  /** The edit id: grants editing. */
  readonly id: string;
  /** The view id: grants reading only. */
  readonly viewId: string;
}

/** A board id or view id resolved to its board, with the access it grants. */
export interface ResolvedId extends BoardIds {
  readonly readOnly: boolean;
}

export interface StoredBoard {
  /** The last snapshot (a Yjs update holding the whole document when it was taken). */
  readonly snapshot: Uint8Array;
  /** Updates appended since the snapshot, oldest first. */
  readonly updates: readonly Uint8Array[];
}

export interface BoardSummary extends BoardIds {
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Bytes held for the board: snapshot plus log. */
  readonly bytes: number;
  readonly logLength: number;
}

export interface BoardStore {
  /** Stores a new board with its first snapshot. Rejects if either id is taken. */
  create(ids: BoardIds, snapshot: Uint8Array): Promise<void>;
  /**
   * Deletes a board with its snapshot and log. Only for a board never handed
   * out: one whose creation request was answered 503 before the store had it
   * (see `BoardCreation`). Resolves also for an unknown id.
   */
  remove(id: string): Promise<void>;
  /** Snapshot plus the update log, or null for an unknown board id. */
  load(id: string): Promise<StoredBoard | null>;
  /** Appends one update to the board's log; resolves once it is durable. */
  append(id: string, update: Uint8Array): Promise<void>;
  /** Replaces the snapshot with `state` and clears the log (one transaction). */
  compact(id: string, state: Uint8Array): Promise<void>;
  /** Whether a board with this edit id exists. */
  exists(id: string): Promise<boolean>;
  /** Looks an edit id or a view id up; null if neither. */
  resolve(anyId: string): Promise<ResolvedId | null>;
  list(): Promise<BoardSummary[]>;
  close(): Promise<void>;
}
