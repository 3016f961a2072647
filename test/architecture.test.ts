import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import rules of the architecture guide (../shared/guides/architecture.md),
 * checked by scanning the sources.
 */

const ROOT = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path.split(sep).join('/'));
  }
  return out;
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Module specifiers of static imports, re-exports and dynamic imports. */
function importsOf(file: string): string[] {
  const text = read(file);
  const specs: string[] = [];
  const patterns = [
    /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g,
    /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
    /import\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns)
    for (const match of text.matchAll(pattern)) specs.push(match[1] ?? '');
  return specs;
}

const isRelative = (spec: string) => spec.startsWith('.');
/** Where a relative import of `file` lands, as a path from the project root. */
function target(file: string, spec: string): string {
  return relative(ROOT, join(ROOT, file, '..', spec))
    .split(sep)
    .join('/');
}

const shared = sourceFiles('shared');
const client = sourceFiles('client');
const server = sourceFiles('server');

/** Pure libraries shared/ may use (rule 1). */
const SHARED_PACKAGES = ['yjs', 'zod', 'zod/mini', 'fractional-indexing', 'docx'];

describe('architecture: import rules', () => {
  it('finds the sources it checks', () => {
    expect(shared.length).toBeGreaterThan(10);
  });

  it('rule 1: shared/ imports only yjs, zod, small pure libraries and itself', () => {
    const offenders = shared.flatMap((file) =>
      importsOf(file)
        .filter((spec) =>
          isRelative(spec)
            ? !target(file, spec).startsWith('shared/')
            : !SHARED_PACKAGES.includes(spec),
        )
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('rule 2: the projection, the checks and the exports never touch a Y.Doc', () => {
    const pure = shared.filter((f) =>
      /^shared\/(projection|checks|plan-labels|plan-agenda)\.ts$|^shared\/export\//.test(f),
    );
    expect(pure.length).toBeGreaterThan(3);
    const offenders = pure.flatMap((file) =>
      importsOf(file)
        .filter(
          (spec) =>
            spec === 'yjs' || (isRelative(spec) && /shared\/(doc|ops)/.test(target(file, spec))),
        )
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('rule 3: client/ and server/ never import each other', () => {
    const offenders = [
      ...client.flatMap((f) =>
        importsOf(f)
          .filter((s) => isRelative(s) && target(f, s).startsWith('server/'))
          .map((s) => `${f} → ${s}`),
      ),
      ...server.flatMap((f) =>
        importsOf(f)
          .filter((s) => isRelative(s) && target(f, s).startsWith('client/'))
          .map((s) => `${f} → ${s}`),
      ),
    ];
    expect(offenders).toEqual([]);
  });

  it('rule 4: only client/sync/ talks to the network and to awareness', () => {
    const networkModules = /^(y-websocket|y-indexeddb|y-protocols(\/.*)?)$/;
    const offenders = client
      .filter((f) => !f.startsWith('client/sync/'))
      .flatMap((f) =>
        importsOf(f)
          .filter((s) => networkModules.test(s))
          .map((s) => `${f} → ${s}`),
      );
    expect(offenders).toEqual([]);
    const sockets = client.filter(
      (f) => !f.startsWith('client/sync/') && /new WebSocket\(|\bfetch\(/.test(read(f)),
    );
    // The landing and board pages may call the REST API through client/sync/api.ts only.
    expect(sockets).toEqual([]);
  });

  it('rule 4: canvas components get plain data and never import yjs', () => {
    const offenders = client
      .filter((f) => f.startsWith('client/canvas/') || f.startsWith('client/panels/'))
      .flatMap((f) =>
        importsOf(f)
          .filter((s) => s === 'yjs')
          .map((s) => `${f} → ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it('rule 5: every write to a board document goes through shared/ops', () => {
    const writers = [...shared, ...client, ...server].filter((f) => {
      // Migrations may write directly (architecture guide, "or a migration").
      const isMigration =
        f.startsWith('shared/migrations') || f === 'server/sync/doc-migrations.ts';
      // The document layout (doc.ts) seeds a document; its readers (doc-read.ts,
      // note-items.ts for the items behind notes' places, restored-records.ts for the
      // fields an undo left out of a record) only read.
      const layout = [
        'shared/doc.ts',
        'shared/doc-read.ts',
        'shared/note-items.ts',
        'shared/restored-records.ts',
      ].includes(f);
      // The undo history wraps Yjs's undo in a transaction, so its repair (an op) joins it.
      const undoHistory = f === 'client/sync/undoHistory.ts';
      if (f.startsWith('shared/ops/') || layout || isMigration || undoHistory) return false;
      const text = read(f);
      return /\.transact\(|\broots\(|\.getMap(<[^>]*>)?\([^)]*\)\.(set|delete)\(/.test(text);
    });
    expect(writers).toEqual([]);
  });
});

describe('architecture: habits', () => {
  const all = [...shared, ...client, ...server];

  it('uses named exports only', () => {
    expect(all.filter((f) => /export default/.test(read(f)))).toEqual([]);
  });

  it('never uses the any type', () => {
    expect(all.filter((f) => /:\s*any\b|\bas any\b|<any>/.test(read(f)))).toEqual([]);
  });

  it('reads Yjs outside its public API in shared/yjs-private.ts only (client and shared)', () => {
    // A type's item and map entries, the struct store; each pinned by test/shared/yjs-private.test.ts.
    const yjsPrivate =
      /\._(item|map|start|transaction|length|searchMarker|dEH|eH)\b|\bdoc\.store\b/;
    const readers = [...shared, ...client].filter(
      (f) => f !== 'shared/yjs-private.ts' && yjsPrivate.test(read(f)),
    );
    expect(readers).toEqual([]);
  });

  it('keeps source files short (split above ~350 lines, hard limit 450)', () => {
    const long = all.filter((f) => read(f).split('\n').length > 450);
    expect(long).toEqual([]);
  });
});
