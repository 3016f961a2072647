import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The client's JavaScript as shipped: what index.html loads at start (module
 * scripts and modulepreloads) against the chunks loaded lazily, gzip -9 sizes.
 */
export interface BundleSizes {
  readonly startGzipBytes: number;
  readonly startFiles: { file: string; bytes: number; gzipBytes: number }[];
  readonly lazyFiles: { file: string; bytes: number; gzipBytes: number }[];
  readonly cssGzipBytes: number;
}

export function bundleSizes(distDir: string): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) refs.add(m[1] ?? '');
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
    refs.add(m[1] ?? '');
  for (const m of html.matchAll(/<link[^>]*href="([^"]+\.js)"[^>]*rel="modulepreload"/g))
    refs.add(m[1] ?? '');
  const start = [...refs].map((r) => r.replace(/^\//, ''));
  const size = (file: string) => {
    const bytes = readFileSync(join(distDir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  };
  const assets = readdirSync(join(distDir, 'assets')).map((f) => `assets/${f}`);
  const startFiles = start.map(size);
  const lazyFiles = assets.filter((f) => f.endsWith('.js') && !start.includes(f)).map(size);
  const cssGzipBytes = assets
    .filter((f) => f.endsWith('.css'))
    .reduce((sum, f) => sum + size(f).gzipBytes, 0);
  return {
    startGzipBytes: startFiles.reduce((sum, f) => sum + f.gzipBytes, 0),
    startFiles,
    lazyFiles,
    cssGzipBytes,
  };
}
