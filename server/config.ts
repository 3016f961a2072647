import { z } from 'zod';
import { LIMITS } from '../shared/schema.ts';

/*
 * Server settings, read from the environment (issue 3: all configurable, all
 * with defaults, all in the README). Copy this table into the README.
 *
 * | Variable                    | Default            | Meaning                                                                 |
 * |-----------------------------|--------------------|-------------------------------------------------------------------------|
 * | `PORT`                      | `8080`             | TCP port (`0` = any free port; the chosen one is logged)                |
 * | `HOST`                      | `127.0.0.1`        | Interface to listen on; `0.0.0.0` for a workshop on the local network   |
 * | `DATA_DIR`                  | `./data`           | Where the SQLite database (`boards.sqlite`) lives                       |
 * | `ALLOWED_ORIGINS`           | *(same origin)*    | Comma list of page origins allowed to open the websocket and POST;      |
 * |                             |                    | empty = the Origin's host must equal the Host header. Requests without  |
 * |                             |                    | an Origin header (non-browser clients) are always allowed               |
 * | `MAX_MESSAGE_BYTES`         | `2097152` (2 MiB)  | Largest websocket frame; larger → close 1009                            |
 * | `MAX_DOC_BYTES`             | `33554432` (32 MiB)| Largest stored document per board; an update beyond it → close 4413     |
 * | `MAX_CONNECTIONS_PER_BOARD` | `250`              | Sockets per board; more → close 1013 (client retries later)             |
 * | `MAX_CONNECTIONS`           | `2000`             | Sockets in total; more → close 1013                                     |
 * | `MAX_MESSAGES_PER_SECOND`   | `300`              | Frames per second per socket; more → close 1008                         |
 * | `MAX_AWARENESS_BYTES`       | `65536`            | Largest presence state of one client; larger states are dropped (logged |
 * |                             |                    | once per socket, with their count when it closes)                       |
 * | `AWARENESS_INTERVAL_MS`     | `50`               | At most one presence broadcast per client per interval (last one kept)  |
 * | `MAX_CONCURRENT_EXPORTS`    | `2`                | Board files and exports rendered, and boards not in memory loaded for  |
 * |                             |                    | REST reads, at a time; more → 503 with `Retry-After: 1`. A board's last |
 * |                             |                    | rendering of each format is kept while it is in memory and unchanged    |
 * | `MAX_BODY_BYTES`            | `33554432` (32 MiB)| Largest REST request body: the largest valid board file; more → 413    |
 * | `ROOM_IDLE_MS`              | `30000`            | A board leaves memory this long after its last client left              |
 * | `COMPACT_AFTER_UPDATES`     | `500`              | Merge a board's update log into its snapshot after this many updates…  |
 * | `COMPACT_AFTER_BYTES`       | `4194304` (4 MiB)  | …or after the log holds this many bytes                                 |
 * | `PING_INTERVAL_MS`          | `2000`             | Ping every socket this often (a few bytes each way)                     |
 * | `SILENT_DROP_MS`            | `6000`             | A socket heard nothing from (no pong, no message) for this long is      |
 * |                             |                    | closed, and its person leaves the others' presence lists at once; at    |
 * |                             |                    | least twice `PING_INTERVAL_MS`                                          |
 * | `KEEPALIVE_MS`              | `10000`            | A socket sent nothing for this long gets an empty presence message, so  |
 * |                             |                    | y-websocket (which reconnects after 30 s without one) stays connected;  |
 * |                             |                    | `1000` to `20000` (it may go out a quarter of this late)                |
 * | `PRESENCE_PROBE_MS`         | `2500`             | A socket claims a presence client id another socket holds (a client     |
 * |                             |                    | reconnecting before the server saw its old socket die): the holder is   |
 * |                             |                    | pinged and keeps the id if it answers within this time, else it is      |
 * |                             |                    | closed and the id, with the claimed state, passes to the claimant       |
 * | `STORE_RETRY_MS`            | `2000`             | Retry a failed store write this often (board stays in memory)           |
 * | `STORE_WAIT_MS`             | `5000`             | A REST read or a new board waits this long for the store (id lookup,    |
 * |                             |                    | load, pending writes, the new board's write); then 503 `store-slow`    |
 * |                             |                    | with `Retry-After` (`read-store-slow`, `create-store-slow`). A board    |
 * |                             |                    | whose writes hang this long tells its clients it is not saving.         |
 * |                             |                    | Shutdown waits as long for the boards' writes                           |
 * | `DOCX_RENDER_MS`            | `30000`            | A Word export not rendered within this long ends its worker thread;     |
 * |                             |                    | the download gets 503 `render-slow`, the next one a fresh worker        |
 * | `DOCX_WORKER_IDLE_MS`       | `60000`            | The Word export worker ends after this long without a render            |
 * | `SQLITE_SYNCHRONOUS`        | `normal`           | `normal`: safe against process crashes (kill -9); `full`: also power loss |
 * | `LOG_LEVEL`                 | `info`             | `debug`, `info`, `warn`, `error` or `silent`; JSON lines on stdout      |
 *
 * An empty value counts as unset (the default).
 *
 * `npm run dev` (server/dev.ts) runs the same server with Vite in middleware
 * mode serving the client from source, with hot reload.
 */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const SQLITE_SYNC_MODES = ['normal', 'full'] as const;
