import { startServer } from './app.ts';
import { configFromEnv } from './config.ts';
import { createLogger, errorFields } from './log.ts';

/**
 * `npm start` / `npm run dev`: settings from the environment (config.ts),
 * graceful shutdown on SIGTERM/SIGINT (a second signal exits at once).
 */
async function main(): Promise<void> {
  const config = configFromEnv();
  const log = createLogger(config.logLevel);
  const server = await startServer({ ...config, logger: log });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn('forced-exit', { signal });
      process.exit(1);
    }
    stopping = true;
    log.info('shutting-down', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown-failed', errorFields(error));
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Last line of defence: log and stay up; every known failure is handled where it happens.
  process.on('uncaughtException', (error) => log.error('uncaught-exception', errorFields(error)));
  process.on('unhandledRejection', (error) => log.error('unhandled-rejection', errorFields(error)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
