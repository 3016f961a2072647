import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Boots a TypeScript module in a worker thread: Node 20 does not hand tsx's
 * loader hooks to worker threads, so the worker loads it with tsx's `tsImport`.
 */
export function startTsWorker(module: URL, workerData?: unknown): Worker {
  const href = JSON.stringify(module.href);
  tsxApi ??= tsxApiUrl();
  const boot = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${href}, ${href}))`;
  return new Worker(boot, { eval: true, workerData });
}

let tsxApi: string | undefined;

/**
 * tsx's ESM API as an absolute URL: an eval'd worker would resolve the bare
 * name from the working directory, and tsx's CommonJS build of the API
 * registers its loader from a wrong path.
 */
function tsxApiUrl(): string {
  const packageFile = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(packageFile, 'utf8')) as TsxManifest;
  const entry = manifest.exports['./esm/api'].import.default;
  return new URL(entry, pathToFileURL(packageFile)).href;
}

interface TsxManifest {
  readonly exports: { readonly './esm/api': { readonly import: { readonly default: string } } };
}