export type SqliteSyncMode = (typeof SQLITE_SYNC_MODES)[number];

const MiB = 1024 * 1024;
const MAX_KEEPALIVE_MS = 20_000;

const int = (min: number, fallback: number) => z.coerce.number().int().min(min).default(fallback);

const originList = z
  .string()
  .default('')
  .transform((text, ctx) => {
    const origins: string[] = [];
    for (const part of text.split(',')) {
      const trimmed = part.trim();
      if (trimmed === '') continue;
      try {
        origins.push(new URL(trimmed).origin);
      } catch {
        ctx.addIssue({ code: 'custom', message: `not an origin: ${trimmed}` });
        return z.NEVER;
      }
    }
    return origins;
  });

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    ALLOWED_ORIGINS: originList,
    MAX_MESSAGE_BYTES: int(1024, 2 * MiB),
    MAX_DOC_BYTES: int(1024, 32 * MiB),
    MAX_CONNECTIONS_PER_BOARD: int(1, 250),
    MAX_CONNECTIONS: int(1, 2000),
    MAX_MESSAGES_PER_SECOND: int(1, 300),
    MAX_AWARENESS_BYTES: int(64, 64 * 1024),
    AWARENESS_INTERVAL_MS: int(0, 50),
    MAX_CONCURRENT_EXPORTS: int(1, 2),
    MAX_BODY_BYTES: int(1024, LIMITS.fileBytes),
    ROOM_IDLE_MS: int(0, 30_000),
    COMPACT_AFTER_UPDATES: int(1, 500),
    COMPACT_AFTER_BYTES: int(1, 4 * MiB),
    // A device gone without a close (lid shut, out of the wifi's reach) leaves the others' presence
    // lists 6-8 s later (it was 30-60 s: one missed pong at a 30 s interval, and the others' own
    // 30 s awareness timeout gives no earlier sign). Three pings in a row unanswered: a live tablet
    // on bad wifi (a pong late by two TCP retransmissions, 1 s + 2 s, or an access point's
    // hand-over of a second or three) is not dropped; one silent for longer is offline for the
    // workshop anyway, and its provider reconnects and catches up by itself when it is back.
    PING_INTERVAL_MS: int(10, 2_000),
    SILENT_DROP_MS: int(20, 6_000),
    // y-websocket reconnects after 30 s without a message; a keepalive goes out
    // up to a quarter of this late (see keepalive.ts): 1.25 × 20 s leaves 5 s.
    KEEPALIVE_MS: z.coerce.number().int().min(1_000).max(MAX_KEEPALIVE_MS).default(10_000),
    PRESENCE_PROBE_MS: int(10, 2_500),
    STORE_RETRY_MS: int(10, 2_000),
    STORE_WAIT_MS: int(10, 5_000),
    // A big board's first Word file takes ~5 s (the library loads); under a second is no deadline.
    DOCX_RENDER_MS: int(1_000, 30_000),
    DOCX_WORKER_IDLE_MS: int(0, 60_000),
    SQLITE_SYNCHRONOUS: z.enum(SQLITE_SYNC_MODES).default('normal'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  })
  .refine((e) => e.SILENT_DROP_MS >= 2 * e.PING_INTERVAL_MS, {
    // Shorter, a live socket would be dropped between its pong and the next ping.
    message: 'must be at least twice PING_INTERVAL_MS',
    path: ['SILENT_DROP_MS'],
  });

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Empty: same-origin only (Origin host = Host header). */
  readonly allowedOrigins: readonly string[];
  readonly maxMessageBytes: number;
  readonly maxDocBytes: number;
  readonly maxConnectionsPerBoard: number;
  readonly maxConnections: number;
  readonly maxMessagesPerSecond: number;
  readonly maxAwarenessBytes: number;
  readonly awarenessIntervalMs: number;
  /** REST renders and cold loads at a time (see `BoardReads`). */
  readonly maxConcurrentExports: number;
  readonly maxBodyBytes: number;
  readonly roomIdleMs: number;
  readonly compactAfterUpdates: number;
  readonly compactAfterBytes: number;
  readonly pingIntervalMs: number;
  /** A socket heard nothing from for this long is dropped (see `Connection.checkAlive`). */
  readonly silentDropMs: number;
  readonly keepaliveMs: number;
  readonly presenceProbeMs: number;
  readonly storeRetryMs: number;
  /** How long a REST read or a creation waits for the store before answering 503 (see `BoardReads`, `BoardCreation`). */
  readonly storeWaitMs: number;
  /** A Word export's worker is terminated when a render takes longer (see `createDocxRenderer`). */
  readonly docxRenderMs: number;
  /** The Word export worker ends after this long idle (its library's memory returned). */
  readonly docxWorkerIdleMs: number;
  readonly sqliteSynchronous: SqliteSyncMode;
  readonly logLevel: LogLevel;
  /** `--dev`: the Vite dev server serves the client. */
  readonly dev: boolean;
}

