import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slimKonvaCore } from '../../vite.config.ts';

const require = createRequire(import.meta.url);
const konvaLib = join(dirname(require.resolve('konva/package.json')), 'lib');
const ourCore = readFileSync(new URL('../../client/canvas/konvaCore.ts', import.meta.url), 'utf8');

/** The members an `_assign(Global, { … })` call adds, from its source. */
function assignedMembers(source: string): string[] {
  const body = /_assign\(Global, \{([\s\S]*?)\}\);/.exec(source)?.[1] ?? '';
  return body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(',')
    .map((entry) => entry.split(':')[0]?.trim() ?? '')
    .filter((name) => name !== '');
}

describe("the build's slim Konva core (vite.config.ts slimKonvaCore)", () => {
  const resolve = (source: string, importer?: string) => {
    const hook = slimKonvaCore().resolveId as (s: string, i?: string) => string | null;
    return hook.call({}, source, importer);
  };

  it("stands in for Konva's core internals only when konva/lib/Core.js imports them", () => {
    expect(resolve('./_CoreInternals.js', join(konvaLib, 'Core.js'))).toMatch(
      /client[\\/]canvas[\\/]konvaCore\.ts$/,
    );
    expect(resolve('./_CoreInternals.js', join(konvaLib, 'Konva.js'))).toBeNull();
    expect(resolve('./Node.js', join(konvaLib, 'Core.js'))).toBeNull();
  });

  it("has every member of the installed Konva's core but its animation classes and FastLayer", () => {
    const original = assignedMembers(readFileSync(join(konvaLib, '_CoreInternals.js'), 'utf8'));
    expect(original).toContain('Stage');
    const left = ['Tween', 'Easings', 'Animation', 'FastLayer'];
    expect(assignedMembers(ourCore).sort()).toEqual(
      original.filter((name) => !left.includes(name)).sort(),
    );
  });
});
