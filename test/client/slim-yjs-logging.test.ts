import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as yjsLogging from '../../client/sync/yjsLogging.ts';
import { slimYjsLogging } from '../../vite.config.ts';

const require = createRequire(import.meta.url);
const yjsDir = dirname(require.resolve('yjs/package.json'));

describe("Yjs's logging in the client build (vite.config.ts slimYjsLogging)", () => {
  const resolve = (source: string, importer?: string) => {
    const hook = slimYjsLogging().resolveId as (s: string, i?: string) => string | null;
    return hook.call({}, source, importer);
  };

  it('replaces lib0/logging for Yjs only', () => {
    expect(resolve('lib0/logging', join(yjsDir, 'dist', 'yjs.mjs'))).toMatch(
      /client[\\/]sync[\\/]yjsLogging\.ts$/,
    );
    expect(resolve('lib0/logging', '/app/node_modules/y-websocket/src/y-websocket.js')).toBeNull();
    expect(resolve('lib0/decoding', join(yjsDir, 'dist', 'yjs.mjs'))).toBeNull();
  });

  it('has everything the installed Yjs uses of it', () => {
    const source = readFileSync(join(yjsDir, 'dist', 'yjs.mjs'), 'utf8');
    const used = new Set([...source.matchAll(/\blogging\.([A-Za-z]+)/g)].map((m) => m[1] ?? ''));
    expect(used.size).toBeGreaterThan(0);
    for (const name of used) expect(Object.keys(yjsLogging), name).toContain(name);
  });

  it("prints Yjs's warning without the style marks", () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { ORANGE, BOLD, UNBOLD, RED, print } = yjsLogging;
    print(ORANGE, BOLD, '[yjs] ', UNBOLD, RED, 'Changed the client-id');
    expect(log).toHaveBeenCalledWith('[yjs] ', 'Changed the client-id');
    log.mockRestore();
  });
});