/** Settings from environment variables; throws with every problem listed (start-up only). */
export function configFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
  argv: readonly string[] = process.argv.slice(2),
): Config {
  const parsed = envSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    allowedOrigins: e.ALLOWED_ORIGINS,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxDocBytes: e.MAX_DOC_BYTES,
    maxConnectionsPerBoard: e.MAX_CONNECTIONS_PER_BOARD,
    maxConnections: e.MAX_CONNECTIONS,
    maxMessagesPerSecond: e.MAX_MESSAGES_PER_SECOND,
    maxAwarenessBytes: e.MAX_AWARENESS_BYTES,
    awarenessIntervalMs: e.AWARENESS_INTERVAL_MS,
    maxConcurrentExports: e.MAX_CONCURRENT_EXPORTS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    roomIdleMs: e.ROOM_IDLE_MS,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    compactAfterBytes: e.COMPACT_AFTER_BYTES,
    pingIntervalMs: e.PING_INTERVAL_MS,
    silentDropMs: e.SILENT_DROP_MS,
    keepaliveMs: e.KEEPALIVE_MS,
    presenceProbeMs: e.PRESENCE_PROBE_MS,
    storeRetryMs: e.STORE_RETRY_MS,
    storeWaitMs: e.STORE_WAIT_MS,
    docxRenderMs: e.DOCX_RENDER_MS,
    docxWorkerIdleMs: e.DOCX_WORKER_IDLE_MS,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    logLevel: e.LOG_LEVEL,
    dev: argv.includes('--dev'),
  };
}

/**
 * An empty (or blank) variable counts as unset, so it means the default:
 * `PORT=` in an env file or a compose file must not become `Number('')`, port
 * 0, nor `ROOM_IDLE_MS=` an idle time of 0, nor `HOST=` an error.
 */
function withoutEmptyValues(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const set: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') set[name] = value;
  }
  return set;
}

/** The defaults, with `overrides` on top (tests start servers this way). */
export function defaultConfig(overrides: Partial<Config> = {}): Config {
  return { ...configFromEnv({}, []), ...overrides };
}
