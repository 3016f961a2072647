import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noKonvaColorNames } from '../../vite.config.ts';

const require = createRequire(import.meta.url);
const utilPath = join(dirname(require.resolve('konva/package.json')), 'lib', 'Util.js');

const transform = (code: string, id: string) => {
  const hook = noKonvaColorNames().transform as (
    code: string,
    id: string,
  ) => { code: string } | null;
  return hook.call({}, code, id);
};

/** Every client source file, recursively. */
function clientSources(dir = new URL('../../client/', import.meta.url).pathname): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? clientSources(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("the build's Konva without its colour-name table (vite.config.ts noKonvaColorNames)", () => {
  it("empties the installed Konva's table of colour names, keeping its lines", () => {
    const original = readFileSync(utilPath, 'utf8');
    const code = transform(original, utilPath)?.code ?? '';
    expect(code).not.toContain('aliceblue');
    expect(code).toContain('_namedColorToRBA');
    expect(code.split('\n').length).toBe(original.split('\n').length);
    expect(original.length - code.length).toBeGreaterThan(3000);
  });

  it('fails the build when Konva no longer has the table, and leaves other modules alone', () => {
    expect(() => transform('const COLORS = {};', utilPath)).toThrow(/konva\/lib\/Util\.js changed/);
    expect(transform('const COLORS = { aliceblue: [1, 2, 3] };', '/app/client/Util.js')).toBeNull();
  });

  // Konva turns a colour into numbers only for shadows and tweens (not in the build's core,
  // slimKonvaCore): a name the board gives the canvas, the canvas draws itself.
  it('leaves the board nothing that needs Konva to read a colour name', () => {
    const uses = clientSources().filter((file) =>
      /\bshadow[A-Z]\w*|\b(colorToRGBA|getRGB)\b|\bfilters\s*[=:{]/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(uses).toEqual([]);
  });
});
