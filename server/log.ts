import type { LogLevel } from './config.ts';

/** Fields of one log event; values must survive JSON.stringify. */
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const RANK: Readonly<Record<LogLevel, number>> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 100,
};

/** An Error as plain fields (an Error's own properties do not survive JSON.stringify). */
export function errorFields(error: unknown): { error: string; stack?: string } {
  if (error instanceof Error) {
    return error.stack === undefined
      ? { error: `${error.name}: ${error.message}` }
      : { error: `${error.name}: ${error.message}`, stack: error.stack };
  }
  return { error: String(error) };
}

/**
 * One JSON line per event on stdout (issue 3: structured logs, no
 * per-message logging). `write` is injectable so tests can capture lines.
 */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(line),
): Logger {
  const threshold = RANK[level];
  const emit = (at: Exclude<LogLevel, 'silent'>, event: string, fields?: LogFields) => {
    if (RANK[at] < threshold) return;
    let line: string;
    try {
      line = JSON.stringify({ time: new Date().toISOString(), level: at, event, ...fields });
    } catch {
      line = JSON.stringify({ time: new Date().toISOString(), level: at, event });
    }
    write(`${line}\n`);
  };
  return {
    debug: (event, fields) => emit('debug', event, fields),
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}
