import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createViteServer } from 'vite';
import { startServer } from './app.ts';
import { configFromEnv } from './config.ts';
import { createLogger } from './log.ts';

/**
 * `npm run dev`: the real server on one port (8080 by default) with Vite in
 * middleware mode serving the client from source, with hot reload. The API,
 * the sync endpoint and the store are exactly those of `npm start`.
 */
async function main(): Promise<void> {
  const config = { ...configFromEnv(), dev: true };
  const log = createLogger(config.logLevel);
  const vite = await createViteServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    server: { middlewareMode: true },
    appType: 'spa',
  });
  const serveClient = (req: IncomingMessage, res: ServerResponse): Promise<void> =>
    new Promise((resolve) => {
      res.once('close', () => resolve());
      vite.middlewares(req, res, () => {
        res.statusCode = 404;
        res.end('Not found\n');
      });
    });
  const server = await startServer({ ...config, logger: log, serveClient });
  const stop = () => {
    void Promise.all([server.close(), vite.close()]).then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
